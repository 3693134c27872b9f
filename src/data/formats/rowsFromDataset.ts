// A dataset as flat tables, one column per field of fields.ts, for every table writer (CSV, XLSX,
// GEXF and GraphML attributes). Reading these tables back with importTables gives the dataset
// again: the round-trip tests hold the two sides together.
import type { Dataset } from '../schema.ts';
import {
  EDGE_FIELDS,
  LIST_SEPARATOR,
  MATERIAL_FIELDS,
  NODE_FIELDS,
  SOURCE_FIELDS,
  UNKNOWN,
  type TableRole,
} from './fields.ts';

export type FlatValue = string | number | undefined;
export type FlatRecord = Readonly<Record<string, FlatValue>>;

export interface FlatTable {
  readonly role: TableRole;
  readonly headers: readonly string[];
  readonly records: readonly FlatRecord[];
}

const joined = (ids: readonly string[] | undefined) =>
  ids === undefined || ids.length === 0 ? undefined : ids.join(`${LIST_SEPARATOR} `);
const figure = (x: number | null | undefined) => (x === null ? UNKNOWN : x);

/**
 * A node's stocks in one cell: "material:tonnes; …", or, when any stock carries its own year,
 * sources or estimate, the stock as JSON so that nothing about the figure is lost.
 */
function stockCell(stock: Dataset['nodes'][number]['stock']): string | undefined {
  if (stock === undefined) return undefined;
  const entries = Object.entries(stock);
  if (entries.length === 0) return undefined;
  if (entries.some(([, s]) => typeof s !== 'number')) return JSON.stringify(stock);
  return entries.map(([material, s]) => `${material}:${s as number}`).join(`${LIST_SEPARATOR} `);
}

/** The cells every figure has: its estimate range, year, sources and notes. */
function citedCells(x: Dataset['nodes'][number] | Dataset['edges'][number]) {
  return {
    low: x.estimate?.low,
    high: x.estimate?.high,
    year: x.year,
    sources: joined(x.sources),
    notes: x.notes,
  };
}

export function nodeRecords(dataset: Dataset): FlatRecord[] {
  return dataset.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    stage: n.stage,
    country: n.country,
    capacity: figure(n.capacity),
    production: figure(n.production),
    ...citedCells(n),
    capacity_low: n.capacityEstimate?.low,
    capacity_high: n.capacityEstimate?.high,
    converter: n.converter === undefined ? undefined : n.converter ? 'yes' : 'no',
    outside: n.outside === undefined ? undefined : n.outside ? 'yes' : 'no',
    stock: stockCell(n.stock),
    geo: n.geo === undefined ? undefined : JSON.stringify(n.geo),
    recipes: n.recipes === undefined ? undefined : JSON.stringify(n.recipes),
    ramps: n.ramps === undefined ? undefined : JSON.stringify(n.ramps),
    balance_note: n.balance?.note,
    balance_sources: joined(n.balance?.sources),
  }));
}

export function edgeRecords(dataset: Dataset): FlatRecord[] {
  return dataset.edges.map((e) => ({
    source: e.source,
    target: e.target,
    flow: e.flow,
    material: e.material,
    ...citedCells(e),
    reported_value: e.reported?.value,
    reported_unit: e.reported?.unit,
    reported_basis: e.reported?.basis,
    conversion_factor: e.conversion?.factor,
    conversion_note: e.conversion?.note,
    conversion_sources: joined(e.conversion?.sources),
  }));
}

/** Title, description, presets, stories, periods and events: the Dataset sheet's key/value rows. */
export function datasetRecords(dataset: Dataset): FlatRecord[] {
  const rows: FlatRecord[] = [{ key: 'title', value: dataset.title }];
  const add = (key: string, value: string | number | undefined) => {
    if (value !== undefined) rows.push({ key, value: String(value) });
  };
  add('description', dataset.description);
  add('year', dataset.year);
  add('basis', dataset.basis);
  add('licence', dataset.licence);
  if (dataset.scenarios.length > 0) add('scenarios', JSON.stringify(dataset.scenarios));
  if (dataset.stories.length > 0) add('stories', JSON.stringify(dataset.stories));
  if (dataset.periods.length > 0) add('periods', JSON.stringify(dataset.periods));
  if (dataset.events.length > 0) add('events', JSON.stringify(dataset.events));
  return rows;
}

export function datasetTables(dataset: Dataset): FlatTable[] {
  const ids = (fields: readonly { id: string }[]) => fields.map((f) => f.id);
  return [
    { role: 'nodes', headers: ids(NODE_FIELDS), records: nodeRecords(dataset) },
    { role: 'edges', headers: ids(EDGE_FIELDS), records: edgeRecords(dataset) },
    {
      role: 'sources',
      headers: ids(SOURCE_FIELDS),
      records: dataset.sources.map((s) => ({ ...s })),
    },
    {
      role: 'materials',
      headers: ids(MATERIAL_FIELDS),
      records: dataset.materials.map((m) => ({ ...m })),
    },
    { role: 'dataset', headers: ['key', 'value'], records: datasetRecords(dataset) },
  ];
}

/** Cells of one record in header order: undefined stays an empty cell. */
export function recordCells(table: FlatTable, record: FlatRecord): FlatValue[] {
  return table.headers.map((h) => record[h]);
}
