// Between graphology graphs (what the GEXF and GraphML libraries read and write) and tables.
// Node and edge attributes are named as the columns of fields.ts; a flow is the edge's weight.
// What has no place on a node or an edge (title, sources, materials, presets, stories, periods and
// events) is kept as the graph's attributes, with the dataset-level parts as one JSON attribute.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { z } from '../../core/zod.ts';
import { formatZodIssues } from '../errors.ts';
import { parseEmbeddedJson } from '../parseJson.ts';
import type { Dataset } from '../schema.ts';
import { MATERIAL_FIELDS, SOURCE_FIELDS } from './fields.ts';
import type { Cell, Table } from './tables.ts';

/** The graph attribute holding sources, materials, presets, stories, periods and events as JSON. */
export const DATASET_ATTRIBUTE = 'chokepoint';

export interface DatasetAttribute {
  readonly year?: number | undefined;
  readonly basis?: string | undefined;
  readonly licence?: string | undefined;
  readonly sources: Dataset['sources'];
  readonly materials: Dataset['materials'];
  readonly scenarios: Dataset['scenarios'];
  readonly stories: Dataset['stories'];
  readonly periods?: Dataset['periods'];
  readonly events?: Dataset['events'];
}

/**
 * The shape of the attribute as read back: the parts the tables need are checked here, so a
 * hand-edited file is refused with the place (`sources: must be a list, got 5`); the fields of
 * each scenario, story and period are checked by the dataset schema once the tables are read.
 */
const datasetAttributeSchema = z.object({
  year: z.union([z.number(), z.string()]).optional(),
  basis: z.string().optional(),
  licence: z.string().optional(),
  sources: z.array(z.looseObject({})).optional(),
  materials: z.array(z.looseObject({})).optional(),
  scenarios: z.array(z.looseObject({})).optional(),
  stories: z.array(z.looseObject({})).optional(),
  periods: z.array(z.looseObject({})).optional(),
  events: z.array(z.looseObject({})).optional(),
});

type DatasetParts = z.infer<typeof datasetAttributeSchema>;

/**
 * The attribute's JSON read and checked, or what is wrong with it. Nesting is capped as the
 * dataset loader caps it, before anything recurses into the value.
 */
export function readDatasetAttribute(
  packed: string,
  where: string,
): { ok: true; parts: DatasetParts } | { ok: false; error: string } {
  const json = parseEmbeddedJson(packed);
  if (!json.ok) return { ok: false, error: `${where}: ${json.error}` };
  const parsed = datasetAttributeSchema.safeParse(json.value);
  if (!parsed.success) {
    const first = formatZodIssues(parsed.error.issues, json.value)[0] ?? 'not readable';
    return { ok: false, error: `${where}: ${first}` };
  }
  return { ok: true, parts: parsed.data };
}

const quoted = (id: string) => JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);

const cell = (v: unknown): Cell =>
  typeof v === 'number' && Number.isNaN(v)
    ? // The library read a figure it could not parse: say so rather than "NaN".
      '(a value that is not a number)'
    : v === null ||
        v === undefined ||
        typeof v === 'string' ||
        typeof v === 'number' ||
        typeof v === 'boolean'
      ? v
      : JSON.stringify(v);

function table(
  name: string,
  ids: readonly string[],
  rows: { place: string; attrs: Attributes }[],
): Table {
  const headers = [...ids];
  for (const r of rows)
    for (const k of Object.keys(r.attrs)) if (!headers.includes(k)) headers.push(k);
  return {
    name,
    headers,
    rows: rows.map((r) => ({ place: r.place, cells: headers.map((h) => cell(r.attrs[h])) })),
  };
}

/** What a graph gives for the supply network as data: the dataset's own parts, as one attribute. */
export function datasetAttribute(dataset: Dataset): DatasetAttribute {
  return {
    year: dataset.year,
    basis: dataset.basis,
    licence: dataset.licence,
    sources: dataset.sources,
    materials: dataset.materials,
    scenarios: dataset.scenarios,
    stories: dataset.stories,
    periods: dataset.periods,
    events: dataset.events,
  };
}

/**
 * A parsed GEXF or GraphML graph as tables of nodes and edges (plus the dataset's own parts).
 * The graph holds safe keys (graphKeys.ts); `ids` gives each node key's id in the file.
 */
export function graphTables(
  name: string,
  g: Graph,
  format: string,
  ids: ReadonlyMap<string, string>,
): { ok: true; tables: Table[]; notes: string[] } | { ok: false; error: string } {
  const notes: string[] = [];
  const idOf = (key: string) => ids.get(key) ?? key;
  const nodeRows: { place: string; attrs: Attributes }[] = [];
  let i = 0;
  g.forEachNode((key, attrs) => {
    i++;
    const id = idOf(key);
    nodeRows.push({ place: `${name} node ${i} (id ${quoted(id)})`, attrs: { id, ...attrs } });
  });
  const edgeRows: { place: string; attrs: Attributes }[] = [];
  let j = 0;
  let undirected = 0;
  let withFlow = 0;
  g.forEachEdge((_key, attrs, s, t, _s, _t, isUndirected) => {
    j++;
    if (isUndirected) undirected++;
    const { weight, ...rest } = attrs;
    const flow: unknown = rest.flow === undefined ? weight : rest.flow;
    if (flow !== undefined) withFlow++;
    const [source, target] = [idOf(s), idOf(t)];
    edgeRows.push({
      place: `${name} edge ${j} (${quoted(source)} → ${quoted(target)})`,
      attrs: { source, target, ...rest, flow },
    });
  });
  if (undirected > 0) {
    notes.push(`${name}: ${undirected} undirected edges read as flowing from source to target`);
  }
  const tables: Table[] = [
    { ...table(`${name} nodes`, ['id'], nodeRows), role: 'nodes' },
    { ...table(`${name} edges`, ['source', 'target'], edgeRows), role: 'edges' },
  ];
  const graphAttrs = g.getAttributes();
  const metaRows: { place: string; attrs: Attributes }[] = [];
  for (const key of ['title', 'description']) {
    const v: unknown = graphAttrs[key];
    if (typeof v === 'string') metaRows.push({ place: `${name} ${key}`, attrs: { key, value: v } });
  }
  const packed: unknown = graphAttrs[DATASET_ATTRIBUTE];
  if (typeof packed === 'string') {
    const read = readDatasetAttribute(packed, `${name}: ${format} metadata "${DATASET_ATTRIBUTE}"`);
    if (!read.ok) return read;
    const { parts } = read;
    for (const key of ['year', 'basis', 'licence'] as const) {
      const v = parts[key];
      if (v !== undefined)
        metaRows.push({ place: `${name} ${key}`, attrs: { key, value: String(v) } });
    }
    for (const key of ['scenarios', 'stories', 'periods', 'events'] as const) {
      const v = parts[key];
      if (v !== undefined && v.length > 0) {
        metaRows.push({ place: `${name} ${key}`, attrs: { key, value: JSON.stringify(v) } });
      }
    }
    const list = (key: 'sources' | 'materials', ids: readonly string[]): Table => {
      const rows = (parts[key] ?? []).map((r, k) => ({
        place: `${name} ${key}[${k}]`,
        attrs: { ...r },
      }));
      return { ...table(`${name} ${key}`, ids, rows), role: key };
    };
    tables.push(
      list(
        'sources',
        SOURCE_FIELDS.map((f) => f.id),
      ),
    );
    tables.push(
      list(
        'materials',
        MATERIAL_FIELDS.map((f) => f.id),
      ),
    );
  }
  if (metaRows.length > 0)
    tables.push({ ...table(`${name} graph`, ['key', 'value'], metaRows), role: 'dataset' });
  // After the metadata, whose problems are the more precise.
  const noFlows = flowProblem(name, j, withFlow);
  if (noFlows !== undefined) return { ok: false, error: noFlows };
  return { ok: true, tables, notes };
}

/**
 * A graph from another tool (Gephi's Les Misérables, a networkx export) often has links but no
 * figures: every edge would be refused and the import end empty. Refused whole instead.
 */
function flowProblem(name: string, edges: number, withFlow: number): string | undefined {
  if (edges === 0) {
    return `${name}: the graph has no edges: nothing flows, so there is nothing to analyse`;
  }
  if (withFlow === 0) {
    return `${name}: none of its ${edges} edges has a flow (no "flow" or "weight" attribute); Chokepoint analyses how much flows along each link, so give each edge a flow (or weight) in the file's unit`;
  }
  return undefined;
}
