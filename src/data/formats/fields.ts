// The one place that says which column (or GEXF/GraphML attribute) means which dataset field, for
// every table format: CSV, XLSX, GEXF and GraphML all go through these lists. A column is matched
// by its name, case, spaces, dashes and underscores ignored, against a field's id and aliases
// (Gephi's Id, Label, Source, Target, Weight; Kumu's Label, From, To, Type, Strength).
// A field the dataset format does not have yet can be listed in PENDING_* : it is recognised and
// reported as ignored with that reason; to add one, move it to the field list and fill it in
// rowsFromDataset.ts and importTables.ts.

export type TableRole = 'nodes' | 'edges' | 'sources' | 'materials' | 'dataset';

export interface FieldSpec {
  readonly id: string;
  readonly label: string;
  /** What the column holds, shown in the template's notes and the mapping dialog. */
  readonly note: string;
  readonly kind: 'text' | 'number' | 'list' | 'integer' | 'boolean';
  readonly aliases: readonly string[];
  readonly required?: boolean;
}

const f = (
  id: string,
  kind: FieldSpec['kind'],
  note: string,
  aliases: readonly string[] = [],
  required = false,
): FieldSpec => ({ id, label: id, note, kind, aliases, required });

const SOURCES_NOTE = 'ids of rows in the Sources sheet, separated by ";"';

export const NODE_FIELDS: readonly FieldSpec[] = [
  f('id', 'text', 'unique id of the node (Gephi: Id); the label is used when there is none', [
    'key',
    'node',
    'node id',
  ]),
  f('label', 'text', 'name shown on the graph (Kumu: Label)', ['name']),
  f(
    'stage',
    'text',
    'mine, processor, intermediary, magnet-maker or end-user; inferred from the flows when empty',
    ['type', 'element type', 'category'],
  ),
  f('country', 'text', 'ISO 3166 code such as CN (a country name is accepted)', [
    'country code',
    'iso',
  ]),
  f('capacity', 'number', 'the most the node can pass on a year, in the flow unit; "unknown"'),
  f('production', 'number', 'what a mine puts in a year, in the flow unit', ['output']),
  f('low', 'number', 'low end of the estimate range for production', ['estimate low']),
  f('high', 'number', 'high end of the estimate range for production', ['estimate high']),
  f('year', 'integer', 'year the figures are for'),
  f('sources', 'list', SOURCES_NOTE, ['source', 'citation', 'references', 'reference']),
  f('notes', 'text', 'free text; required for an estimate: how it was derived', [
    'note',
    'description',
  ]),
  f('capacity_low', 'number', 'low end of the estimate range for capacity'),
  f('capacity_high', 'number', 'high end of the estimate range for capacity'),
  f(
    'converter',
    'boolean',
    'yes when the node turns its inputs into other materials, needing every input in its usual proportions (a magnet maker); empty is no',
  ),
  f(
    'outside',
    'boolean',
    'yes for demand outside the modelled end users (exports, other uses); empty is no',
  ),
  f(
    'stock',
    'text',
    'tonnes held at the node, by material, in one cell: "material:tonnes", several separated by ";", e.g. "NdPr oxide:133.7; Dy:2"',
    ['stocks'],
  ),
  f(
    'geo',
    'text',
    'where the node sits on the map, as JSON: {"lat":3.81,"lon":103.33,"basis":"town","place":"Kuantan"} (basis: plant, town or country-centroid)',
  ),
  f(
    'recipes',
    'text',
    'a converter\'s ways of making each output, as JSON: [{"id":"sintered","output":"magnet","inputs":{"NdPr":0.3},"share":1}]',
  ),
  f(
    'ramps',
    'text',
    'capacity from a day on, as JSON: [{"from":"2025-10-01","capacity":150,"year":2025,"sources":["id"]}]',
  ),
  f('balance_note', 'text', 'why outflow differs from inflow plus production'),
  f('balance_sources', 'list', SOURCES_NOTE),
];

export const EDGE_FIELDS: readonly FieldSpec[] = [
  f('source', 'text', 'id (or label) of the supplier (Gephi: Source, Kumu: From)', [
    'from',
    'supplier',
  ]),
  f('target', 'text', 'id (or label) of the customer (Gephi: Target, Kumu: To)', [
    'to',
    'customer',
  ]),
  f('flow', 'number', 'volume a year in the dataset unit (Gephi: Weight, Kumu: Strength)', [
    'weight',
    'strength',
    'volume',
    'value',
  ]),
  f('material', 'text', 'what flows, e.g. NdPr oxide (Kumu: Type); "unspecified" when empty', [
    'type',
    'commodity',
    'connection type',
  ]),
  f('low', 'number', 'low end of the estimate range for the flow', ['estimate low']),
  f('high', 'number', 'high end of the estimate range for the flow', ['estimate high']),
  f('year', 'integer', 'year the figure is for'),
  f('sources', 'list', SOURCES_NOTE, ['citation', 'references', 'reference']),
  f('notes', 'text', 'free text; required for an estimate: how it was derived', [
    'note',
    'description',
  ]),
  f('reported_value', 'number', 'the figure as its source states it'),
  f('reported_unit', 'text', 'its unit as stated, e.g. t/yr'),
  f('reported_basis', 'text', 't REO, gross t, t of magnets, t of metal or t of element'),
  f('conversion_factor', 'number', 'flow = reported_value × conversion_factor'),
  f('conversion_note', 'text', 'what the factor is made of'),
  f('conversion_sources', 'list', SOURCES_NOTE),
];

export const SOURCE_FIELDS: readonly FieldSpec[] = [
  f('id', 'text', 'id the Nodes and Edges sheets cite', [], true),
  f('title', 'text', 'title of the publication or data set', ['name'], true),
  f('publisher', 'text', 'who published it'),
  f('year', 'integer', 'year of publication', [], true),
  f('url', 'text', 'link to it', ['link']),
  f('kind', 'text', 'what it is, e.g. official-statistics, company-report, outcome-report'),
];

export const MATERIAL_FIELDS: readonly FieldSpec[] = [
  f('id', 'text', 'the material name used in the Edges sheet', ['material', 'name'], true),
  f('notes', 'text', 'what it is', ['note', 'description']),
];

export const DATASET_FIELDS: readonly FieldSpec[] = [
  f(
    'key',
    'text',
    'title, description, year, basis, licence, scenarios, stories, periods or events',
    [],
    true,
  ),
  f('value', 'text', 'its value (scenarios, stories, periods and events as JSON)', [], true),
];

/** Columns we recognise but the dataset format has no field for yet. */
export const PENDING_NODE_FIELDS: readonly string[] = [];
export const PENDING_EDGE_FIELDS: readonly string[] = [];

export const FIELDS: Readonly<Record<TableRole, readonly FieldSpec[]>> = {
  nodes: NODE_FIELDS,
  edges: EDGE_FIELDS,
  sources: SOURCE_FIELDS,
  materials: MATERIAL_FIELDS,
  dataset: DATASET_FIELDS,
};

/** Case, spaces, dashes and underscores do not matter: "Node ID" = "node_id" = "nodeid". */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

/** The field a column name means in a table of this role, if any. */
export function fieldForHeader(role: TableRole, header: string): FieldSpec | undefined {
  const key = normaliseHeader(header);
  if (key === '') return undefined;
  const fields = FIELDS[role];
  return (
    fields.find((s) => normaliseHeader(s.id) === key) ??
    fields.find((s) => s.aliases.some((a) => normaliseHeader(a) === key))
  );
}

export function isPendingField(role: TableRole, header: string): boolean {
  const key = normaliseHeader(header);
  const pending =
    role === 'nodes' ? PENDING_NODE_FIELDS : role === 'edges' ? PENDING_EDGE_FIELDS : [];
  return pending.some((p) => normaliseHeader(p) === key);
}

/** The separator of list cells (sources). */
export const LIST_SEPARATOR = ';';

/** How an unknown capacity or production (null) is written, so it reads back as unknown. */
export const UNKNOWN = 'unknown';
