// `npm run analyze` without the process: arguments in, { stdout, stderr, code } out, so tests can
// run it directly. Anything the user got wrong (a bad flag, a file that does not load, an unknown
// id) is one line on stderr, exit code 2 and nothing on stdout. Files are read with the same
// importers as the explorer's "Open dataset…"; what an import refused or inferred is summed up
// on stderr (exit 0) and kept in the JSON report.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import {
  analyzeBaseline,
  analyzeScenario,
  bestCaseByLp,
  buildSupplyGraph,
  lpRerouter,
  removalSweep,
  scenarioProgramText,
  type LpSolver,
  type BaselineAnalysis,
  type Range,
  type Betweenness,
  type SupplyGraph,
  type ScenarioResult,
  type SweepEntry,
} from '../core/analysis/index.ts';
import { toCsv as writeCsv } from '../core/csv.ts';
import type { Intervention } from '../core/scenario.ts';
import { fileSizeProblem } from '../data/loadDataset.ts';
import { importFiles, type InputFile } from '../data/formats/importFiles.ts';
import { importSummary } from '../data/formats/importSummary.ts';
import type { ImportReport } from '../data/formats/importTables.ts';
import type { Dataset } from '../data/schema.ts';
import { parseArgs, USAGE, type AnalyzeOptions } from './analyzeArgs.ts';
import { reportJson } from './analyzeReport.ts';
import { runBatch } from './runBatch.ts';
import { monthScenario, periodMonths, type MonthScenario } from '../core/periods.ts';
import { periodRows, periodsCsv } from './runPeriods.ts';

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
  /** Betweenness by other means (worker threads); core's one-thread kernel when absent. */
  readonly betweenness?: (g: SupplyGraph) => Betweenness;
  /** For --lp; without it --lp is refused. */
  readonly writeFile?: (path: string, text: string) => void;
  /**
   * A loaded HiGHS instance (analyze.ts loads one). With it, "with rerouting" is the fair share
   * of the rerouting linear programs; --lp and --best-case need it.
   */
  readonly solver?: LpSolver;
}

export const nodeIo: RunIo = {
  readFile: (path) => readFileSync(path),
  fileSize: (path) => statSync(path).size,
  writeFile: (path, text) => writeFileSync(path, text),
};
const USER_ERROR = 2;

/** Exit code for a fault of ours (e.g. the engine refusing a figure that is not finite). */
const INTERNAL_ERROR = 1;

export async function runAnalyze(argv: readonly string[], io: RunIo = nodeIo): Promise<RunResult> {
  try {
    return await run(argv, io);
  } catch (error) {
    // One line, no stack trace: the user can report it, and nothing half-written is on stdout.
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `analyze: internal error: ${message}\n`, code: INTERNAL_ERROR };
  }
}

async function run(argv: readonly string[], io: RunIo): Promise<RunResult> {
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
      const tooBig = fileSizeProblem(io.fileSize(file));
      if (tooBig !== null) return fail(`${file}: ${tooBig}`);
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
  let month: MonthScenario | undefined;
  if (options.period !== undefined || options.periods === true) {
    const flag = options.period === undefined ? '--periods' : `--period ${options.period}`;
    const months = periodMonths(dataset.periods);
    if (months.length === 0) return fail(`${flag}: the dataset has no monthly series`);
    if (options.period !== undefined) {
      if (!months.includes(options.period)) {
        return fail(
          `${flag}: the dataset's series run from ${months[0] ?? ''} to ${months.at(-1) ?? ''}`,
        );
      }
      month = monthScenario(dataset.periods, options.period);
      interventions.push(...month.interventions);
      flags.push(...month.interventions.map(() => flag));
    }
  }
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
  if (options.batch !== undefined) return batch(options.batch, io, dataset, g, interventions, fail);
  const rerouter = io.solver === undefined ? undefined : lpRerouter(io.solver);
  if (options.periods === true) {
    const rows = periodRows(dataset, g, interventions, rerouter);
    if (typeof rows === 'string') return fail(`--periods: ${rows}`);
    const stdout =
      options.format === 'csv' ? periodsCsv(dataset, rows) : `${JSON.stringify(rows, null, 2)}\n`;
    return { stdout, stderr: '', code: 0 };
  }
  const scenario = analyzeScenario(
    g,
    { interventions },
    {
      ...(rerouter === undefined ? {} : { rerouter }),
      ...(options.samples > 0
        ? { uncertainty: { samples: options.samples, seed: options.seed } }
        : {}),
    },
  );
  if (!scenario.ok) {
    const first = scenario.problems[0];
    return fail(
      first === undefined
        ? (scenario.errors[0] ?? 'bad scenario')
        : `${flags[first.index] ?? ''}: ${first.message}`,
    );
  }
  if ((options.lp !== undefined || options.bestCase !== undefined) && io.solver === undefined) {
    return fail(`${options.lp !== undefined ? '--lp' : '--best-case'} needs the HiGHS solver`);
  }
  let bestCase: { id: string; served: number } | undefined;
  if (options.bestCase !== undefined) {
    const id = options.bestCase;
    const v = g.index.get(id);
    if (v === undefined || !g.endUsers.includes(v)) {
      return fail(
        `--best-case ${id}: ${v === undefined ? 'unknown node' : 'not an end user'} "${id}"`,
      );
    }
    bestCase = { id, served: bestCaseByLp(io.solver as LpSolver, g, { interventions }, id) };
  }
  if (options.lp !== undefined) {
    const title = [
      `${dataset.title}: rerouting linear program (largest total served to end users).`,
      `Scenario: ${scenario.result.descriptions.join('; ') || 'none (baseline)'}.`,
    ];
    if (io.writeFile === undefined) return fail(`--lp ${options.lp}: cannot write files here`);
    try {
      io.writeFile(options.lp, scenarioProgramText(g, { interventions }, title));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail(`--lp ${options.lp}: cannot write: ${reason}`);
    }
  }
  const baseline = analyzeBaseline(
    g,
    io.betweenness === undefined ? {} : { betweenness: io.betweenness(g) },
  );
  const material = options.sweepMaterial;
  if (material !== undefined && !g.materials.includes(material)) {
    const known = g.materials.filter((x) => x !== '').map((x) => `"${x}"`);
    return fail(
      `--sweep-material ${material}: no flow carries "${material}" (the flows carry ${known.join(', ') || 'no named material'})`,
    );
  }
  const sweep = options.sweep
    ? removalSweep(g, material === undefined ? {} : { material })
    : undefined;
  const extra = {
    ...(material === undefined ? {} : { sweepMaterial: material }),
    ...(month === undefined ? {} : { period: { month: month.month, series: month.series } }),
    ...(bestCase === undefined ? {} : { bestCase }),
  };
  const stdout =
    options.format === 'csv'
      ? toCsv(options, baseline, scenario.result, sweep)
      : `${reportJson(dataset.title, baseline, scenario.result, sweep, { before: importPart(report), after: extra })}\n`;
  const stderr =
    report === undefined
      ? ''
      : importSummary(report)
          .map((l) => `analyze: ${l}\n`)
          .join('');
  return { stdout, stderr, code: 0 };
}

/** What the import did, for a reader who needs to know which rows the figures rest on. */
function importPart(report: ImportReport | undefined): object {
  if (report === undefined) return {};
  const { format, nodes, flows, refused, inferred, notes } = report;
  const ignoredColumns = report.tables.flatMap((t) =>
    t.columns
      .filter((c) => c.field === null)
      .map((c) => ({ table: t.table, column: c.column, reason: c.reason })),
  );
  return { import: { format, nodes, flows, refused, inferred, ignoredColumns, notes } };
}

function batch(
  file: string,
  io: RunIo,
  dataset: Dataset,
  g: SupplyGraph,
  base: readonly Intervention[],
  fail: (message: string) => RunResult,
): RunResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(io.readFile(file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`--batch: cannot read ${file}: ${reason}`);
  }
  const rerouter = io.solver === undefined ? undefined : lpRerouter(io.solver);
  const { lines, errors } = runBatch(text, file, dataset, g, base, rerouter);
  return {
    stdout: lines.map((line) => `${line}\n`).join(''),
    stderr: errors.map((e) => `analyze: ${e}\n`).join(''),
    code: errors.length > 0 ? USER_ERROR : 0,
  };
}

function toCsv(
  options: AnalyzeOptions,
  baseline: BaselineAnalysis,
  scenario: ScenarioResult,
  sweep: readonly SweepEntry[] | undefined,
): string {
  if (options.sweep && sweep !== undefined) {
    const material = options.sweepMaterial;
    return writeCsv(
      sweep.map((entry, i) => ({
        rank: i + 1,
        ...entry,
        ...(material === undefined ? {} : { withholds: material }),
      })),
    );
  }
  const spofs = new Map(baseline.endUsers.map((e) => [e.id, e.singlePointsOfFailure]));
  // One column per material any end user takes: "lostNoSubstitution <material>", empty where the
  // end user does not take it.
  const materials = [
    ...new Set(scenario.endUsers.flatMap((e) => Object.keys(e.lostNoSubstitutionByMaterial))),
  ].sort();
  return writeCsv(
    scenario.endUsers.map(
      ({
        singlePointsOfFailureHit,
        supplyCurve: _curve,
        ranges,
        lostNoSubstitutionByMaterial: byMaterial,
        ...figures
      }) => ({
        ...figures,
        daysToShortfall: figures.daysToShortfall ?? '',
        ...Object.fromEntries(
          materials.map((m) => [`lostNoSubstitution ${m}`, byMaterial[m] ?? '']),
        ),
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
