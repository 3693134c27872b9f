// The command line's questions over time (model v4), answered apart from the one-scenario
// report: a period (`--from`/`--to`, runPeriod.ts), the year's hindcast (runHindcast.ts) and the
// time-to-survive sweep (runSurvive.ts). runAnalyze.ts asks here first; undefined: none asked.
import { scenarioFactors, type SupplyGraph } from '../core/analysis/index.ts';
import type { LpSolver } from '../core/analysis/rerouting/lp/types.ts';
import type { Intervention } from '../core/scenario.ts';
import type { Dataset } from '../data/schema.ts';
import type { ImportReport } from '../data/formats/importTables.ts';
import { importSummary } from '../data/formats/importSummary.ts';
import type { AnalyzeOptions } from './analyzeArgs.ts';
import { REPORT_VERSION } from './analyzeReport.ts';
import { hindcastBlock, hindcastCsv } from './runHindcast.ts';
import { periodBlock, periodCsv } from './runPeriod.ts';
import { surviveBlock, surviveCsv } from './runSurvive.ts';

export type TimeAnswer =
  | { readonly stdout: string; readonly stderr: string; readonly code: 0 }
  | { readonly error: string };

const json = (title: string, before: object, part: object) =>
  `${JSON.stringify({ reportVersion: REPORT_VERSION, dataset: { title }, ...before, ...part }, null, 2)}\n`;

export interface TimeQuestion {
  readonly dataset: Dataset;
  readonly g: SupplyGraph;
  readonly options: AnalyzeOptions;
  /** The scenario's interventions and the flag each came from. */
  readonly interventions: readonly Intervention[];
  readonly flags: readonly string[];
  readonly io: { readonly solver?: LpSolver | undefined };
  /** What the import did (undefined: a dataset file read as written), and its JSON part. */
  readonly report: ImportReport | undefined;
  readonly importPart: (report: ImportReport | undefined) => object;
}

/** The answer to --from/--to, --hindcast or --sweep-survive; undefined when none was asked. */
export function timeAnswer(question: TimeQuestion): TimeAnswer | undefined {
  const { report } = question;
  const stdout = answer(question, question.importPart(report));
  if (stdout === undefined || typeof stdout !== 'string') return stdout;
  const notes = report === undefined ? [] : importSummary(report);
  return { stdout, stderr: notes.map((l) => `analyze: ${l}\n`).join(''), code: 0 };
}

function answer(q: TimeQuestion, before: object): string | { error: string } | undefined {
  const { dataset, g, options, interventions, flags } = q;
  const solver = q.io.solver;
  const csv = options.format === 'csv';
  if (options.hindcast !== undefined) {
    const block = hindcastBlock(dataset, dataset, {
      year: options.hindcast,
      samples: options.samples,
      seed: options.seed,
      solver,
    });
    if (typeof block === 'string') return { error: `--hindcast ${options.hindcast}: ${block}` };
    return csv ? hindcastCsv(block) : json(dataset.title, before, { hindcast: block });
  }
  if (options.sweepSurvive === true) {
    const block = surviveBlock(dataset, solver);
    return csv ? surviveCsv(block) : json(dataset.title, before, { sweepSurvive: block });
  }
  if (options.from === undefined || options.to === undefined) return undefined;
  const compiled = scenarioFactors(g, { interventions: [...interventions] });
  if (!compiled.ok) {
    const first = compiled.problems[0];
    return {
      error:
        first === undefined
          ? (compiled.errors[0] ?? 'bad scenario')
          : `${flags[first.index] ?? ''}: ${first.message}`,
    };
  }
  const block = periodBlock(dataset, dataset, {
    from: options.from,
    to: options.to,
    interventions,
    events: options.events === true,
    solver,
  });
  return csv ? periodCsv(block) : json(dataset.title, before, { period: block });
}
