// The JSON report of `npm run analyze`: the baseline analysis and the scenario's outcome keyed by
// id, so a reader (or jq) can look up a node or an end user without knowing the file's order.
//
// The node measures are most of the report (eleven figures per node), so `reportJson` writes
// that part as text straight from the baseline's arrays, ids sorted once, instead of building
// eleven objects of n keys and stringifying them; the text is the same as
// JSON.stringify(buildReport(...), null, 2), and a test holds it to that.
import { STAGES, type Stage } from '../core/model.ts';
import {
  NODE_MEASURES,
  SWEEP_REROUTING_MEANING,
  type BaselineAnalysis,
  type NodeMeasureId,
  type ScenarioResult,
  type SweepEntry,
} from '../core/analysis/index.ts';

/**
 * The report's layout, raised when a field changes meaning (see src/cli/README.md):
 * 2: shares are fractions (0-1, `lost…Share`, was `lost…Percent` 0-100); the pooled max-flow is
 * `singleMaterialBound`; the sweep's loss after rerouting is the programs' least loss.
 */
export const REPORT_VERSION = 2;

/** Positions of the baseline's nodes in id order. */
function idOrder(baseline: BaselineAnalysis): Int32Array {
  const ids = baseline.nodeIds;
  return Int32Array.from(ids.keys()).sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

export function buildReport(
  title: string,
  baseline: BaselineAnalysis,
  scenario: ScenarioResult,
  sweep: readonly SweepEntry[] | undefined,
) {
  const order = idOrder(baseline);
  const centrality = {} as Record<NodeMeasureId, Record<string, number>>;
  for (const m of NODE_MEASURES) {
    const values = baseline.measures[m.id];
    const byId: Record<string, number> = {};
    for (const i of order) byId[baseline.nodeIds[i] as string] = values[i] as number;
    centrality[m.id] = byId;
  }
  return assemble(title, baseline, scenario, sweep, centrality);
}

/** The report as JSON text, two-space indented, as JSON.stringify(buildReport(...), null, 2). */
export function reportJson(
  title: string,
  baseline: BaselineAnalysis,
  scenario: ScenarioResult,
  sweep: readonly SweepEntry[] | undefined,
  /** Fields written before the report (the import) and after it (the month, a best case). */
  around: { readonly before?: object; readonly after?: object } = {},
): string {
  const marker = '\u0000centrality';
  const report = {
    ...around.before,
    ...assemble(title, baseline, scenario, sweep, marker),
    ...around.after,
  };
  const text = JSON.stringify(report, null, 2);
  const at = text.indexOf(JSON.stringify(marker));
  return `${text.slice(0, at)}${centralityJson(baseline)}${text.slice(at + JSON.stringify(marker).length)}`;
}

/** The centrality object's text at the report's second level of indentation. */
function centralityJson(baseline: BaselineAnalysis): string {
  const order = objectKeyOrder(baseline);
  const keys = Array.from(order, (i) => `\n      ${JSON.stringify(baseline.nodeIds[i])}: `);
  const parts: string[] = ['{'];
  NODE_MEASURES.forEach((m, k) => {
    const values = baseline.measures[m.id];
    parts.push(`${k > 0 ? ',' : ''}\n    ${JSON.stringify(m.id)}: {`);
    for (let j = 0; j < order.length; j++) {
      const x = values[order[j] as number] as number;
      parts.push(
        `${j > 0 ? ',' : ''}${keys[j] as string}${Number.isFinite(x) ? String(x) : 'null'}`,
      );
    }
    parts.push(order.length > 0 ? '\n    }' : '}');
  });
  parts.push('\n  }');
  return parts.join('');
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * The order in which an object keyed by id (keys added in id order) lists its keys: ids that
 * are array indices ("7", "42") come first, in numeric order, as JavaScript objects keep them.
 */
function objectKeyOrder(baseline: BaselineAnalysis): Int32Array {
  const order = idOrder(baseline);
  const isIndex = (i: number) => {
    const id = baseline.nodeIds[i] as string;
    return ARRAY_INDEX.test(id) && Number(id) < 2 ** 32 - 1;
  };
  const indices = order.filter(isIndex);
  if (indices.length === 0) return order;
  indices.sort((a, b) => Number(baseline.nodeIds[a]) - Number(baseline.nodeIds[b]));
  const rest = order.filter((i) => !isIndex(i));
  const out = new Int32Array(order.length);
  out.set(indices);
  out.set(rest, indices.length);
  return out;
}

function assemble(
  title: string,
  baseline: BaselineAnalysis,
  scenario: ScenarioResult,
  sweep: readonly SweepEntry[] | undefined,
  centrality: unknown,
) {
  const origin = new Map(baseline.endUsers.map((e) => [e.id, e.supplyByOrigin]));
  const stageShares = {} as Record<Stage, Readonly<Record<string, number>>>;
  const stageConcentration = {} as Record<Stage, { total: number; hhi: number; top3Share: number }>;
  for (const stage of STAGES) {
    const { shares, total, hhi, top3Share } = baseline.stages[stage];
    stageShares[stage] = shares;
    stageConcentration[stage] = { total, hhi, top3Share };
  }

  return {
    reportVersion: REPORT_VERSION,
    dataset: {
      title,
      nodes: baseline.totals.nodes,
      edges: baseline.totals.edges,
      endUsers: baseline.totals.endUsers,
      hasCycles: baseline.hasCycles,
    },
    scenario: {
      interventions: scenario.interventions,
      descriptions: scenario.descriptions,
      affectedNodes: scenario.affectedNodes,
    },
    totals: scenario.totals,
    modelled: scenario.modelled,
    restOfWorld: scenario.restOfWorld,
    uncertainty: uncertaintyPart(scenario.uncertainty),
    endUsers: scenario.endUsers.map((e) => ({ ...e, supplyByOrigin: origin.get(e.id) ?? {} })),
    stranded: scenario.stranded,
    singleMaterialBound: scenario.singleMaterialBound,
    topChokepointsAfter: scenario.topChokepoints,
    singlePointsOfFailure: Object.fromEntries(
      baseline.endUsers.map((e) => [e.id, e.singlePointsOfFailure]),
    ),
    centrality,
    stageShares,
    stageConcentration,
    ...(sweep === undefined ? {} : { sweepRerouting: SWEEP_REROUTING_MEANING, sweep }),
    converged: baseline.converged && scenario.converged,
  };
}

/** The draws' summary; with no figure carrying a range, it says no draws were made. */
function uncertaintyPart(u: ScenarioResult['uncertainty']) {
  if (u === null || u.figuresWithRanges > 0) return u;
  return { ...u, note: 'no figure carries a range: the network was run once, not drawn' };
}
