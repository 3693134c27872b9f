// The constraints shared by every rerouting linear program, exactly as the oracle README defines
// them (tests/fixtures/oracle/README.md, "Rerouting: two linear programs"), and their CPLEX LP text.
//
// Variables: one per edge (its flow, >= 0) and one per converter (its activity, 1 = baseline).
// - Converter v, activity x: each input material m needs B_m(v)·x <= inflow of m; each output
//   material obeys outflow of m <= (baseline outflow of m)·x; x <= c(v)·capacity / (baseline
//   outflow), or x <= c(v) when the capacity is unknown (or the converter ships nothing).
//   A converter end user is served x·(sum of its B_m).
// - Pass-through node, each material: outflow of m <= inflow of m; total outflow at most
//   c(v)·capacity (unknown: c(v)·baseline outflow: an unknown capacity is never spare).
// - Pass-through end user, each material: inflow of m <= c(u)·B_m(u); served = sum of inflows.
//   An end user that also ships (scrap) passes each material on as a pass-through node does.
// - Edges: no limit of their own, except flow <= k(e)·baseline flow where an intervention cuts.
// - Keep what you have: served(u) >= its no-substitution amount.
// For end users c(u) is taken as at most 1: a capacity raise does not raise demand, so nobody is
// served beyond baseline.
//
// The no-substitution amounts come in rounded (the oracle prints 6 decimals), so each "keep" row
// gives way by KEEP_SLACK tonnes plus a hair of relative slack; without it a program whose only
// feasible point is the no-substitution state itself could be declared infeasible by rounding.
import type { LpNetwork, LpNode, LpScenario } from './types.ts';

export const KEEP_SLACK = 1e-6;

/** A linear expression: variable numbers and their coefficients. */
export interface Terms {
  readonly vars: number[];
  readonly coefs: number[];
}

export interface Row {
  readonly name: string;
  readonly terms: Terms;
  readonly sense: '<=' | '>=';
  readonly rhs: number;
}

export interface Program {
  /** Variable names: edges first (in input order), then converters. */
  readonly names: readonly string[];
  /** Upper bound of each variable (lower bounds are all 0). */
  readonly upper: Float64Array;
  readonly rows: readonly Row[];
  /** Per node, the variable number of its activity (-1 unless a converter). */
  readonly activity: Int32Array;
  /** End users, by node position, in input order. */
  readonly endUsers: readonly number[];
  /** served(u) for each end user (same order as endUsers). */
  readonly served: readonly Terms[];
  /** Row number of each end user's "keeps" row (-1 when it has none). */
  readonly keepRow: Int32Array;
  /** Baseline served amount and no-substitution amount of each end user. */
  readonly baseline: Float64Array;
  readonly noSubstitution: Float64Array;
  /** The most each end user can be served at all: min(1, c(u))·baseline, or its activity's bound. */
  readonly target: Float64Array;
}

const sanitise = (s: string): string => s.replace(/[^A-Za-z0-9_]/g, '_');

type Namer = (prefix: string, ...parts: string[]) => string;

/** Unique LP-format names: letters, digits and `_` only, prefixed so none starts with a digit. */
function namer(): Namer {
  const used = new Set<string>();
  return (prefix: string, ...parts: string[]): string => {
    const base = [prefix, ...parts.filter((p) => p !== '').map(sanitise)].join('_');
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base}_${k}`;
    used.add(name);
    return name;
  };
}

/** The variables so far: their LP names (unique through `name`) and upper bounds. */
interface Variables {
  readonly names: string[];
  readonly upper: number[];
  readonly name: Namer;
}

/** One node's baseline: its edges (by number) and its flow, per material, in and out. */
interface NodeFlows {
  readonly inBy: Map<string, number[]>;
  readonly outBy: Map<string, number[]>;
  readonly inBase: Map<string, number>;
  readonly outBase: Map<string, number>;
}

/** What the program says of each end user, in input order. */
interface EndUserColumns {
  readonly endUsers: number[];
  readonly served: Terms[];
  readonly baseline: number[];
  readonly noSubstitution: number[];
  readonly keepRow: number[];
  readonly target: number[];
}

/** Builds the constraints every rerouting program shares (no objective). */
export function buildProgram(network: LpNetwork, scenario: LpScenario): Program {
  const { nodes, edges } = network;
  const vars: Variables = { names: [], upper: [], name: namer() };
  const flows = edgeVariables(network, scenario, vars);
  const activity = activityVariables(nodes, scenario, flows, vars);
  const rowName = namer();
  const rows: Row[] = [];
  const ends: EndUserColumns = {
    endUsers: [],
    served: [],
    baseline: [],
    noSubstitution: [],
    keepRow: [],
    target: [],
  };
  nodes.forEach((node, v) => {
    const c = Math.max(0, scenario.nodeFactor[v] as number);
    const f = flows[v] as NodeFlows;
    const x = activity[v] as number;
    if (node.converter) rows.push(...converterRows(node.id, f, x, rowName));
    else rows.push(...passThroughRows(node, c, f, rowName));
    if (!node.endUser) return;
    const ns = Math.max(0, Number(scenario.noSubstitution[v]));
    const b = total(f.inBase);
    const s: Terms = node.converter ? { vars: [x], coefs: [b] } : sum([...f.inBy.values()].flat());
    const keeps = s.vars.length > 0 && ns > 0;
    ends.endUsers.push(v);
    ends.served.push(s);
    ends.baseline.push(b);
    ends.noSubstitution.push(ns);
    ends.keepRow.push(keeps ? rows.length : -1);
    ends.target.push(
      s.vars.length === 0 ? 0 : node.converter ? (vars.upper[x] as number) * b : Math.min(1, c) * b,
    );
    if (keeps)
      rows.push({ name: rowName('keeps', node.id), terms: s, sense: '>=', rhs: keepFloor(ns) });
  });

  const { names, upper } = vars;
  if (names.length !== edges.length + activity.filter((a) => a >= 0).length) {
    throw new Error('buildProgram');
  }
  return {
    names,
    upper: Float64Array.from(upper),
    rows,
    activity,
    endUsers: ends.endUsers,
    served: ends.served,
    keepRow: Int32Array.from(ends.keepRow),
    baseline: Float64Array.from(ends.baseline),
    noSubstitution: Float64Array.from(ends.noSubstitution),
    target: Float64Array.from(ends.target),
  };
}

/** One flow variable per edge, bounded by k(e)·baseline flow where an intervention cuts it. */
function edgeVariables(network: LpNetwork, scenario: LpScenario, vars: Variables): NodeFlows[] {
  const { nodes, edges } = network;
  // Baseline quantities: B_m(v) and baseline outflow per material.
  const flows: NodeFlows[] = nodes.map(() => ({
    inBy: new Map(),
    outBy: new Map(),
    inBase: new Map(),
    outBase: new Map(),
  }));
  edges.forEach((edge, e) => {
    const { source, target, material, flow } = edge;
    const s = nodes[source];
    const t = nodes[target];
    if (s === undefined || t === undefined) {
      throw new Error(
        `edges[${e}]: node position ${s === undefined ? source : target} is out of range`,
      );
    }
    if (!(flow >= 0) || !Number.isFinite(flow)) {
      throw new Error(`edges[${e}] (${s.id} > ${t.id}): flow ${flow} is not a non-negative number`);
    }
    const from = flows[source] as NodeFlows;
    const to = flows[target] as NodeFlows;
    push(from.outBy, material, e);
    push(to.inBy, material, e);
    add(from.outBase, material, flow);
    add(to.inBase, material, flow);
    const k = Math.max(0, scenario.edgeFactor[e] as number);
    vars.names.push(vars.name('f', s.id, t.id, material));
    vars.upper.push(k >= 1 ? Infinity : k * flow);
  });
  return flows;
}

/** One activity variable per converter; returns each node's variable number (-1 if none). */
function activityVariables(
  nodes: LpNetwork['nodes'],
  scenario: LpScenario,
  flows: readonly NodeFlows[],
  vars: Variables,
): Int32Array {
  const activity = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((node, v) => {
    if (!node.converter) return;
    activity[v] = vars.names.length;
    const c = Math.max(0, scenario.nodeFactor[v] as number);
    const out = total((flows[v] as NodeFlows).outBase);
    const cap = node.endUser ? Math.min(1, c) : c;
    vars.names.push(vars.name('x', node.id));
    vars.upper.push(node.capacity !== null && out > 0 ? (cap * node.capacity) / out : cap);
  });
  return activity;
}

/** A converter's rows: what each input material needs, and what each output makes at most. */
function converterRows(id: string, f: NodeFlows, x: number, rowName: Namer): Row[] {
  const rows: Row[] = [];
  for (const [mat, b] of f.inBase) {
    if (!(b > 0)) continue;
    const t = sum(f.inBy.get(mat), -1);
    rows.push({
      name: rowName('needs', id, mat),
      terms: { vars: [x, ...t.vars], coefs: [b, ...t.coefs] },
      sense: '<=',
      rhs: 0,
    });
  }
  for (const [mat, list] of f.outBy) {
    const t = sum(list);
    rows.push({
      name: rowName('makes', id, mat),
      terms: { vars: [...t.vars, x], coefs: [...t.coefs, -(f.outBase.get(mat) ?? 0)] },
      sense: '<=',
      rhs: 0,
    });
  }
  return rows;
}

/**
 * A pass-through node's rows: each material out at most what comes in; then, for an end user,
 * each material in at most c(u)·B_m(u), else the total out at most its capacity.
 */
function passThroughRows(node: LpNode, c: number, f: NodeFlows, rowName: Namer): Row[] {
  const rows: Row[] = [];
  const { inBy: ins, outBy: outs } = f;
  for (const [mat, list] of outs) {
    rows.push({
      name: rowName('passes', node.id, mat),
      terms: join(sum(list), sum(ins.get(mat), -1)),
      sense: '<=',
      rhs: 0,
    });
  }
  if (node.endUser) {
    for (const [mat, list] of ins) {
      rows.push({
        name: rowName('uses', node.id, mat),
        terms: sum(list),
        sense: '<=',
        rhs: Math.min(1, c) * (f.inBase.get(mat) ?? 0),
      });
    }
  } else if (outs.size > 0) {
    rows.push({
      name: rowName('capacity', node.id),
      terms: sum([...outs.values()].flat()),
      sense: '<=',
      rhs: c * (node.capacity ?? total(f.outBase)),
    });
  }
  return rows;
}

function push(map: Map<string, number[]>, key: string, e: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [e]);
  else list.push(e);
}

function add(map: Map<string, number>, key: string, x: number): void {
  map.set(key, (map.get(key) ?? 0) + x);
}

/** The sum of a map's values, in insertion order. */
function total(map: Map<string, number>): number {
  let t = 0;
  for (const x of map.values()) t += x;
  return t;
}

/** The variables in `list`, each with coefficient `sign`. */
function sum(list: readonly number[] | undefined, sign = 1): Terms {
  return {
    vars: list === undefined ? [] : [...list],
    coefs: list === undefined ? [] : list.map(() => sign),
  };
}

function join(a: Terms, b: Terms): Terms {
  return { vars: [...a.vars, ...b.vars], coefs: [...a.coefs, ...b.coefs] };
}

/** The least an end user must keep: its no-substitution amount, less rounding slack. */
export function keepFloor(ns: number): number {
  return Math.max(0, ns * (1 - 1e-9) - KEEP_SLACK);
}

const num = (x: number): string => {
  if (!Number.isFinite(x)) throw new Error(`not a finite coefficient: ${x}`);
  return String(x);
};

function termsText(terms: Terms, names: readonly string[]): string {
  const parts: string[] = [];
  terms.vars.forEach((v, i) => {
    const c = terms.coefs[i] as number;
    if (c === 0) return;
    const sign = c < 0 ? '-' : '+';
    const mag = Math.abs(c);
    const term = `${mag === 1 ? '' : `${num(mag)} `}${names[v] as string}`;
    parts.push(parts.length === 0 && sign === '+' ? term : `${sign} ${term}`);
  });
  if (parts.length === 0) return '0 dummy_zero';
  // Keep lines short: LP readers are happiest under 255 characters a line.
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 6) lines.push(parts.slice(i, i + 6).join(' '));
  return lines.join('\n    ');
}

/** Extra rows and variables a particular program adds to the shared constraints. */
export interface Extension {
  readonly title: readonly string[];
  readonly objective: Terms;
  readonly sense: 'Maximize' | 'Minimize';
  /** Extra variables, numbered after the program's own, with their upper bounds. */
  readonly extraNames?: readonly string[];
  readonly extraUpper?: readonly number[];
  /** Their lower bounds (0 when not given). */
  readonly extraLower?: readonly number[];
  readonly rows?: readonly Row[];
  /** Rows of the program to leave out, by number. */
  readonly skipRows?: readonly number[];
}

const formatRow = (row: Row, names: readonly string[]): string =>
  ` ${row.name}: ${termsText(row.terms, names)} ${row.sense} ${num(row.rhs)}`;

// The program's own rows are the same text in every round of the fair share: render them once.
const rendered = new WeakMap<Program, string[]>();
function rowText(program: Program, i: number, names: readonly string[]): string {
  let texts = rendered.get(program);
  if (texts === undefined) {
    texts = [];
    rendered.set(program, texts);
  }
  return (texts[i] ??= formatRow(program.rows[i] as Row, names));
}

/** The whole program as CPLEX LP text. */
export function lpText(program: Program, ext: Extension): string {
  const names = [...program.names, ...(ext.extraNames ?? [])];
  const upper = [...program.upper, ...(ext.extraUpper ?? [])];
  const out: string[] = ext.title.map((line) => `\\ ${line}`);
  out.push(ext.sense, ` obj: ${termsText(ext.objective, names)}`, 'Subject To');
  const skip = new Set(ext.skipRows ?? []);
  for (let i = 0; i < program.rows.length; i++) {
    if (!skip.has(i)) out.push(rowText(program, i, names));
  }
  for (const row of ext.rows ?? []) out.push(formatRow(row, names));
  out.push('Bounds');
  const lower = (i: number) => ext.extraLower?.[i - program.names.length] ?? 0;
  names.forEach((nm, i) => {
    const u = upper[i] as number;
    const l = i < program.names.length ? 0 : lower(i);
    if (u !== Infinity || l !== 0) {
      out.push(` ${num(l)} <= ${nm}${u === Infinity ? '' : ` <= ${num(u)}`}`);
    }
  });
  if (out.some((line) => line.includes('dummy_zero'))) out.push(' dummy_zero = 0');
  out.push('End', '');
  return out.join('\n');
}
