// The checks that need the whole file: ids are unique, every reference points at something that
// exists, and the figures that must agree do (an estimate brackets its flow; a reported figure
// times its conversion factor is the flow). Messages say where and what, like the schema's:
// `scenarios[2].interventions[0].node: unknown node "x"`.
import type { Intervention } from '../core/scenario.ts';
import { checkIntervention, datasetFacts, type DatasetFacts } from '../core/interventions/index.ts';
import type { RawDataset } from './schema.ts';

/** How far flow may sit from reported.value × conversion.factor: rounding, not a second opinion. */
export const CONVERSION_TOLERANCE = { relative: 0.005, absolute: 1 };

type Edge = RawDataset['edges'][number];

const fmt = (x: number) => String(Math.round(x * 1000) / 1000);

function agrees(expected: number, flow: number): boolean {
  const slack = Math.max(CONVERSION_TOLERANCE.absolute, CONVERSION_TOLERANCE.relative * flow);
  return Math.abs(expected - flow) <= slack;
}

export function checkReferences(data: RawDataset): string[] {
  const errors: string[] = [];

  const sourceIds = new Set<string>();
  data.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) errors.push(`sources[${i}].id: duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  });
  const checkSources = (where: string, ids: readonly string[] | undefined) => {
    ids?.forEach((id, j) => {
      if (!sourceIds.has(id)) errors.push(`${where}.sources[${j}]: unknown source "${id}"`);
    });
  };

  const materials = new Set<string>();
  data.materials.forEach((m, i) => {
    if (materials.has(m.id)) errors.push(`materials[${i}].id: duplicate material "${m.id}"`);
    materials.add(m.id);
  });
  // A file that lists its materials must use only those; one that lists none may use any.
  const checkMaterial = (where: string, material: string | undefined) => {
    if (material !== undefined && materials.size > 0 && !materials.has(material)) {
      errors.push(`${where}.material: unknown material "${material}"`);
    }
  };

  const nodeIds = new Set<string>();
  data.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id)) errors.push(`nodes[${i}].id: duplicate node id "${n.id}"`);
    nodeIds.add(n.id);
    checkSources(`nodes[${i}]`, n.sources);
    checkSources(`nodes[${i}].balance`, n.balance?.sources);
    checkSources(`nodes[${i}].geo`, n.geo?.sources);
    if (n.estimate !== undefined) {
      const p = n.production;
      if (p === undefined || p === null) {
        errors.push(`nodes[${i}].estimate: there is no production for it to bracket`);
      } else if (p < n.estimate.low || p > n.estimate.high) {
        errors.push(
          `nodes[${i}].production: ${p} lies outside its estimate range ${n.estimate.low}–${n.estimate.high}`,
        );
      }
    }
  });

  data.nodes.forEach((n, i) => {
    if (n.outside === true && n.stage !== 'end-user') {
      errors.push(
        `nodes[${i}].outside: "${n.id}" is not an end user (stage ${n.stage}); only an end user can stand for demand outside the model`,
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
      if (estimate !== undefined && (tonnes < estimate.low || tonnes > estimate.high)) {
        errors.push(
          `${at}.tonnes: ${tonnes} lies outside its estimate range ${estimate.low}–${estimate.high}`,
        );
      }
    }
    const c = n.capacityEstimate;
    if (c !== undefined) {
      const cap = n.capacity;
      if (cap === undefined || cap === null) {
        errors.push(`nodes[${i}].capacityEstimate: there is no capacity for it to bracket`);
      } else if (cap < c.low || cap > c.high) {
        errors.push(
          `nodes[${i}].capacity: ${cap} lies outside its estimate range ${c.low}–${c.high}`,
        );
      }
    }
  });
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
    if (e.estimate !== undefined && (e.flow < e.estimate.low || e.flow > e.estimate.high)) {
      errors.push(
        `edges[${i}].flow: ${e.flow} lies outside its estimate range ${e.estimate.low}–${e.estimate.high}`,
      );
    }
    checkMaterial(`edges[${i}]`, e.material);
    checkSources(`edges[${i}]`, e.sources);
    checkSources(`edges[${i}].conversion`, e.conversion?.sources);
    errors.push(...checkReported(`edges[${i}]`, e, data.basis));
  });

  const facts = datasetFacts(data);
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
  errors.push(...checkPeriods(data, checkSources, checkMaterial));
  return errors;
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
    const e = p.estimate;
    if (e !== undefined && (p.value < e.low || p.value > e.high)) {
      errors.push(`${at}.value: ${p.value} lies outside its estimate range ${e.low}–${e.high}`);
    }
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
