// `npm run analyze` without the process: arguments in, { stdout, stderr, code } out, so tests can
// run it directly. Anything the user got wrong (a bad flag, a file that does not load, an unknown
// id) is one line on stderr, exit code 2 and nothing on stdout.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
  removalSweep,
  type BaselineAnalysis,
  type Range,
  type ScenarioResult,
  type SweepEntry,
} from '../core/analysis/index.ts';
import { toCsv as writeCsv } from '../core/csv.ts';
import type { Intervention } from '../core/scenario.ts';
import { fileSizeProblem, loadDatasetBytes } from '../data/loadDataset.ts';
import { parseArgs, USAGE, type AnalyzeOptions } from './analyzeArgs.ts';
import { buildReport } from './analyzeReport.ts';

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export interface RunIo {
  /** The file's bytes; the loader decodes them (UTF-8 or UTF-16, with or without a BOM). */
  readonly readFile: (path: string) => Uint8Array;
  /** The file's size in bytes, so an oversized file is refused before it is read. */
  readonly fileSize: (path: string) => number;
}

const nodeIo: RunIo = {
  readFile: (path) => readFileSync(path),
  fileSize: (path) => statSync(path).size,
};
const USER_ERROR = 2;

/** Exit code for a fault of ours (e.g. the engine refusing a figure that is not finite). */
const INTERNAL_ERROR = 1;

export function runAnalyze(argv: readonly string[], io: RunIo = nodeIo): RunResult {
  try {
    return run(argv, io);
  } catch (error) {
    // One line, no stack trace: the user can report it, and nothing half-written is on stdout.
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `analyze: internal error: ${message}\n`, code: INTERNAL_ERROR };
  }
}

function run(argv: readonly string[], io: RunIo): RunResult {
  const fail = (message: string): RunResult => ({
    stdout: '',
    stderr: `analyze: ${message.replace(/\s*\n\s*/g, ' ')}\n`,
    code: USER_ERROR,
  });
  const args = parseArgs(argv);
  if (!args.ok) return fail(args.error);
  if (args.help) return { stdout: `${USAGE}\n`, stderr: '', code: 0 };
  const options = args.options;

  let bytes: Uint8Array;
  try {
    const tooBig = fileSizeProblem(io.fileSize(options.file));
    if (tooBig !== null) return fail(`${options.file}: ${tooBig}`);
    bytes = io.readFile(options.file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`cannot read ${options.file}: ${reason}`);
  }
  const loaded = loadDatasetBytes(bytes, { fallbackTitle: basename(options.file) });
  if (!loaded.ok) {
    const more = loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more)` : '';
    return fail(`${options.file}: ${loaded.errors[0] ?? 'cannot load'}${more}`);
  }
  const { dataset } = loaded;
  const interventions: Intervention[] = [];
  const flags: string[] = [];
  for (const id of options.presets) {
    const preset = dataset.scenarios.find((p) => p.id === id);
    if (preset === undefined) {
      const known = dataset.scenarios.map((p) => p.id).join(', ') || 'none';
      return fail(`--preset ${id}: unknown preset "${id}" (the dataset has: ${known})`);
    }
    interventions.push(...preset.interventions);
    flags.push(...preset.interventions.map(() => `--preset ${id}`));
  }
  interventions.push(...options.interventions);
  flags.push(...options.flags);

  const g = buildSupplyGraph(dataset);
  const scenario = analyzeScenario(
    g,
    { interventions },
    options.samples > 0 ? { uncertainty: { samples: options.samples, seed: options.seed } } : {},
  );
  if (!scenario.ok) {
    const first = scenario.problems[0];
    return fail(
      first === undefined
        ? (scenario.errors[0] ?? 'bad scenario')
        : `${flags[first.index] ?? ''}: ${first.message}`,
    );
  }
  const baseline = analyzeBaseline(g);
  const sweep = options.sweep ? removalSweep(g) : undefined;
  const stdout =
    options.format === 'csv'
      ? toCsv(options, baseline, scenario.result, sweep)
      : `${JSON.stringify(buildReport(dataset.title, baseline, scenario.result, sweep), null, 2)}\n`;
  return { stdout, stderr: '', code: 0 };
}

function toCsv(
  options: AnalyzeOptions,
  baseline: BaselineAnalysis,
  scenario: ScenarioResult,
  sweep: readonly SweepEntry[] | undefined,
): string {
  if (options.sweep && sweep !== undefined) {
    return writeCsv(sweep.map((entry, i) => ({ rank: i + 1, ...entry })));
  }
  const spofs = new Map(baseline.endUsers.map((e) => [e.id, e.singlePointsOfFailure]));
  return writeCsv(
    scenario.endUsers.map(
      ({ singlePointsOfFailureHit, supplyCurve: _curve, ranges, ...figures }) => ({
        ...figures,
        daysToShortfall: figures.daysToShortfall ?? '',
        ...rangeColumns('lostNoSubstitutionPercent', ranges?.lostNoSubstitutionPercent),
        ...rangeColumns('lostWithReroutingPercent', ranges?.lostWithReroutingPercent),
        singlePointsOfFailure: (spofs.get(figures.id) ?? []).join(' '),
        singlePointsOfFailureHit: singlePointsOfFailureHit.join(' '),
      }),
    ),
  );
}

function rangeColumns(name: string, range: Range | null | undefined): Record<string, number | ''> {
  return {
    [`${name}P5`]: range?.p5 ?? '',
    [`${name}P50`]: range?.p50 ?? '',
    [`${name}P95`]: range?.p95 ?? '',
  };
}
