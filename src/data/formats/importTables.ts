// Tables in (from any format), a validated Dataset and a report out. Every row ends up in the
// dataset or in the report's refused list with its place and reason; nothing is dropped quietly.
// A file the importer cannot use at all (no nodes, a required column missing, a broken dataset
// sheet) is refused whole, with the place and the reason, so the caller keeps what it had.
import { analysable, unbalanced } from '../analysable.ts';
import { datasetOf } from '../loadDataset.ts';
import { needConverter } from '../references.ts';
import { DEFAULT_MATERIAL, type Dataset, type RawDataset } from '../schema.ts';
import { readJsonCell } from './cells.ts';
import { checkRows, type RowObject, type RowObjects } from './checkRows.ts';
import type { TableRole } from './fields.ts';
import { nodeObjects, readStages, type StageMapping, type UnknownStage } from './importStages.ts';
import type { InferredStage } from './inferStage.ts';
import { readTables, str, type RefusedRow, type Row } from './importRows.ts';
import { edgeObject, type EdgeRow, type NodeRow } from './rowObjects.ts';
import { tablesByRole } from './tableRoles.ts';
import type { ColumnMapping, Table, TableColumns } from './tables.ts';

export type { RefusedRow } from './importRows.ts';

export interface ImportReport {
  /** What was read: "CSV", "XLSX", "GEXF", "GraphML" or "JSON". */
  readonly format: string;
  readonly nodes: number;
  readonly flows: number;
  readonly tables: readonly TableColumns[];
  readonly refused: readonly RefusedRow[];
  readonly inferred: readonly InferredStage[];
  /** Stage values not known (each node's stage inferred, or refused without flows): to map. */
  readonly unknownStages?: readonly UnknownStage[];
  /** Other things worth knowing: blank rows skipped, sources made from citations, … */
  readonly notes: readonly string[];
}

export type ImportResult =
  | { ok: true; dataset: Dataset; report: ImportReport }
  | {
      ok: false;
      /** Each says where and what. */
      errors: readonly string[];
      /** Tables with required columns missing: the mapping dialog asks about them. */
      tables?: readonly TableColumns[];
    };

export interface ImportOptions {
  readonly format: string;
  readonly mapping?: ColumnMapping | undefined;
  readonly fallbackTitle?: string | undefined;
  /** Stage values the file uses that we do not know, mapped by the user to a stage. */
  readonly stages?: StageMapping | undefined;
}

export function importTables(tables: readonly Table[], options: ImportOptions): ImportResult {
  const sorted = tablesByRole(tables, options.mapping);
  if (!sorted.ok) return sorted;
  const { described, byRole } = sorted;
  const refused: RefusedRow[] = [];
  const notes: string[] = [];
  const rowsOf = (role: TableRole): Row[] => readTables(byRole.get(role) ?? [], refused, notes);

  const meta = datasetFields(rowsOf('dataset'), refused);
  if (typeof meta === 'string') return { ok: false, errors: [meta] };
  const sources = rowsOf('sources').map(asObject);
  const materials = rowsOf('materials').map(asObject);
  const hasNodes = byRole.has('nodes');
  const nodeRows = rowsOf('nodes');
  const edgeRows = rowsOf('edges');
  const { nodes, ids } = readNodes(nodeRows, refused);
  if (!hasNodes) notes.push('no nodes table: nodes were made from the edges, with stage inferred');
  const edges = readEdges(edgeRows, nodes, ids, hasNodes, refused);
  const stages = readStages(nodes, edges, options.stages);

  const nodeRowsKept = nodeObjects(stages, refused);
  const rows: RowObjects = {
    nodes: nodeRowsKept,
    edges: stages.liveEdges.map(edgeObject),
    sources,
    materials,
  };
  listDefaultMaterial(rows);
  markConverters(rows, notes);

  // Flows that lose a node refused before the loader's checks say which node, and where.
  const keptIds = new Set(nodeRowsKept.map((n) => String(n.object.id)));
  const lostNodes = new Map(nodes.filter((n) => !keptIds.has(n.id)).map((n) => [n.id, n.place]));
  const checked = checkRows(rows, meta, refused, notes, lostNodes);
  if (!checked.ok) return { ok: false, errors: checked.errors, tables: described };
  return imported(
    checked.data,
    { ...options, flowRows: edgeRows.length },
    {
      format: options.format,
      tables: described,
      refused,
      inferred: stages.inferred,
      unknownStages: stages.unknownStages,
      notes,
    },
  );
}

const asObject = (r: Row): RowObject => ({ place: r.place, object: { ...r.values } });

/**
 * Dataset-level fields: title, description, year, basis, licence, presets, stories, periods,
 * events.
 * A preset, story or period cell that is not JSON refuses the file (its message is returned).
 */
function datasetFields(
  rows: readonly Row[],
  refused: RefusedRow[],
): Record<string, unknown> | string {
  const meta: Record<string, unknown> = {};
  for (const row of rows) {
    const key = str(row.values.key);
    const value =
      str(row.values.value) ??
      (typeof row.values.value === 'number' ? String(row.values.value) : undefined);
    if (key === undefined || value === undefined) continue;
    if (key === 'scenarios' || key === 'stories' || key === 'periods' || key === 'events') {
      const parsed = readJsonCell(value);
      if (!parsed.ok) return `${row.place}: ${key} ${parsed.reason}`;
      meta[key] = parsed.value;
    } else if (key === 'year') meta.year = Number(value);
    else if (['title', 'description', 'basis', 'licence'].includes(key)) meta[key] = value;
    else refused.push({ place: row.place, reason: `"${key}" is not a dataset field` });
  }
  return meta;
}

/** Nodes: an id (or the label when there is none), a stage (or one inferred below), a country. */
function readNodes(rows: readonly Row[], refused: RefusedRow[]) {
  const nodes: NodeRow[] = [];
  const ids = new Set<string>();
  for (const row of rows) {
    const id = str(row.values.id) ?? str(row.values.label);
    if (id === undefined) {
      refused.push({ place: row.place, reason: 'no id or label' });
      continue;
    }
    if (ids.has(id)) {
      refused.push({ place: row.place, reason: `duplicate node id "${id}"` });
      continue;
    }
    ids.add(id);
    const stageText = str(row.values.stage);
    nodes.push({ place: row.place, id, values: row.values, ...(stageText ? { stageText } : {}) });
  }
  return { nodes, ids };
}

/**
 * Edges name their ends by id, or by label (Kumu links elements by label). Without a nodes
 * table, each end named is a node of its own (added to `nodes` and `ids`).
 */
function readEdges(
  rows: readonly Row[],
  nodes: NodeRow[],
  ids: Set<string>,
  hasNodes: boolean,
  refused: RefusedRow[],
): EdgeRow[] {
  const byLabel = new Map<string, string>();
  for (const n of nodes) {
    const label = str(n.values.label);
    if (label !== undefined && !byLabel.has(label)) byLabel.set(label, n.id);
  }
  const resolve = (ref: string) => (ids.has(ref) ? ref : byLabel.get(ref));
  const edges: EdgeRow[] = [];
  for (const row of rows) {
    const s = str(row.values.source);
    const t = str(row.values.target);
    if (s === undefined || t === undefined) {
      refused.push({ place: row.place, reason: `no ${s === undefined ? 'source' : 'target'}` });
      continue;
    }
    let source = resolve(s);
    let target = resolve(t);
    if (!hasNodes) {
      for (const id of [s, t]) {
        if (!ids.has(id)) {
          ids.add(id);
          nodes.push({ place: row.place, id, values: {} });
        }
      }
      source = s;
      target = t;
    }
    if (source === undefined || target === undefined) {
      const which = source === undefined ? s : t;
      refused.push({ place: row.place, reason: `unknown node "${which}"` });
      continue;
    }
    edges.push({ place: row.place, source, target, values: row.values });
  }
  return edges;
}

// As the v2 → v3 migration does: a file that names no material for some flows gets the default
// material listed beside its own, and a node whose converter cell is empty (or that has no
// converter column) and puts out a material it neither receives nor produces is marked a
// converter, with a note in the report. A "no" in the cell is kept, and the loader says why.
function listDefaultMaterial({ edges, materials }: RowObjects): void {
  if (
    materials.length > 0 &&
    edges.some((e) => e.object.material === DEFAULT_MATERIAL) &&
    !materials.some((m) => m.object.id === DEFAULT_MATERIAL)
  ) {
    materials.push({
      place: 'materials',
      object: { id: DEFAULT_MATERIAL, notes: 'Flows the file did not name a material for.' },
    });
  }
}

function markConverters(rows: RowObjects, notes: string[]): void {
  const converters = new Set(
    needConverter(
      rows.nodes.map((n) => ({
        id: String(n.object.id),
        production: n.object.production as number | null | undefined,
      })),
      rows.edges.map((e) => ({
        source: String(e.object.source),
        target: String(e.object.target),
        material: String(e.object.material),
      })),
    ),
  );
  const marked: string[] = [];
  for (const n of rows.nodes) {
    if (n.object.converter !== undefined || !converters.has(String(n.object.id))) continue;
    n.object.converter = true;
    marked.push(String(n.object.id));
  }
  if (marked.length > 0) {
    notes.push(
      `marked as converters (they put out a material they neither receive nor produce): ${marked.join(', ')}`,
    );
  }
}

/** The dataset from the checked rows, and the report on what became of the tables. */
function imported(
  data: RawDataset,
  options: ImportOptions & { readonly flowRows: number },
  report: Omit<ImportReport, 'nodes' | 'flows'>,
): ImportResult {
  // checkRows ran the loader's schema and reference checks on exactly this content.
  const read = analysable(data);
  const dataset = datasetOf(
    read.data,
    options.fallbackTitle === undefined ? {} : { fallbackTitle: options.fallbackTitle },
  );
  const { format, tables, refused, inferred, notes, unknownStages = [] } = report;
  const byPlace = [...refused].sort((a, b) =>
    a.place.localeCompare(b.place, 'en', { numeric: true }),
  );
  if (dataset.nodes.length === 0 || (options.flowRows > 0 && dataset.edges.length === 0)) {
    return nothingImported(dataset.nodes.length, byPlace, tables);
  }
  return {
    ok: true,
    dataset,
    report: {
      format,
      nodes: dataset.nodes.length,
      flows: dataset.edges.length,
      tables,
      // In file order, so the list reads like the file: "nodes.csv row 3" before "row 12".
      refused: byPlace,
      inferred: inferred.filter((i) => dataset.nodes.some((n) => n.id === i.id)),
      unknownStages,
      notes: [...notes, ...read.notes, ...unbalanced(read.data)],
    },
  };
}

/** Shown with an empty import: this many of its refusals, each with its place. */
const REFUSALS_SHOWN = 20;

/**
 * An import that keeps no node, or none of the flows it was given, is refused whole, saying why,
 * rather than opened as an empty graph (or a command-line report of 0 nodes and exit 0).
 */
function nothingImported(
  nodes: number,
  refused: readonly RefusedRow[],
  tables: readonly TableColumns[],
): ImportResult {
  const head = `nothing to analyse: ${nodes === 0 ? 'no node' : 'none of the flows'} could be imported (${nodes} node${nodes === 1 ? '' : 's'} kept, ${refused.length} row${refused.length === 1 ? '' : 's'} refused)`;
  const lines = refused.slice(0, REFUSALS_SHOWN).map((r) => `${r.place}: ${r.reason}`);
  const more = refused.length - lines.length;
  return {
    ok: false,
    errors: [head, ...lines, ...(more > 0 ? [`…and ${more} more rows refused`] : [])],
    tables,
  };
}
