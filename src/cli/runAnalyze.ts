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
  lpMaximum,
  scenarioProgramText,
  type LpSolver,
  type BaselineAnalysis,
  type DrawRunner,
  type Range,
  type Rerouter,
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
import { jsonFormat } from '../data/formats/jsonFormat.ts';
import type { ImportReport } from '../data/formats/importTables.ts';
import type { Dataset } from '../data/schema.ts';
import { parseArgs, USAGE, type AnalyzeOptions } from './analyzeArgs.ts';
import { reportJson } from './analyzeReport.ts';
import { runBatch } from './runBatch.ts';
import { lpCommentText, portableLp } from './lpFile.ts';
import { monthScenario, periodMonths, type MonthScenario } from '../core/periods.ts';
import { periodRows, periodsCsv } from './runPeriods.ts';
import { timeAnswer } from './runPeriodMain.ts';

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
  /** Betweenness, the draws of the ranges by other means (threads); this thread when absent. */
  readonly betweenness?: (g: SupplyGraph) => Betweenness;
  readonly runDraws?: DrawRunner;
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

/** A mistake of the user's: `run` turns it into one line on stderr and exit code 2. */
class UserError extends Error {}

async function run(argv: readonly string[], io: RunIo): Promise<RunResult> {
  const args = parseArgs(argv);
  if (!args.ok) return userError(args.error);
  if (args.help) return { stdout: `${USAGE}\n`, stderr: '', code: 0 };
  try {
    return await analyze(args.options, io);
  } catch (error) {
    if (error instanceof UserError) return userError(error.message);
    throw error;
  }
}

function userError(message: string): RunResult {
  return {
    stdout: '',
    stderr: `analyze: ${message.replace(/\s*\n\s*/g, ' ')}\n`,
    code: USER_ERROR,
  };
}

/** What `action` returns; if it throws, a UserError "`what`: the reason". */
function attempt<T>(what: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`${what}: ${reason}`);
  }
}

async function analyze(options: AnalyzeOptions, io: RunIo): Promise<RunResult> {
  const { dataset, report } = await loadFiles(options.files, io);
  const { interventions, flags, month } = scenarioOf(dataset, options);
  const g = buildSupplyGraph(dataset);
  if (options.batch !== undefined) return batch(options.batch, io, dataset, g, interventions);
  // --from/--to, --hindcast, --sweep-survive: the simulation over time (runPeriodMain.ts).
  const inTime = timeAnswer({ dataset, g, options, interventions, flags, io, report, importPart });
  if (inTime !== undefined) return 'error' in inTime ? userError(inTime.error) : inTime;
  const rerouter = io.solver === undefined ? undefined : lpRerouter(io.solver);
  if (options.periods === true) {
    const rows = periodRows(dataset, g, interventions, rerouter);
    if (typeof rows === 'string') throw new UserError(`--periods: ${rows}`);
    const stdout =
      options.format === 'csv' ? periodsCsv(dataset, rows) : `${JSON.stringify(rows, null, 2)}\n`;
    return { stdout, stderr: '', code: 0 };
  }
  const scenario = analyzeFlags(g, interventions, flags, { ...options, ...io }, rerouter);
  if ((options.lp !== undefined || options.bestCase !== undefined) && io.solver === undefined) {
    throw new UserError(
      `${options.lp !== undefined ? '--lp' : '--best-case'} needs the HiGHS solver`,
    );
  }
  const solver = io.solver as LpSolver;
  const bestCase =
    options.bestCase === undefined
      ? undefined
      : bestCaseOf(solver, g, interventions, options.bestCase);
  if (options.lp !== undefined) {
    const title = [
      `${dataset.title}: rerouting linear program (largest total served to end users).`,
      `Scenario: ${scenario.descriptions.join('; ') || 'none (baseline)'}.`,
    ];
    writeLp(options.lp, io, () =>
      portableLp(scenarioProgramText(g, { interventions }, title.map(lpCommentText))),
    );
  }
  const baseline = analyzeBaseline(
    g,
    io.betweenness === undefined ? {} : { betweenness: io.betweenness(g) },
  );
  const material = options.sweepMaterial;
  const sweep = options.sweep ? sweepOf(g, material, io.solver) : undefined;
  const extra = {
    ...(material === undefined ? {} : { sweepMaterial: material }),
    ...(month === undefined ? {} : { period: { month: month.month, series: month.series } }),
    ...(bestCase === undefined ? {} : { bestCase }),
  };
  const stdout =
    options.format === 'csv'
      ? toCsv(options, baseline, scenario, sweep)
      : `${reportJson(dataset.title, baseline, scenario, sweep, { before: importPart(report), after: extra })}\n`;
  const stderr =
    report === undefined
      ? ''
      : importSummary(report)
          .map((l) => `analyze: ${l}\n`)
          .join('');
  return { stdout, stderr, code: 0 };
}

/** Reads and imports the dataset files; the import report unless the dataset was JSON. */
async function loadFiles(
  files: readonly string[],
  io: RunIo,
): Promise<{ dataset: Dataset; report: ImportReport | undefined }> {
  const inputs = files.map((file): InputFile => {
    const tooBig = attempt(`cannot read ${file}`, () => fileSizeProblem(io.fileSize(file)));
    if (tooBig !== null) throw new UserError(`${file}: ${tooBig}`);
    return { name: file, data: attempt(`cannot read ${file}`, () => io.readFile(file)) };
  });
  const loaded = await importFiles(inputs);
  if (!loaded.ok) {
    const more = loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more)` : '';
    throw new UserError(`${loaded.errors[0] ?? 'cannot load'}${more}`);
  }
  // A dataset file read as written has nothing to report; one whose figures were read otherwise
  // says so.
  const { report } = loaded;
  const quiet = report.format === jsonFormat.name && report.notes.length === 0;
  return { dataset: loaded.dataset, report: quiet ? undefined : report };
}

/**
 * The scenario's interventions in the order they apply (the month's, the presets', the flags'),
 * the flag each came from, and the month's scenario if --period gave one.
 */
function scenarioOf(
  dataset: Dataset,
  options: AnalyzeOptions,
): { interventions: Intervention[]; flags: string[]; month: MonthScenario | undefined } {
  const interventions: Intervention[] = [];
  const flags: string[] = [];
  const add = (from: readonly Intervention[], flag: string) => {
    interventions.push(...from);
    flags.push(...from.map(() => flag));
  };
  const month = monthOf(dataset, options);
  if (month !== undefined) add(month.interventions, `--period ${options.period ?? ''}`);
  for (const id of options.presets) {
    const preset = dataset.scenarios.find((p) => p.id === id);
    if (preset === undefined) {
      const known = dataset.scenarios.map((p) => p.id).join(', ') || 'none';
      throw new UserError(`--preset ${id}: unknown preset "${id}" (the dataset has: ${known})`);
    }
    add(preset.interventions, `--preset ${id}`);
  }
  interventions.push(...options.interventions);
  flags.push(...options.flags);
  return { interventions, flags, month };
}

/** The month --period asks for; with --period or --periods, the dataset must have a series. */
function monthOf(dataset: Dataset, options: AnalyzeOptions): MonthScenario | undefined {
  if (options.period === undefined && options.periods !== true) return undefined;
  const flag = options.period === undefined ? '--periods' : `--period ${options.period}`;
  const months = periodMonths(dataset.periods);
  if (months.length === 0) throw new UserError(`${flag}: the dataset has no monthly series`);
  if (options.period === undefined) return undefined;
  if (!months.includes(options.period)) {
    throw new UserError(
      `${flag}: the dataset's series run from ${months[0] ?? ''} to ${months.at(-1) ?? ''}`,
    );
  }
  return monthScenario(dataset.periods, options.period);
}

/** The scenario's figures; a refused intervention is named by the flag it came from. */
function analyzeFlags(
  g: SupplyGraph,
  interventions: readonly Intervention[],
  flags: readonly string[],
  options: AnalyzeOptions & Pick<RunIo, 'runDraws'>,
  rerouter: Rerouter | undefined,
): ScenarioResult {
  const { samples, seed, runDraws } = options;
  const scenario = analyzeScenario(
    g,
    { interventions },
    {
      ...(rerouter === undefined ? {} : { rerouter }),
      ...(samples > 0 ? { uncertainty: { samples, seed, runDraws } } : {}),
    },
  );
  if (scenario.ok) return scenario.result;
  const first = scenario.problems[0];
  throw new UserError(
    first === undefined
      ? (scenario.errors[0] ?? 'bad scenario')
      : `${flags[first.index] ?? ''}: ${first.message}`,
  );
}

function bestCaseOf(
  solver: LpSolver,
  g: SupplyGraph,
  interventions: readonly Intervention[],
  id: string,
): { id: string; served: number } {
  const v = g.index.get(id);
  if (v === undefined || !g.endUsers.includes(v)) {
    throw new UserError(
      `--best-case ${id}: ${v === undefined ? 'unknown node' : 'not an end user'} "${id}"`,
    );
  }
  return { id, served: bestCaseByLp(solver, g, { interventions }, id) };
}

function writeLp(file: string, io: RunIo, text: () => string): void {
  const { writeFile } = io;
  if (writeFile === undefined) throw new UserError(`--lp ${file}: cannot write files here`);
  attempt(`--lp ${file}: cannot write`, () => writeFile(file, text()));
}

/** Each node's loss if it alone were removed (or withheld `material`), worst first. */
function sweepOf(
  g: SupplyGraph,
  material: string | undefined,
  solver: LpSolver | undefined,
): SweepEntry[] {
  if (material !== undefined && !g.materials.includes(material)) {
    const known = g.materials.filter((x) => x !== '').map((x) => `"${x}"`);
    throw new UserError(
      `--sweep-material ${material}: no flow carries "${material}" (the flows carry ${known.join(', ') || 'no named material'})`,
    );
  }
  return removalSweep(g, {
    ...(material === undefined ? {} : { material }),
    ...(solver === undefined ? {} : { maximum: lpMaximum(solver) }),
  });
}

/** What the import did, for a reader who needs to know which rows the figures rest on. */
function importPart(report: ImportReport | undefined): object {
  if (report === undefined) return {};
  const { format, nodes, flows, refused, inferred, notes, unknownStages = [] } = report;
  const ignoredColumns = report.tables.flatMap((t) =>
    t.columns
      .filter((c) => c.field === null)
      .map((c) => ({ table: t.table, column: c.column, reason: c.reason })),
  );
  return {
    import: { format, nodes, flows, refused, inferred, unknownStages, ignoredColumns, notes },
  };
}

function batch(
  file: string,
  io: RunIo,
  dataset: Dataset,
  g: SupplyGraph,
  base: readonly Intervention[],
): RunResult {
  const text = attempt(`--batch: cannot read ${file}`, () =>
    new TextDecoder('utf-8').decode(io.readFile(file)),
  );
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
        lostNoSubstitutionShare,
        lostWithReroutingShare,
        ...figures
      }) => ({
        ...figures,
        // Percent is how the CSV shows a share; its column names say so.
        lostNoSubstitutionPercent: 100 * lostNoSubstitutionShare,
        lostWithReroutingPercent: 100 * lostWithReroutingShare,
        daysToShortfall: figures.daysToShortfall ?? '',
        ...Object.fromEntries(
          materials.map((m) => [`lostNoSubstitution ${m}`, byMaterial[m] ?? '']),
        ),
        ...rangeColumns('lostNoSubstitutionPercent', ranges?.lostNoSubstitutionShare),
        ...rangeColumns('lostWithReroutingPercent', ranges?.lostWithReroutingShare),
        singlePointsOfFailure: (spofs.get(figures.id) ?? []).join(' '),
        singlePointsOfFailureHit: singlePointsOfFailureHit.join(' '),
      }),
    ),
  );
}

/** A range of shares as percent columns. */
function rangeColumns(name: string, range: Range | null | undefined): Record<string, number | ''> {
  const percent = (x: number | undefined) => (x === undefined ? '' : 100 * x);
  return {
    [`${name}P5`]: percent(range?.p5),
    [`${name}P50`]: percent(range?.p50),
    [`${name}P95`]: percent(range?.p95),
  };
}
