// `--batch FILE`: many scenarios on one dataset in one process. FILE holds JSON lines, one
// scenario a line:
//   {"id": "cut-cn-30", "preset": "china-export-ban", "interventions": [{"type": "remove-node", "node": "x"}]}
// every field optional (an empty object is the baseline), interventions as in a dataset's
// presets. Each line gets one JSON line back, in order: the scenario's totals, max-flow, stranded
// supply, what each end user loses and the top chokepoints after the shock. A line that cannot
// be answered gets {"line": n, "error": "..."} and the rest are still answered; its message also
// goes to stderr and the exit code is 2. Blank lines are skipped; line numbers count every line.
// The graph is built once and the baseline report is not computed, so a line costs one scenario.
import { z } from '../core/zod.ts';
import { REPORT_VERSION } from './analyzeReport.ts';
import { analyzeScenario, type Rerouter, type SupplyGraph } from '../core/analysis/index.ts';
import type { Intervention } from '../core/scenario.ts';
import { formatZodIssues } from '../data/errors.ts';
import { parseJson } from '../data/parseJson.ts';
import { interventionSchema, type Dataset } from '../data/schema.ts';

const lineSchema = z.strictObject({
  id: z.union([z.string(), z.number()]).optional(),
  preset: z.string().min(1).optional(),
  interventions: z.array(interventionSchema).default([]),
});

export interface BatchResult {
  readonly lines: string[];
  readonly errors: string[];
}

/** Answers every scenario line of `text`; `base` interventions apply before each line's own. */
export function runBatch(
  text: string,
  file: string,
  dataset: Dataset,
  g: SupplyGraph,
  base: readonly Intervention[],
  /** The linear programs' fair share when given, as for a single run; the max-flow otherwise. */
  rerouter?: Rerouter,
): BatchResult {
  const lines: string[] = [];
  const errors: string[] = [];
  const rows = text.split('\n');
  rows.forEach((row, i) => {
    const line = i + 1;
    if (row.trim() === '') return;
    const answer = answerLine(row, dataset, g, base, rerouter);
    if ('error' in answer) errors.push(`${file} line ${line}: ${answer.error}`);
    lines.push(JSON.stringify({ line, ...('error' in answer ? answer : answer.answer) }));
  });
  return { lines, errors };
}

function answerLine(
  row: string,
  dataset: Dataset,
  g: SupplyGraph,
  base: readonly Intervention[],
  rerouter: Rerouter | undefined,
): { readonly error: string } | { readonly answer: object } {
  const json = parseJson(row);
  if (!json.ok) return { error: json.error };
  const parsed = lineSchema.safeParse(json.value);
  if (!parsed.success) return { error: formatZodIssues(parsed.error.issues, json.value)[0] ?? '' };
  const { id, preset, interventions } = parsed.data;
  const named = id === undefined ? {} : { id };
  const fromPreset: Intervention[] = [];
  if (preset !== undefined) {
    const found = dataset.scenarios.find((p) => p.id === preset);
    if (found === undefined) {
      const known = dataset.scenarios.map((p) => p.id).join(', ') || 'none';
      return { ...named, error: `preset: unknown preset "${preset}" (the dataset has: ${known})` };
    }
    fromPreset.push(...found.interventions);
  }
  const all = [...base, ...fromPreset, ...interventions];
  const outcome = analyzeScenario(
    g,
    { interventions: all },
    rerouter === undefined ? {} : { rerouter },
  );
  if (!outcome.ok) {
    const first = outcome.problems[0];
    const where =
      first === undefined
        ? ''
        : first.index < base.length
          ? 'command line: '
          : first.index < base.length + fromPreset.length
            ? `preset ${preset}: `
            : `interventions[${first.index - base.length - fromPreset.length}]: `;
    return { ...named, error: `${where}${first?.message ?? outcome.errors[0] ?? 'bad scenario'}` };
  }
  const r = outcome.result;
  const answer = {
    reportVersion: REPORT_VERSION,
    ...named,
    interventions: r.interventions,
    descriptions: r.descriptions,
    totals: r.totals,
    stranded: r.stranded,
    singleMaterialBound: r.singleMaterialBound,
    affectedNodes: r.affectedNodes,
    endUsers: r.endUsers,
    topChokepointsAfter: r.topChokepoints,
    converged: r.converged,
  };
  return { answer };
}
