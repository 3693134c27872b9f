// Command-line arguments of `npm run analyze`, parsed into a scenario and output options.
// Flags take their value as the next argument or after `=` (`--format csv`, `--format=csv`).
// Each flag keeps the text it was given, so an error about an intervention can name it.
import type { Intervention } from '../core/scenario.ts';

export type OutputFormat = 'json' | 'csv';

export interface AnalyzeOptions {
  readonly file: string;
  readonly interventions: readonly Intervention[];
  /** The flag each intervention came from, e.g. `--remove pro9`. */
  readonly flags: readonly string[];
  /** Ids of the dataset's preset scenarios to apply first, in order. */
  readonly presets: readonly string[];
  readonly sweep: boolean;
  readonly format: OutputFormat;
  /** Where to write the scenario's linear program (CPLEX LP text), if asked. */
  readonly lp?: string | undefined;
  /** End user whose best case (the most it could get if it came first) to add to the report. */
  readonly bestCase?: string | undefined;
}

export type ParsedArgs =
  | { ok: true; help: true }
  | { ok: true; help: false; options: AnalyzeOptions }
  | { ok: false; error: string };

export const USAGE = `Usage: npm run --silent analyze -- <dataset.json> [options]

Prints the supply-chain report (JSON unless --format csv) for a dataset, with a scenario applied.

  --remove ID             take node ID out (repeatable)
  --factor ID=F           scale node ID's capacity by F (0.3 = a 70% cut)
  --block-country CC      take every node in country CC out
  --block-route CC>CC[=F] stop flows from one country to another (or cut them to F of baseline)
  --block-edge ID>ID      stop the flows from one node to another
  --preset ID             apply one of the dataset's preset scenarios (before the flags above)
                          (quote values with > in a shell: --block-route 'CN>US=0.2')
  --sweep                 add each node's loss if it alone were removed from the baseline,
                          worst first (CSV: one row per node)
  --format json|csv       output format (default json; CSV: one row per end user)
  --lp FILE               write the scenario's rerouting linear program (largest total) to FILE
                          in CPLEX LP format, to check with any solver
  --best-case ID          add the most end user ID could get after rerouting if it came first,
                          every other end user keeping its no-substitution supply
  -h, --help              show this help`;

const COUNTRY = /^[A-Z]{2}$/;
const VALUE_FLAGS = [
  '--preset',
  '--remove',
  '--factor',
  '--block-country',
  '--block-route',
  '--block-edge',
  '--format',
  '--lp',
  '--best-case',
];

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const interventions: Intervention[] = [];
  const flags: string[] = [];
  const files: string[] = [];
  const presets: string[] = [];
  let sweep = false;
  let format: OutputFormat = 'json';
  let lp: string | undefined;
  let bestCase: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return { ok: true, help: true };
    if (arg === '--sweep') {
      sweep = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    if (!VALUE_FLAGS.includes(flag)) return { ok: false, error: `unknown option "${flag}"` };
    let value: string;
    if (flag !== arg) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined) return { ok: false, error: `${flag} needs a value` };
      value = next;
      i++;
    }
    if (flag === '--preset') {
      if (value === '') return { ok: false, error: '--preset needs a preset id' };
      presets.push(value);
      continue;
    }
    if (flag === '--lp' || flag === '--best-case') {
      if (value === '') {
        return {
          ok: false,
          error: `${flag} needs ${flag === '--lp' ? 'a file name' : 'an end user id'}`,
        };
      }
      if (flag === '--lp') lp = value;
      else bestCase = value;
      continue;
    }
    if (flag === '--format') {
      if (value !== 'json' && value !== 'csv') {
        return { ok: false, error: `--format must be json or csv, not "${value}"` };
      }
      format = value;
      continue;
    }
    const parsed = intervention(flag, value);
    if (typeof parsed === 'string') return { ok: false, error: `${flag} ${value}: ${parsed}` };
    interventions.push(parsed);
    flags.push(`${flag} ${value}`);
  }
  if (files.length === 0) return { ok: false, error: 'no dataset file given (try --help)' };
  if (files.length > 1) {
    return {
      ok: false,
      error: `one dataset file at a time, got ${files.length}: ${files.join(', ')}`,
    };
  }
  return {
    ok: true,
    help: false,
    options: {
      file: files[0] as string,
      interventions,
      flags,
      presets,
      sweep,
      format,
      lp,
      bestCase,
    },
  };
}

/** The intervention a flag asks for, or what is wrong with its value. */
function intervention(flag: string, value: string): Intervention | string {
  switch (flag) {
    case '--remove':
      return value === '' ? 'needs a node id' : { type: 'remove-node', node: value };
    case '--factor': {
      const at = value.lastIndexOf('=');
      const factor = number(value.slice(at + 1));
      if (at <= 0 || factor === null || factor < 0) return 'expected ID=F with F a number ≥ 0';
      return { type: 'scale-capacity', node: value.slice(0, at), factor };
    }
    case '--block-country':
      return COUNTRY.test(value)
        ? { type: 'block-country', country: value }
        : 'expected a two-letter country code such as CN';
    case '--block-route': {
      const match = /^([A-Z]{2})>([A-Z]{2})(?:=(.+))?$/.exec(value);
      if (match === null) return 'expected CC>CC or CC>CC=F, such as CN>US=0.2';
      const [, from, to, f] = match as unknown as [string, string, string, string | undefined];
      if (f === undefined) return { type: 'block-route', from, to };
      const factor = number(f);
      if (factor === null || factor < 0 || factor > 1) return 'the factor must be between 0 and 1';
      return { type: 'block-route', from, to, factor };
    }
    case '--block-edge': {
      const at = value.indexOf('>');
      if (at <= 0 || at === value.length - 1) return 'expected SOURCE>TARGET node ids';
      return { type: 'block-edge', source: value.slice(0, at), target: value.slice(at + 1) };
    }
  }
  return 'not an intervention';
}

function number(text: string): number | null {
  if (text.trim() === '') return null;
  const x = Number(text);
  return Number.isFinite(x) ? x : null;
}
