// The checks that need the whole file: ids are unique, every reference points at something that
// exists, and the figures that must agree do (an estimate brackets its flow; a reported figure
// times its conversion factor is the flow). Messages say where and what, like the schema's:
// `scenarios[2].interventions[0].node: unknown node "x"`.
import type { Intervention } from '../core/scenario.ts';
import { checkIntervention, datasetFacts, type DatasetFacts } from '../core/interventions/index.ts';
import type { RawDataset } from './schema.ts';
import { recipeProblems } from '../core/analysis/flows/recipes.ts';

/** How far flow may sit from reported.value × conversion.factor: rounding, not a second opinion. */
export const CONVERSION_TOLERANCE = { relative: 0.005, absolute: 1 };

type Edge = RawDataset['edges'][number];
type Estimate = { readonly low: number; readonly high: number };

const fmt = (x: number) => String(Math.round(x * 1000) / 1000);

function agrees(expected: number, flow: number): boolean {
  const slack = Math.max(CONVERSION_TOLERANCE.absolute, CONVERSION_TOLERANCE.relative * flow);
  return Math.abs(expected - flow) <= slack;
}

/** What every check reads: the data, the errors so far, and the checks on sources and materials. */
interface Context {
  readonly data: RawDataset;
  readonly errors: string[];
  /** The materials the file lists (none: any material will do). */
  readonly materials: ReadonlySet<string>;
  readonly checkSources: (where: string, ids: readonly string[] | undefined) => void;
  readonly checkMaterial: (where: string, material: string | undefined) => void;
}

export function checkReferences(data: RawDataset): string[] {
  const errors: string[] = [];
  const sourceIds = listedIds(
    data.sources,
    errors,
    (i, id) => `sources[${i}].id: duplicate source id "${id}"`,
  );
  const checkSources = (where: string, ids: readonly string[] | undefined) => {
    ids?.forEach((id, j) => {
      if (!sourceIds.has(id)) errors.push(`${where}.sources[${j}]: unknown source "${id}"`);
    });
  };
  const materials = listedIds(
    data.materials,
    errors,
    (i, id) => `materials[${i}].id: duplicate material "${id}"`,
  );
  // A file that lists its materials must use only those; one that lists none may use any.
  const checkMaterial = (where: string, material: string | undefined) => {
    if (material !== undefined && materials.size > 0 && !materials.has(material)) {
      errors.push(`${where}.material: unknown material "${material}"`);
    }
  };
  const context: Context = { data, errors, materials, checkSources, checkMaterial };
  checkPadding(data, errors);
  const nodeIds = checkNodeIds(context);
  checkNodeFigures(context);
  checkConverters(context);
  checkEdges(context, nodeIds);
  checkRecipes(context);
  const facts = datasetFacts(data);
  const scenarioIds = checkScenarios(context, facts);
  checkStories(context, facts, scenarioIds, nodeIds);
  errors.push(...checkPeriods(data, checkSources, checkMaterial));
  return errors;
}

/** A space or a byte-order mark at either end: invisible, yet ids are compared exactly. */
const PADDED = /^[ \uFEFF]|[ \uFEFF]$/;

/** Ids and material names with a space (or a byte-order mark) at either end. */
function checkPadding(data: RawDataset, errors: string[]): void {
  const check = (at: string, id: string | undefined) => {
    if (id !== undefined && PADDED.test(id)) {
      errors.push(
        `${at}: ${JSON.stringify(id)} begins or ends with a space or a byte-order mark; ids are matched exactly, so remove it`,
      );
    }
  };
  data.nodes.forEach((n, i) => check(`nodes[${i}].id`, n.id));
  data.sources.forEach((x, i) => check(`sources[${i}].id`, x.id));
  data.materials.forEach((x, i) => check(`materials[${i}].id`, x.id));
  data.edges.forEach((e, i) => check(`edges[${i}].material`, e.material));
}

/** The ids of a list, each repeat an error. */
function listedIds(
  list: readonly { id: string }[],
  errors: string[],
  duplicate: (i: number, id: string) => string,
): Set<string> {
  const ids = new Set<string>();
  list.forEach(({ id }, i) => {
    if (ids.has(id)) errors.push(duplicate(i, id));
    ids.add(id);
  });
  return ids;
}

/** `at: value lies outside its estimate range low–high`, when it does. */
function outsideRange(at: string, value: number, { low, high }: Estimate): string[] {
  return value < low || value > high
    ? [`${at}: ${value} lies outside its estimate range ${low}–${high}`]
    : [];
}

/** A node's estimate of `field` needs the figure, and must bracket it. */
function bracketed(
  at: string,
  field: string,
  estimateField: string,
  value: number | null | undefined,
  estimate: Estimate | undefined,
): string[] {
  if (estimate === undefined) return [];
  if (value === undefined || value === null) {
    return [`${at}.${estimateField}: there is no ${field} for it to bracket`];
  }
  return outsideRange(`${at}.${field}`, value, estimate);
}

/** Node ids are unique; a node's citations are known; its production estimate brackets it. */
function checkNodeIds({ data, errors, checkSources }: Context): Set<string> {
  const nodeIds = new Set<string>();
  data.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id)) errors.push(`nodes[${i}].id: duplicate node id "${n.id}"`);
    nodeIds.add(n.id);
    checkSources(`nodes[${i}]`, n.sources);
    checkSources(`nodes[${i}].balance`, n.balance?.sources);
    checkSources(`nodes[${i}].geo`, n.geo?.sources);
    errors.push(...bracketed(`nodes[${i}]`, 'production', 'estimate', n.production, n.estimate));
  });
  return nodeIds;
}

/**
 * Only an end user stands for outside demand, and an end user produces nothing; stocks and
 * capacity agree with their ranges.
 */
function checkNodeFigures({ data, errors, materials, checkSources }: Context): void {
  data.nodes.forEach((n, i) => {
    if (n.outside === true && n.stage !== 'end-user') {
      errors.push(
        `nodes[${i}].outside: "${n.id}" is not an end user (stage ${n.stage}); only an end user can stand for demand outside the model`,
      );
    }
    if (n.stage === 'end-user' && (n.production ?? 0) > 0) {
      errors.push(
        `nodes[${i}].production: "${n.id}" is an end user, which takes supply and makes none; put the production on a mine, or give the node the stage of what it is`,
      );
    }
    for (const [material, figure] of Object.entries(n.stock ?? {})) {
      const at = `nodes[${i}].stock["${material}"]`;
      if (materials.size > 0 && !materials.has(material)) {
        errors.push(`${at}: unknown material "${material}"`);
      }
      if (typeof figure === 'number') continue;
      checkSources(at, figure.sources);
      const { estimate, tonnes } = figure;
      if (estimate !== undefined) errors.push(...outsideRange(`${at}.tonnes`, tonnes, estimate));
    }
    errors.push(
      ...bracketed(`nodes[${i}]`, 'capacity', 'capacityEstimate', n.capacity, n.capacityEstimate),
    );
  });
}

/** A node that puts out a material it neither receives nor produces must be a converter. */
function checkConverters({ data, errors }: Context): void {
  const index = new Map(data.nodes.map((n, i) => [n.id, i] as const));
  for (const id of needConverter(data.nodes, data.edges)) {
    const what = data.edges
      .filter((e) => e.source === id)
      .map((e) => e.material)
      .filter((m) => !data.edges.some((e) => e.target === id && e.material === m));
    errors.push(
      `nodes[${index.get(id) ?? -1}] ("${id}"): puts out ${[...new Set(what)].map((m) => `"${m}"`).join(', ')} but neither receives nor produces it; mark it as a converter ("converter": true) if it makes it from its inputs`,
    );
  }
}

/**
 * A converter's recipes agree with its flows (src/core/analysis/flows/recipes.ts): the shares of
 * each output add up to 1 and the recipes need what the node receives.
 */
function checkRecipes({ data, errors }: Context): void {
  if (!data.nodes.some((n) => (n.recipes?.length ?? 0) > 0)) return;
  for (const p of recipeProblems(data)) {
    const at = `nodes[${p.node}].recipes${p.recipe === null ? '' : `[${p.recipe}]`}`;
    errors.push(`${p.field === null ? at : `${at}.${p.field}`}: ${p.message}`);
  }
}

/** Flows join known nodes, once per material, within their ranges, as reported. */
function checkEdges(context: Context, nodeIds: ReadonlySet<string>): void {
  const { data, errors, checkSources, checkMaterial } = context;
  const edgeKeys = new Set<string>();
  data.edges.forEach((e, i) => {
    if (!nodeIds.has(e.source)) errors.push(`edges[${i}].source: unknown node "${e.source}"`);
    if (!nodeIds.has(e.target)) errors.push(`edges[${i}].target: unknown node "${e.target}"`);
    if (e.source === e.target) errors.push(`edges[${i}]: "${e.source}" cannot supply itself`);
    const key = `${e.source}\u0000${e.target}\u0000${e.material ?? ''}`;
    if (edgeKeys.has(key)) {
      const what = e.material === undefined ? '' : ` of ${e.material}`;
      errors.push(`edges[${i}]: duplicate flow${what} from "${e.source}" to "${e.target}"`);
    }
    edgeKeys.add(key);
    if (e.estimate !== undefined)
      errors.push(...outsideRange(`edges[${i}].flow`, e.flow, e.estimate));
    checkMaterial(`edges[${i}]`, e.material);
    checkSources(`edges[${i}]`, e.sources);
    checkSources(`edges[${i}].conversion`, e.conversion?.sources);
    errors.push(...checkReported(`edges[${i}]`, e, data.basis));
  });
}

/** Scenario ids are unique, and each intervention is one the dataset can take. */
function checkScenarios(context: Context, facts: DatasetFacts): Set<string> {
  const { data, errors, checkSources, checkMaterial } = context;
  const scenarioIds = new Set<string>();
  data.scenarios.forEach((s, i) => {
    const where = `scenarios[${i}]`;
    if (scenarioIds.has(s.id)) errors.push(`${where}.id: duplicate scenario id "${s.id}"`);
    scenarioIds.add(s.id);
    checkSources(where, s.sources);
    s.interventions.forEach((iv, j) => {
      const at = `${where}.interventions[${j}]`;
      errors.push(...checkOne(at, iv, facts));
      if ('material' in iv) checkMaterial(at, iv.material);
    });
  });
  return scenarioIds;
}

/** A story's steps name known presets, interventions the dataset can take, and known nodes. */
function checkStories(
  { data, errors, checkSources }: Context,
  facts: DatasetFacts,
  scenarioIds: ReadonlySet<string>,
  nodeIds: ReadonlySet<string>,
): void {
  data.stories.forEach((story, i) => {
    story.steps.forEach((step, j) => {
      const at = `stories[${i}].steps[${j}]`;
      if (step.preset !== undefined && !scenarioIds.has(step.preset)) {
        errors.push(`${at}.preset: unknown scenario "${step.preset}"`);
      }
      checkSources(at, step.sources);
      step.interventions?.forEach((iv, k) => {
        errors.push(...checkOne(`${at}.interventions[${k}]`, iv, facts));
      });
      const view = step.view;
      const ids = [
        ...(view.selection === undefined ? [] : [['selection', view.selection] as const]),
        ...(view.focus === undefined ? [] : [['focus.node', view.focus.node] as const]),
        ...(view.zoomTo ?? []).map((id, k) => [`zoomTo[${k}]`, id] as const),
      ];
      for (const [field, id] of ids) {
        if (!nodeIds.has(id)) errors.push(`${at}.view.${field}: unknown node "${id}"`);
      }
    });
  });
}

/** Monthly series: unique ids, known sources, flows that exist, figures within their ranges. */
function checkPeriods(
  data: RawDataset,
  checkSources: (where: string, ids: readonly string[] | undefined) => void,
  checkMaterial: (where: string, material: string | undefined) => void,
): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  const checkPoint = (at: string, p: RawDataset['periods'][number]['points'][string]) => {
    checkSources(at, p.sources);
    if (p.estimate !== undefined) errors.push(...outsideRange(`${at}.value`, p.value, p.estimate));
  };
  data.periods.forEach((series, i) => {
    const where = `periods[${i}]`;
    if (ids.has(series.id)) errors.push(`${where}.id: duplicate series id "${series.id}"`);
    ids.add(series.id);
    if (series.baseline !== undefined) {
      checkPoint(`${where}.baseline`, series.baseline);
      if (series.baseline.value === 0) {
        errors.push(`${where}.baseline.value: must be > 0 (a month is read as a share of it)`);
      }
    } else if (series.flows.length > 0) {
      errors.push(
        `${where}.baseline: is missing (a series that scales flows needs the baseline month it is read against)`,
      );
    }
    series.flows.forEach((f, j) => {
      const at = `${where}.flows[${j}]`;
      checkMaterial(at, f.material);
      const found = data.edges.some(
        (e) =>
          e.source === f.source &&
          e.target === f.target &&
          (f.material === undefined || e.material === f.material),
      );
      if (!found) {
        const what = f.material === undefined ? '' : ` of ${f.material}`;
        errors.push(`${at}: no flow${what} from "${f.source}" to "${f.target}"`);
      }
    });
    for (const [month, point] of Object.entries(series.points)) {
      checkPoint(`${where}.points.${month}`, point);
    }
  });
  return errors;
}

/** A reported figure must turn into the flow: by its conversion, or as it stands. */
function checkReported(where: string, e: Edge, basis: RawDataset['basis']): string[] {
  const { reported, conversion } = e;
  if (reported === undefined) {
    return conversion === undefined
      ? []
      : [`${where}.conversion: there is no "reported" figure for it to convert`];
  }
  if (conversion === undefined) {
    if (basis !== undefined && reported.basis !== basis) {
      return [
        `${where}.conversion: is missing (the figure is reported in ${reported.basis}; flows are in ${basis})`,
      ];
    }
    return agrees(reported.value, e.flow)
      ? []
      : [
          `${where}.flow: ${e.flow} differs from reported.value ${reported.value} and there is no conversion`,
        ];
  }
  const expected = reported.value * conversion.factor;
  return agrees(expected, e.flow)
    ? []
    : [
        `${where}.flow: ${e.flow} is not reported.value × conversion.factor (${reported.value} × ${conversion.factor} = ${fmt(expected)})`,
      ];
}

function checkOne(at: string, iv: Intervention, facts: DatasetFacts): string[] {
  return checkIntervention(iv, facts).map(({ field, message }) =>
    field === null ? `${at}: ${message}` : `${at}.${field}: ${message}`,
  );
}

/** Ids of nodes that put out a material they neither receive nor produce. */
export function needConverter(
  nodes: readonly {
    id: string;
    production?: number | null | undefined;
    converter?: boolean | undefined;
  }[],
  edges: readonly { source: string; target: string; material: string }[],
): string[] {
  const received = new Map<string, Set<string>>();
  for (const e of edges) {
    let set = received.get(e.target);
    if (set === undefined) received.set(e.target, (set = new Set()));
    set.add(e.material);
  }
  const produces = new Set(
    nodes.filter((n) => n.converter === true || (n.production ?? 0) > 0).map((n) => n.id),
  );
  const out = new Set<string>();
  for (const e of edges) {
    if (produces.has(e.source)) continue;
    if (received.get(e.source)?.has(e.material) !== true) out.add(e.source);
  }
  return nodes.filter((n) => out.has(n.id)).map((n) => n.id);
}
