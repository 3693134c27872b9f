// Command-line arguments of `npm run analyze`, parsed into a scenario and output options.
// Flags take their value as the next argument or after `=` (`--format csv`, `--format=csv`).
// Each flag keeps the text it was given, so an error about an intervention can name it.
import { CLI_FLAGS, KINDS, decodeCliFlag, type Intervention } from '../core/interventions/index.ts';
import { DEFAULT_HINDCAST_SAMPLES } from '../core/analysis/time/hindcast.ts';
import { applyTimeFlag, timeConflicts, TIME_VALUE_FLAGS, type TimeDraft } from './runPeriodArgs.ts';

export type OutputFormat = 'json' | 'csv';

export interface AnalyzeOptions {
  /** A dataset JSON, GEXF, GraphML or XLSX file, or CSV files (nodes, edges, sources…). */
  readonly files: readonly string[];
  readonly interventions: readonly Intervention[];
  /** The flag each intervention came from, e.g. `--remove pro9`. */
  readonly flags: readonly string[];
  /** Ids of the dataset's preset scenarios to apply first, in order. */
  readonly presets: readonly string[];
  readonly sweep: boolean;
  /** The sweep asks who controls this material: each node that puts it out withholds it. */
  readonly sweepMaterial?: string;
  readonly format: OutputFormat;
  /** Where to write the scenario's linear program (CPLEX LP text), if asked. */
  readonly lp?: string | undefined;
  /** End user whose best case (the most it could get if it came first) to add to the report. */
  readonly bestCase?: string | undefined;
  /** Draws for the ranges (0: none), and the seed that makes them reproducible. */
  readonly samples: number;
  readonly seed: number;
  /** A file of scenarios, one JSON object a line, to answer one JSON line each (runBatch.ts). */
  readonly batch?: string;
  /** A month of the dataset's period series ("2025-05") whose what-if applies first. */
  readonly period?: string | undefined;
  /** One row per month (and the baseline) instead of one report. */
  readonly periods?: boolean;
  /** A period, first and last day (YYYY-MM-DD, both counted), simulated day by day (runPeriod.ts). */
  readonly from?: string;
  readonly to?: string;
  /** The period also runs the dataset's dated events and monthly series. */
  readonly events?: boolean;
  /** The year to hindcast from the baseline with the dataset's events (runHindcast.ts). */
  readonly hindcast?: number;
  /** Each node's time to survive, shortest first (runSurvive.ts). */
  readonly sweepSurvive?: boolean;
}

export const DEFAULT_CLI_SAMPLES = 1000;
export const DEFAULT_CLI_SEED = 1;

export type ParsedArgs =
  | { ok: true; help: true }
  | { ok: true; help: false; options: AnalyzeOptions }
  | { ok: false; error: string };

const column = (left: string, right: string) => `  ${left.padEnd(30)}${right}`;

export const USAGE = [
  'Usage: npm run --silent analyze -- <dataset> [options]',
  '',
  'Prints the supply-chain report (JSON unless --format csv) for a dataset, with a scenario applied.',
  '<dataset> is a dataset .json, a .gexf, a .graphml, an .xlsx workbook, or CSV files',
  '(nodes.csv edges.csv, optionally sources.csv materials.csv dataset.csv). What an import',
  'mapped, inferred and refused goes to stderr, and into the JSON report as "import".',
  '',
  ...KINDS.map(({ cli: { usage } }) => column(usage[0], usage[1])),
  column('--preset ID', "apply one of the dataset's preset scenarios (before the flags above)"),
  column('--period YYYY-MM', "apply that month of the dataset's monthly series first: each"),
  column('', 'measured flow scaled to min(1, month / baseline month)'),
  column('--periods', "one row per month (and the baseline): each series' figure, the"),
  column('', 'losses in total and per end user (CSV with --format csv)'),
  column('--from YYYY-MM-DD', 'simulate the scenario held from this day to --to (both counted):'),
  column('', 'per end user the first and last day short, the days short and the'),
  column('', 'tonnes lost, at once and after rerouting (CSV: one row per end user)'),
  column('--to YYYY-MM-DD', 'the last day of the period --from starts'),
  column('--events', "with --from/--to: also the dataset's dated events and monthly"),
  column('', 'series, each in force on its own days'),
  column('--hindcast YEAR', "simulate YEAR from the baseline with the dataset's events, series,"),
  column('', 'ramps and stocks: per end user when it was short and what it lost,'),
  column('', 'with the first day short over --samples draws (default 20)'),
  column('--sweep-survive', 'each node removed from the baseline in turn: how long every end'),
  column('', 'user stays fully served (stocks, rerouting, recipe switches),'),
  column('', 'shortest first, up to 3 years (CSV: one row per node)'),
  column('', "(quote values with > in a shell: --block-route 'CN>US=0.2')"),
  column('--sweep', "add each node's loss if it alone were removed from the baseline,"),
  column('', 'worst first (CSV: one row per node)'),
  column('--sweep-material M', 'the sweep restricted to material M (who controls it): each node'),
  column('', 'that puts M out withholds it alone, all else it does unchanged'),
  column('--format json|csv', 'output format (default json; CSV: one row per end user)'),
  column('--samples N', "draws of every figure's range for the loss ranges (default 1000;"),
  column('', '0 for none; rerouting is drawn at most 100 times)'),
  column('--seed S', "the draws' seed (default 1): the same seed gives the same ranges"),
  column('--lp FILE', "write the scenario's rerouting linear program (largest total) to FILE"),
  column('', 'in CPLEX LP format, to check with any solver'),
  column('--best-case ID', 'add the most end user ID could get after rerouting if it came first,'),
  column('', 'every other end user keeping its no-substitution supply'),
  column('--batch FILE', 'answer every scenario in FILE, one JSON object a line such as'),
  column('', '{"id": "a", "preset": "ID", "interventions": [{"type": "block-country",'),
  column('', '"country": "CN"}]}, with one JSON line each (the flags above apply'),
  column('', 'first to every line)'),
  column('-h, --help', 'show this help'),
].join('\n');

const VALUE_FLAGS = [
  '--preset',
  ...CLI_FLAGS,
  '--format',
  '--samples',
  '--seed',
  '--lp',
  '--best-case',
  '--batch',
  '--period',
  '--sweep-material',
  ...TIME_VALUE_FLAGS,
];

/** What the arguments have said so far, before the checks that span several flags. */
interface Draft extends TimeDraft {
  readonly interventions: Intervention[];
  readonly flags: string[];
  readonly files: string[];
  readonly presets: string[];
  sweep: boolean;
  sweepMaterial?: string;
  format: OutputFormat;
  lp?: string;
  bestCase?: string;
  /** Undefined until --samples says: its default depends on what is drawn. */
  samples?: number;
  seed: number;
  batch?: string;
  period?: string;
  periods: boolean;
}

const fail = (error: string): ParsedArgs => ({ ok: false, error });

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const draft: Draft = {
    interventions: [],
    flags: [],
    files: [],
    presets: [],
    sweep: false,
    format: 'json',
    seed: DEFAULT_CLI_SEED,
    periods: false,
    events: false,
    sweepSurvive: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return { ok: true, help: true };
    if (arg === '--sweep') {
      draft.sweep = true;
      continue;
    }
    if (arg === '--periods' || arg === '--events' || arg === '--sweep-survive') {
      if (arg === '--periods') draft.periods = true;
      else if (arg === '--events') draft.events = true;
      else draft.sweepSurvive = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      draft.files.push(arg);
      continue;
    }
    const split = splitValueFlag(arg, argv[i + 1]);
    if ('error' in split) return fail(split.error);
    if (split.tookNext) i++;
    const error = applyValueFlag(draft, split.flag, split.value);
    if (error !== undefined) return fail(error);
  }
  const error = conflictingFlags(draft);
  if (error !== undefined) return fail(error);
  return { ok: true, help: false, options: toOptions(draft) };
}

/** A value flag and its value, given after `=` or as the next argument (then `tookNext`). */
function splitValueFlag(
  arg: string,
  next: string | undefined,
): { flag: string; value: string; tookNext: boolean } | { error: string } {
  const eq = arg.indexOf('=');
  const flag = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
  if (!VALUE_FLAGS.includes(flag)) return { error: `unknown option "${flag}"` };
  if (flag !== arg) return { flag, value: arg.slice(eq + 1), tookNext: false };
  if (next === undefined) return { error: `${flag} needs a value` };
  return { flag, value: next, tookNext: true };
}

/** Records one value flag in the draft; returns the error if the value will not do. */
function applyValueFlag(draft: Draft, flag: string, value: string): string | undefined {
  if (flag === '--preset') {
    if (value === '') return '--preset needs a preset id';
    draft.presets.push(value);
    return undefined;
  }
  if (flag === '--lp' || flag === '--best-case') {
    if (value === '') return `${flag} needs ${flag === '--lp' ? 'a file name' : 'an end user id'}`;
    if (flag === '--lp') draft.lp = value;
    else draft.bestCase = value;
    return undefined;
  }
  if (flag === '--samples' || flag === '--seed') {
    const x = number(value);
    if (x === null || !Number.isInteger(x) || x < 0) {
      return `${flag} must be a whole number ≥ 0, not "${value}"`;
    }
    if (flag === '--samples') draft.samples = x;
    else draft.seed = x;
    return undefined;
  }
  if (flag === '--sweep-material') {
    if (value === '') return '--sweep-material needs a material';
    draft.sweep = true;
    draft.sweepMaterial = value;
    return undefined;
  }
  if (flag === '--period') {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
      return `--period must be a month such as 2025-05, not "${value}"`;
    }
    draft.period = value;
    return undefined;
  }
  if ((TIME_VALUE_FLAGS as readonly string[]).includes(flag)) {
    return applyTimeFlag(draft, flag, value);
  }
  if (flag === '--batch') {
    if (value === '') return '--batch needs a file of scenarios';
    draft.batch = value;
    return undefined;
  }
  if (flag === '--format') {
    if (value !== 'json' && value !== 'csv') return `--format must be json or csv, not "${value}"`;
    draft.format = value;
    return undefined;
  }
  return applyInterventionFlag(draft, flag, value);
}

function applyInterventionFlag(draft: Draft, flag: string, value: string): string | undefined {
  const parsed = decodeCliFlag(flag, value);
  if (parsed === null) return `unknown option "${flag}"`;
  if (typeof parsed === 'string') return `${flag} ${value}: ${parsed}`;
  draft.interventions.push(parsed);
  draft.flags.push(`${flag} ${value}`);
  return undefined;
}

/** The error for a missing dataset or flags that cannot go together, if any. */
function conflictingFlags(draft: Draft) {
  const { files, batch, sweep, format, periods, period } = draft;
  if (files.length === 0) return 'no dataset file given (try --help)';
  const time = timeConflicts(draft, draft);
  if (time !== undefined) return time;
  if (batch !== undefined && (sweep || format !== 'json')) {
    return `--batch writes JSON lines; it cannot be used with ${sweep ? '--sweep' : '--format csv'}`;
  }
  if (periods && (period !== undefined || sweep || batch !== undefined)) {
    const other = period !== undefined ? '--period' : sweep ? '--sweep' : '--batch';
    return `--periods prints every month; it cannot be used with ${other}`;
  }
  return undefined;
}

function toOptions(draft: Draft): AnalyzeOptions {
  const { files, period, periods, interventions, flags, presets, sweep, sweepMaterial } = draft;
  const { format, seed, lp, bestCase, batch, from, to, events, hindcast, sweepSurvive } = draft;
  const samples =
    draft.samples ?? (hindcast === undefined ? DEFAULT_CLI_SAMPLES : DEFAULT_HINDCAST_SAMPLES);
  const options = {
    files,
    ...(from === undefined || to === undefined ? {} : { from, to }),
    ...(events ? { events } : {}),
    ...(hindcast === undefined ? {} : { hindcast }),
    ...(sweepSurvive ? { sweepSurvive } : {}),
    ...(period === undefined ? {} : { period }),
    ...(periods ? { periods } : {}),
    interventions,
    flags,
    presets,
    sweep,
    ...(sweepMaterial === undefined ? {} : { sweepMaterial }),
    format,
    samples,
    seed,
    ...(lp === undefined ? {} : { lp }),
    ...(bestCase === undefined ? {} : { bestCase }),
  };
  return batch === undefined ? options : { ...options, batch };
}

function number(text: string): number | null {
  if (text.trim() === '') return null;
  const x = Number(text);
  return Number.isFinite(x) ? x : null;
}
