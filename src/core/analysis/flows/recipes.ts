// Model v4's alternative recipes, expanded into the network the engine already understands
// (src/core/README.md, "Recipes").
//
// A converter v with recipes becomes three kinds of node, before any graph or program is built:
// - its input pool, "<v>␁inputs": a pass-through node that receives v's in-edges (and v's stocks
//   of its input materials), with a capacity no recipe mix can reach (never binding);
// - one converter per recipe r, "<v>␁<r.id>": fed by the pool with each input material in the
//   recipe's proportions (baseline flow = share × v's baseline output of r.output × tonnes per
//   tonne), putting out r.output to v; its capacity is the most it may make: share × v's baseline
//   output of the material, or maxShare × that output once `leadDays` have passed since the shock
//   began (elapsedDays >= leadDays), both times v's headroom (its known capacity over its
//   baseline output; 1 when unknown);
// - v itself, the output pool: a pass-through node keeping v's id, out-edges and capacity (an
//   unknown capacity is never spare, so v never puts out more than at baseline).
// So, with no substitution, each recipe runs on its baseline share of the pooled inputs (a
// Dy-free recipe keeps running when Dy is blocked), and the rerouting programs choose the mix
// within the recipes' bounds and v's capacity. With one recipe per converter the figures are
// the converter's own. The original nodes keep their positions in the node list and the original
// edges theirs in the edge list (v's in-edges now end at the pool); the parts and the edges
// between them come after, so anything indexed by the network given reads its prefix.
//
// The recipes must agree with v's baseline flows (recipeProblems): the shares of one output add
// up to 1, every output v puts out has recipes, and for each input material the recipes' needs,
// Σ share × output × tonnes per tonne, equal what v receives, within RECIPE_TOLERANCE. Needs
// within the tolerance are scaled to what v receives, so the expanded network balances exactly.
import type { RecipeSpec, SupplyEdge, SupplyNode } from '../../model.ts';
import type { AnalysisNetwork } from './supplyGraph.ts';

/** Relative slack between the recipes' needs and a converter's baseline flows (rounding). */
export const RECIPE_TOLERANCE = 1e-3;

/** Joins a converter's id to its parts' names: no dataset id can hold it (wellFormed.ts). */
export const PART_SEPARATOR = '\u0001';
const POOL = 'inputs';

export interface RecipeOptions {
  /** Days since the shock began: a recipe switches once they reach its `leadDays`. */
  readonly elapsedDays: number;
}

/** One thing wrong with a converter's recipes: which node, which recipe (or none), what. */
export interface RecipeProblem {
  /** Position of the node in the network's list. */
  readonly node: number;
  /** Position of the recipe in the node's list, or null for the recipes as a whole. */
  readonly recipe: number | null;
  /** The recipe's field at fault ('share', 'inputs["Dy"]'…), or null. */
  readonly field: string | null;
  readonly message: string;
}

export const hasRecipes = (node: SupplyNode): boolean => (node.recipes?.length ?? 0) > 0;

/** Baseline flows in and out of each node that has recipes, per material. */
function baselineFlows(network: AnalysisNetwork) {
  const flows = new Map<string, { in: Map<string, number>; out: Map<string, number> }>();
  for (const node of network.nodes) {
    if (hasRecipes(node)) flows.set(node.id, { in: new Map(), out: new Map() });
  }
  const add = (map: Map<string, number>, key: string, x: number) =>
    map.set(key, (map.get(key) ?? 0) + x);
  for (const e of network.edges) {
    const material = e.material ?? '';
    const from = flows.get(e.source);
    if (from !== undefined) add(from.out, material, e.flow);
    const to = flows.get(e.target);
    if (to !== undefined) add(to.in, material, e.flow);
  }
  return flows;
}

const t = (x: number): string => String(Math.round(x * 1e6) / 1e6);
const q = (s: string): string => JSON.stringify(s);
const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= RECIPE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;

/** What is wrong with each converter's recipes (empty when every one agrees with its flows). */
export function recipeProblems(network: AnalysisNetwork): RecipeProblem[] {
  const flows = baselineFlows(network);
  const problems: RecipeProblem[] = [];
  network.nodes.forEach((node, v) => {
    if (!hasRecipes(node)) return;
    const said = (recipe: number | null, field: string | null, message: string) =>
      problems.push({ node: v, recipe, field, message: `"${node.id}": ${message}` });
    const before = problems.length;
    if (node.converter !== true) {
      said(null, null, 'has recipes but is not a converter ("converter": true)');
    }
    if ((node.production ?? 0) > 0) {
      said(null, null, 'has recipes and production: recipes make outputs from inputs only');
    }
    if (problems.length > before) return;
    checkRecipes(node, flows.get(node.id)!, said);
  });
  return problems;
}

type Say = (recipe: number | null, field: string | null, message: string) => void;

function checkRecipes(
  node: SupplyNode,
  flow: { in: Map<string, number>; out: Map<string, number> },
  said: Say,
): void {
  const recipes = node.recipes ?? [];
  const seen = new Set<string>();
  const shares = new Map<string, number>();
  recipes.forEach((r, j) => {
    if (seen.has(r.id)) said(j, 'id', `two recipes are called ${q(r.id)}`);
    if (r.id === POOL) said(j, 'id', `${q(POOL)} names the input pool: call the recipe otherwise`);
    seen.add(r.id);
    if (!((flow.out.get(r.output) ?? 0) > 0)) {
      said(j, 'output', `recipe ${q(r.id)} makes ${q(r.output)}, which the node does not put out`);
    }
    shares.set(r.output, (shares.get(r.output) ?? 0) + r.share);
  });
  for (const [material, out] of flow.out) {
    if (!(out > 0)) continue;
    const s = shares.get(material);
    if (s === undefined) said(null, null, `puts out ${q(material)} but no recipe makes it`);
    else if (!close(s, 1)) {
      const which = recipes.filter((r) => r.output === material).map((r) => q(r.id));
      said(
        null,
        null,
        `the shares of recipes ${which.join(', ')} making ${q(material)} add up to ${t(s)}, not 1`,
      );
    }
  }
  const needs = new Map<string, number>();
  const users = new Map<string, string[]>();
  for (const r of recipes) {
    const made = r.share * (flow.out.get(r.output) ?? 0);
    for (const [material, perTonne] of Object.entries(r.inputs)) {
      needs.set(material, (needs.get(material) ?? 0) + made * perTonne);
      users.set(material, [...(users.get(material) ?? []), r.id]);
    }
  }
  recipes.forEach((r, j) => {
    for (const material of Object.keys(r.inputs)) {
      if (!((flow.in.get(material) ?? 0) > 0)) {
        said(
          j,
          `inputs[${q(material)}]`,
          `recipe ${q(r.id)} needs ${q(material)}, which the node does not receive`,
        );
      }
    }
  });
  for (const [material, received] of flow.in) {
    const need = needs.get(material) ?? 0;
    if (!(received > 0) || close(need, received)) continue;
    const list = users.get(material);
    said(
      null,
      null,
      list === undefined
        ? `receives ${t(received)} t of ${q(material)} but no recipe uses it`
        : `recipes ${list.map(q).join(', ')} need ${t(need)} t of ${q(material)} (share × output × tonnes per tonne) but the node receives ${t(received)} t`,
    );
  }
}

/** A part's id: `<converter>␁<recipe id>`, or `<converter>␁inputs` for the input pool. */
export const partId = (converter: string, part: string): string =>
  `${converter}${PART_SEPARATOR}${part}`;

/** The converter a part belongs to, or null for a node of the network itself. */
export function partOf(id: string): string | null {
  const at = id.indexOf(PART_SEPARATOR);
  return at < 0 ? null : id.slice(0, at);
}

/** The most recipe r may make, as a share of its converter's baseline output of r.output. */
export function recipeBound(r: RecipeSpec, elapsedDays: number): number {
  return elapsedDays >= (r.leadDays ?? 0) ? Math.max(r.share, r.maxShare ?? r.share) : r.share;
}

/**
 * The network with every converter's recipes expanded (see the top of this file); the network
 * itself when no node has recipes. Throws, naming the node, recipe and material, when recipes
 * disagree with the flows (a loaded dataset has been checked already: src/data/references.ts).
 */
export function expandRecipes(network: AnalysisNetwork, options: RecipeOptions): AnalysisNetwork {
  if (!network.nodes.some(hasRecipes)) return network;
  const problems = recipeProblems(network);
  if (problems.length > 0) {
    throw new Error(`recipes: ${problems.map((p) => p.message).join('; ')}`);
  }
  const flows = baselineFlows(network);
  const ids = new Set(network.nodes.map((n) => n.id));
  const nodes: SupplyNode[] = [];
  const parts: SupplyNode[] = [];
  const inner: SupplyEdge[] = [];
  for (const node of network.nodes) {
    if (!hasRecipes(node)) {
      nodes.push(node);
      continue;
    }
    const expanded = expandOne(node, flows.get(node.id)!, options.elapsedDays);
    for (const p of expanded.parts) {
      if (ids.has(p.id)) throw new Error(`recipes: node id ${q(p.id)} is taken`);
      ids.add(p.id);
    }
    nodes.push(expanded.own);
    parts.push(...expanded.parts);
    inner.push(...expanded.edges);
  }
  const pool = new Set(network.nodes.filter(hasRecipes).map((n) => n.id));
  const edges = network.edges.map((e) =>
    pool.has(e.target) ? { ...e, target: partId(e.target, POOL) } : e,
  );
  return { nodes: [...nodes, ...parts], edges: [...edges, ...inner] };
}

function expandOne(
  node: SupplyNode,
  flow: { in: Map<string, number>; out: Map<string, number> },
  elapsedDays: number,
): { own: SupplyNode; parts: SupplyNode[]; edges: SupplyEdge[] } {
  const recipes = node.recipes ?? [];
  const poolId = partId(node.id, POOL);
  const shareSum = new Map<string, number>();
  for (const r of recipes) shareSum.set(r.output, (shareSum.get(r.output) ?? 0) + r.share);
  let outTotal = 0;
  for (const x of flow.out.values()) outTotal += x;
  const capacity = node.capacity ?? null;
  const headroom = capacity !== null && outTotal > 0 ? capacity / outTotal : 1;
  // Each recipe's baseline output, and its needs before they are scaled to what v receives.
  const made = recipes.map(
    (r) => ((flow.out.get(r.output) ?? 0) * r.share) / (shareSum.get(r.output) as number),
  );
  const need = new Map<string, number>();
  recipes.forEach((r, j) => {
    for (const [m, perTonne] of Object.entries(r.inputs)) {
      need.set(m, (need.get(m) ?? 0) + (made[j] as number) * perTonne);
    }
  });
  const parts: SupplyNode[] = [];
  const edges: SupplyEdge[] = [];
  let poolCapacity = 0;
  recipes.forEach((r, j) => {
    const id = partId(node.id, r.id);
    const base = made[j] as number;
    const cap = (base * recipeBound(r, elapsedDays) * headroom) / r.share;
    let perTonne = 0;
    for (const [m, coef] of Object.entries(r.inputs)) {
      perTonne += coef;
      const scaled = ((flow.in.get(m) ?? 0) * base * coef) / (need.get(m) as number);
      edges.push({ source: poolId, target: id, material: m, flow: scaled });
    }
    poolCapacity += cap * perTonne;
    edges.push({ source: id, target: node.id, material: r.output, flow: base });
    parts.push({ id, stage: node.stage, country: node.country, converter: true, capacity: cap });
  });
  const inputs = new Set(flow.in.keys());
  const stock = Object.entries(node.stock ?? {});
  const poolStock = stock.filter(([m]) => inputs.has(m));
  const ownStock = stock.filter(([m]) => !inputs.has(m));
  let received = 0;
  for (const x of flow.in.values()) received += x;
  parts.unshift({
    id: poolId,
    stage: node.stage,
    country: node.country,
    capacity: Math.max(poolCapacity, received) * 2,
    ...(poolStock.length === 0 ? {} : { stock: Object.fromEntries(poolStock) }),
  });
  const own: SupplyNode = {
    ...node,
    converter: false,
    recipes: undefined,
    stock: ownStock.length === 0 ? undefined : Object.fromEntries(ownStock),
  };
  return { own, parts, edges };
}
