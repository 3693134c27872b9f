// `npm run analyze` without the process: arguments in, { stdout, stderr, code } out, so tests can
// run it directly. Anything the user got wrong (a bad flag, a file that does not load, an unknown
// id) is one line on stderr, exit code 2 and nothing on stdout. Files are read with the same
// importers as the explorer's "Open dataset…"; what an import refused or inferred is summed up
// on stderr (exit 0) and kept in the JSON report.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
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
import type { Intervention } from '../core/scenario.ts';
import { importFiles, type InputFile } from '../data/formats/importFiles.ts';
import { importSummary } from '../data/formats/importSummary.ts';
import type { ImportReport } from '../data/formats/importTables.ts';
import { parseArgs, USAGE, type AnalyzeOptions } from './analyzeArgs.ts';
import { buildReport } from './analyzeReport.ts';

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export interface RunIo {
  readonly readFile: (path: string) => Uint8Array;
}

const nodeIo: RunIo = { readFile: (path) => readFileSync(path) };
const USER_ERROR = 2;

export async function runAnalyze(argv: readonly string[], io: RunIo = nodeIo): Promise<RunResult> {
  const fail = (message: string): RunResult => ({
    stdout: '',
    stderr: `analyze: ${message.replace(/\s*\n\s*/g, ' ')}\n`,
    code: USER_ERROR,
  });
  const args = parseArgs(argv);
  if (!args.ok) return fail(args.error);
  if (args.help) return { stdout: `${USAGE}\n`, stderr: '', code: 0 };
  const options = args.options;

  const inputs: InputFile[] = [];
  for (const file of options.files) {
    try {
      inputs.push({ name: file, data: io.readFile(file) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail(`cannot read ${file}: ${reason}`);
    }
  }
  const loaded = await importFiles(inputs);
  if (!loaded.ok) {
    const more = loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more)` : '';
    return fail(`${loaded.errors[0] ?? 'cannot load'}${more}`);
  }
  const report = loaded.report.format === 'JSON' ? undefined : loaded.report;
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
      : `${JSON.stringify(withImport(buildReport(dataset.title, baseline, scenario.result, sweep), report), null, 2)}\n`;
  const stderr =
    report === undefined
      ? ''
      : importSummary(report)
          .map((l) => `analyze: ${l}\n`)
          .join('');
  return { stdout, stderr, code: 0 };
}

/** What the import did, for a reader who needs to know which rows the figures rest on. */
function withImport(out: object, report: ImportReport | undefined): object {
  if (report === undefined) return out;
  const { format, nodes, flows, refused, inferred, notes } = report;
  const ignoredColumns = report.tables.flatMap((t) =>
    t.columns
      .filter((c) => c.field === null)
      .map((c) => ({ table: t.table, column: c.column, reason: c.reason })),
  );
  return { import: { format, nodes, flows, refused, inferred, ignoredColumns, notes }, ...out };
}

function toCsv(
  options: AnalyzeOptions,
  baseline: BaselineAnalysis,
  scenario: ScenarioResult,
  sweep: readonly SweepEntry[] | undefined,
): string {
  const unparse = (rows: object[]) => `${Papa.unparse(rows, { newline: '\n' })}\n`;
  if (options.sweep && sweep !== undefined) {
    return unparse(sweep.map((entry, i) => ({ rank: i + 1, ...entry })));
  }
  const spofs = new Map(baseline.endUsers.map((e) => [e.id, e.singlePointsOfFailure]));
  return unparse(
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
