// The second solver of the rerouting programs: GLPK (the glpk.js package, WebAssembly, a
// development dependency), for the cross-check in glpkCrossCheck.test.ts.
//
// What GLPK is given is the CPLEX LP text HiGHS was given, read here by a reader of its own
// (readLp), not the structured Program the text was written from: that way the check covers the
// engine's text writer (lpText) and HiGHS's reading of it, not only HiGHS's simplex. glpk.js
// offers no LP reader (its build exports glp_write_lp but not glp_read_lp), so readLp turns the
// text into GLPK's JSON model; GLPK's own writer checks the reader (a model read, written by
// GLPK and read again is the same model). glpkRecorder.ts keeps the programs the engine solves;
// glpkCheck.ts compares the optima.
import GLPK, { type LP } from 'glpk.js/node';

export type Glpk = Awaited<ReturnType<typeof GLPK>>;

let glpk: Promise<Glpk> | undefined;
export function loadGlpk(): Promise<Glpk> {
  return (glpk ??= GLPK());
}

/** A row: its coefficients by variable name, lower and upper bound (±Infinity when none). */
export interface LinearRow {
  readonly coefs: Map<string, number>;
  lower: number;
  upper: number;
}

/** A linear program as read from CPLEX LP text. */
export interface LinearProgram {
  sense: 'max' | 'min';
  readonly objective: Map<string, number>;
  /** Rows by name, in the order read. */
  readonly rows: Map<string, LinearRow>;
  /** Every variable, in the order met, with its bounds (default 0 and +Infinity). */
  readonly cols: Map<string, { lower: number; upper: number }>;
}

type Token =
  { kind: 'num'; value: number } | { kind: 'name'; value: string } | { kind: 'op'; value: string };

const TOKEN =
  /\s*(?:([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+\.)|([A-Za-z_][A-Za-z0-9_.]*)|(<=|>=|=<|=>|[<>=+\-:]))/y;

function tokens(text: string, where: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (m === null) throw new Error(`${where}: cannot read "${text.slice(at, at + 30)}"`);
    if (m[1] !== undefined) out.push({ kind: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ kind: 'name', value: m[2] });
    else out.push({ kind: 'op', value: (m[3] as string).replace('=<', '<=').replace('=>', '>=') });
  }
  return out;
}

const INF = /^(inf|infinity)$/i;

/** A linear expression's terms (duplicates added up), from tokens[from, to). */
function expression(ts: readonly Token[], where: string): Map<string, number> {
  const coefs = new Map<string, number>();
  let sign = 1;
  let coef: number | null = null;
  for (const t of ts) {
    if (t.kind === 'op' && (t.value === '+' || t.value === '-')) {
      if (coef !== null) throw new Error(`${where}: a number with no variable`);
      if (t.value === '-') sign = -sign;
    } else if (t.kind === 'num') {
      if (coef !== null) throw new Error(`${where}: two numbers in a row`);
      coef = t.value;
    } else if (t.kind === 'name') {
      coefs.set(t.value, (coefs.get(t.value) ?? 0) + sign * (coef ?? 1));
      sign = 1;
      coef = null;
    } else throw new Error(`${where}: unexpected "${t.value}"`);
  }
  if (coef !== null) throw new Error(`${where}: a number with no variable`);
  return coefs;
}

/** A signed number (or ±inf) at the start of `ts`; returns it and how many tokens it took. */
function signedNumber(ts: readonly Token[], at: number): [number, number] | null {
  let sign = 1;
  let k = at;
  while (ts[k]?.kind === 'op' && (ts[k]?.value === '+' || ts[k]?.value === '-')) {
    if (ts[k]?.value === '-') sign = -sign;
    k++;
  }
  const t = ts[k];
  if (t?.kind === 'num') return [sign * t.value, k + 1 - at];
  if (t?.kind === 'name' && INF.test(t.value)) return [sign * Infinity, k + 1 - at];
  return null;
}

type Section = 'objective' | 'constraints' | 'bounds' | 'end' | null;

function sectionOf(line: string): Section | undefined {
  const l = line.trim().toLowerCase();
  if (/^(maximi[sz]e|maximum|max)$/.test(l)) return 'objective';
  if (/^(minimi[sz]e|minimum|min)$/.test(l)) return 'objective';
  if (/^(subject to|such that|st|s\.t\.)$/.test(l)) return 'constraints';
  if (/^bounds?$/.test(l)) return 'bounds';
  if (l === 'end') return 'end';
  if (/^(generals?|integers?|binary|binaries)$/.test(l)) {
    throw new Error(`"${line.trim()}": the rerouting programs have no integer variables`);
  }
  return undefined;
}

/** Reads the CPLEX LP text the engine (or GLPK) writes into a LinearProgram. */
export function readLp(text: string): LinearProgram {
  const lp: LinearProgram = {
    sense: 'max',
    objective: new Map(),
    rows: new Map(),
    cols: new Map(),
  };
  const col = (name: string) => {
    if (!lp.cols.has(name)) lp.cols.set(name, { lower: 0, upper: Infinity });
    return lp.cols.get(name) as { lower: number; upper: number };
  };
  let section: Section = null;
  let pending: string[] = [];
  const body = text.replace(/\\\*[\s\S]*?\*\\/g, ' ');
  const statements: { section: Section; text: string; line: number }[] = [];
  body.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\\.*$/, '');
    if (line.trim() === '') return;
    const s = sectionOf(line);
    if (s !== undefined) {
      if (pending.length > 0) statements.push({ section, text: pending.join(' '), line: n });
      pending = [];
      section = s;
      if (s === 'objective') lp.sense = /^\s*max/i.test(line) ? 'max' : 'min';
      return;
    }
    if (section === 'objective') pending.push(line);
    else if (section === 'constraints') {
      pending.push(line);
      if (/(<=|>=|=<|=>|[<>=])\s*[+-]?\s*([0-9.]|inf)/i.test(line)) {
        statements.push({ section, text: pending.join(' '), line: n + 1 });
        pending = [];
      }
    } else if (section === 'bounds') statements.push({ section, text: line, line: n + 1 });
    else if (section === null) throw new Error(`line ${n + 1}: text before the objective`);
  });
  if (pending.length > 0) statements.push({ section, text: pending.join(' '), line: 0 });
  for (const st of statements) {
    const where = `line ${st.line}`;
    let ts = tokens(st.text, where);
    let name: string | null = null;
    if (ts[0]?.kind === 'name' && ts[1]?.kind === 'op' && ts[1].value === ':') {
      name = ts[0].value;
      ts = ts.slice(2);
    }
    if (st.section === 'objective') {
      for (const [v, c] of expression(ts, where)) {
        col(v);
        lp.objective.set(v, (lp.objective.get(v) ?? 0) + c);
      }
    } else if (st.section === 'constraints')
      readRow(lp, ts, name ?? `R${lp.rows.size + 1}`, where, col);
    else if (st.section === 'bounds') readBound(ts, where, col);
  }
  return lp;
}

function readRow(
  lp: LinearProgram,
  ts: Token[],
  name: string,
  where: string,
  col: (name: string) => unknown,
): void {
  const op = ts.findIndex((t) => t.kind === 'op' && ['<=', '>=', '=', '<', '>'].includes(t.value));
  if (op < 0) throw new Error(`${where}: row ${name} has no <=, >= or =`);
  const rhs = signedNumber(ts, op + 1);
  if (rhs === null || op + 1 + rhs[1] !== ts.length) {
    throw new Error(`${where}: row ${name}'s right-hand side is not a number`);
  }
  const coefs = expression(ts.slice(0, op), where);
  for (const v of coefs.keys()) col(v);
  const sense = String((ts[op] as Token).value);
  const b = rhs[0];
  if (lp.rows.has(name)) throw new Error(`${where}: row ${name} twice`);
  lp.rows.set(name, {
    coefs,
    lower: sense.startsWith('<') ? -Infinity : b,
    upper: sense.startsWith('>') ? Infinity : b,
  });
}

function readBound(
  ts: Token[],
  where: string,
  col: (name: string) => { lower: number; upper: number },
): void {
  const first = signedNumber(ts, 0);
  if (first !== null) {
    // l <= x [<= u]
    const op = ts[first[1]];
    const v = ts[first[1] + 1];
    if (op?.kind !== 'op' || v?.kind !== 'name') throw new Error(`${where}: cannot read bound`);
    const c = col(v.value);
    setBound(c, op.value, first[0], true, where);
    const rest = ts.slice(first[1] + 2);
    if (rest.length === 0) return;
    const up = signedNumber(rest, 1);
    if (rest[0]?.kind !== 'op' || up === null) throw new Error(`${where}: cannot read bound`);
    setBound(c, rest[0].value, up[0], false, where);
    return;
  }
  const v = ts[0];
  if (v?.kind !== 'name') throw new Error(`${where}: cannot read bound`);
  const c = col(v.value);
  if (ts[1]?.kind === 'name' && ts[1].value.toLowerCase() === 'free' && ts.length === 2) {
    c.lower = -Infinity;
    c.upper = Infinity;
    return;
  }
  const op = ts[1];
  const num = signedNumber(ts, 2);
  if (op?.kind !== 'op' || num === null) throw new Error(`${where}: cannot read bound`);
  setBound(c, op.value, num[0], false, where);
}

/** A bound `value op x` (numberFirst) or `x op value`. */
function setBound(
  c: { lower: number; upper: number },
  op: string,
  value: number,
  numberFirst: boolean,
  where: string,
): void {
  const isUpper = numberFirst ? op.startsWith('>') : op.startsWith('<');
  if (op === '=') {
    c.lower = value;
    c.upper = value;
  } else if (isUpper) c.upper = value;
  else if (op.startsWith('<') || op.startsWith('>')) c.lower = value;
  else throw new Error(`${where}: unknown bound "${op}"`);
}

/** A deep copy (rows and bounds are changed in place by the mirror). */
export function copyProgram(lp: LinearProgram): LinearProgram {
  return {
    sense: lp.sense,
    objective: new Map(lp.objective),
    rows: new Map([...lp.rows].map(([n, r]) => [n, { ...r, coefs: new Map(r.coefs) }])),
    cols: new Map([...lp.cols].map(([n, c]) => [n, { ...c }])),
  };
}

/** A row's or column's bounds as GLPK's type and bounds. */
function glpkBounds(g: Glpk, lower: number, upper: number) {
  const lo = Number.isFinite(lower);
  const up = Number.isFinite(upper);
  if (lo && up) return { type: lower === upper ? g.GLP_FX : g.GLP_DB, lb: lower, ub: upper };
  if (lo) return { type: g.GLP_LO, lb: lower, ub: 0 };
  if (up) return { type: g.GLP_UP, lb: 0, ub: upper };
  return { type: g.GLP_FR, lb: 0, ub: 0 };
}

/** GLPK's JSON model of a program: every column in the objective (0 where it has no cost). */
export function toGlpk(g: Glpk, lp: LinearProgram, name = 'rerouting'): LP {
  const vars = (coefs: Map<string, number>) =>
    [...coefs].filter(([, c]) => c !== 0).map(([n, c]) => ({ name: n, coef: c }));
  return {
    name,
    objective: {
      direction: lp.sense === 'max' ? g.GLP_MAX : g.GLP_MIN,
      name: 'obj',
      vars: [...lp.cols.keys()].map((n) => ({ name: n, coef: lp.objective.get(n) ?? 0 })),
    },
    subjectTo: [...lp.rows].map(([n, r]) => ({
      name: n,
      vars: vars(r.coefs),
      bnds: glpkBounds(g, r.lower, r.upper),
    })),
    bounds: [...lp.cols].map(([n, c]) => ({ name: n, ...glpkBounds(g, c.lower, c.upper) })),
  };
}

export interface GlpkAnswer {
  readonly status: number;
  readonly optimal: boolean;
  readonly objective: number;
  readonly vars: Readonly<Record<string, number>>;
  /** Each row's dual value, by name. */
  readonly duals: Readonly<Record<string, number>>;
}

/**
 * GLPK's optimum of a program: its primal simplex with its presolver off. The presolver's answer
 * may break a row by a millionth of its size: on a fair-share round whose level is a few
 * ten-thousandths (mp-stops-china-shipments, round 2) that lifted the level threefold, 7.8e-4
 * against HiGHS's 2.47e-4 (GLPK's exact simplex: 2.472e-4). Without it GLPK keeps every row.
 */
export function solveGlpk(g: Glpk, lp: LinearProgram): GlpkAnswer {
  const r = g.solve(toGlpk(g, lp), { msglev: g.GLP_MSG_OFF, presol: false });
  return {
    status: r.result.status,
    optimal: r.result.status === g.GLP_OPT,
    objective: r.result.z,
    vars: r.result.vars,
    duals: r.result.dual ?? {},
  };
}

/** The program with every row's bounds loosened by `s` of their size (at least 1). */
export function loosened(lp: LinearProgram, s: number): LinearProgram {
  const out = copyProgram(lp);
  for (const row of out.rows.values()) {
    row.lower -= s * Math.max(1, Math.abs(row.lower));
    row.upper += s * Math.max(1, Math.abs(row.upper));
  }
  return out;
}

/**
 * The least share s by which every row's bounds must be loosened (as `loosened` does) for the
 * program to have a feasible point, by GLPK: 0 for a feasible program.
 */
export function infeasibility(g: Glpk, lp: LinearProgram): number {
  const q: LinearProgram = {
    sense: 'min',
    objective: new Map([[SLACK, 1]]),
    rows: new Map(),
    cols: new Map([...copyProgram(lp).cols, [SLACK, { lower: 0, upper: Infinity }]]),
  };
  for (const [name, row] of lp.rows) {
    if (Number.isFinite(row.lower)) {
      const coefs = new Map([...row.coefs, [SLACK, Math.max(1, Math.abs(row.lower))]]);
      q.rows.set(`${name}_lower`, { coefs, lower: row.lower, upper: Infinity });
    }
    if (Number.isFinite(row.upper)) {
      const coefs = new Map([...row.coefs, [SLACK, -Math.max(1, Math.abs(row.upper))]]);
      q.rows.set(`${name}_upper`, { coefs, lower: -Infinity, upper: row.upper });
    }
  }
  const r = solveGlpk(g, q);
  if (!r.optimal) throw new Error(`GLPK's status ${r.status} on the loosening program`);
  return Math.max(0, r.objective);
}
const SLACK = 'loosening_share';

/** Within `tolerance` relative (absolute below 1). */
export const agrees = (a: number, b: number, tolerance = 1e-6): boolean =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
