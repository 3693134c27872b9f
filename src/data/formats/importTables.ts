// Tables in (from any format), a validated Dataset and a report out. Every row ends up in the
// dataset or in the report's refused list with its place and reason; nothing is dropped quietly.
// A file the importer cannot use at all (no nodes, a required column missing, a broken dataset
// sheet) is refused whole, with the place and the reason, so the caller keeps what it had.
import type { Stage } from '../../core/model.ts';
import { datasetOf } from '../loadDataset.ts';
import { needConverter } from '../references.ts';
import { DEFAULT_MATERIAL, type Dataset } from '../schema.ts';
import { readCell, readCountry, readStage, readStock, type CellValue } from './cells.ts';
import { inferStages, type InferredStage } from './inferStage.ts';
import { checkRows, type RowObjects } from './checkRows.ts';
import {
  cellText,
  describeColumns,
  roleOf,
  type ColumnMapping,
  type Table,
  type TableColumns,
  type TableRow,
} from './tables.ts';
import type { TableRole } from './fields.ts';

export interface RefusedRow {
  readonly place: string;
  readonly reason: string;
}

export interface ImportReport {
  /** What was read: "CSV", "XLSX", "GEXF", "GraphML" or "JSON". */
  readonly format: string;
  readonly nodes: number;
  readonly flows: number;
  readonly tables: readonly TableColumns[];
  readonly refused: readonly RefusedRow[];
  readonly inferred: readonly InferredStage[];
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
}

type Row = { place: string; values: Record<string, CellValue> };

/** Rows as field → value, or refusals; blank rows are counted. */
function readRows(
  table: Table,
  columns: TableColumns,
  refused: RefusedRow[],
): { rows: Row[]; blank: number } {
  const used = columns.columns.filter((c) => c.field !== null);
  const rows: Row[] = [];
  let blank = 0;
  table.rows.forEach((row: TableRow) => {
    if (row.cells.every((c) => cellText(c) === undefined)) {
      blank++;
      return;
    }
    const values: Record<string, CellValue> = {};
    for (const c of used) {
      const field = c.field;
      if (field === null) continue;
      const read = readCell(field, row.cells[c.index]);
      if (!read.ok) {
        refused.push({ place: row.place, reason: `column "${c.column}": ${read.reason}` });
        return;
      }
      if (read.value !== undefined) values[field.id] = read.value;
    }
    rows.push({ place: row.place, values });
  });
  return { rows, blank };
}

/** Gephi writes an edge "Type" column of Directed/Undirected: that is no material. */
function gephiEdgeType(table: Table, columns: TableColumns): TableColumns {
  const material = columns.columns.find((c) => c.field?.id === 'material');
  if (material === undefined || !/^type$/i.test(material.column.trim())) return columns;
  const values = table.rows.map((r) => cellText(r.cells[material.index])?.toLowerCase());
  const direction = values.every(
    (v) => v === undefined || v === 'directed' || v === 'undirected' || v === 'mutual',
  );
  if (!direction) return columns;
  return {
    ...columns,
    columns: columns.columns.map((c) =>
      c === material
        ? { ...c, field: null, reason: "Gephi's edge direction (every flow is directed)" }
        : c,
    ),
  };
}

const str = (v: CellValue): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: CellValue): number | null | undefined =>
  typeof v === 'number' || v === null ? v : undefined;
const list = (v: CellValue): string[] | undefined =>
  Array.isArray(v) ? [...(v as readonly string[])] : undefined;

export function importTables(tables: readonly Table[], options: ImportOptions): ImportResult {
  const refused: RefusedRow[] = [];
  const notes: string[] = [];
  const described: TableColumns[] = [];
  const byRole = new Map<TableRole, { table: Table; columns: TableColumns }[]>();
  const errors: string[] = [];
  const guessed = tables.map((t) => roleOf(t));
  for (const [i, table] of tables.entries()) {
    // One table of unknown columns beside an edges table holds the nodes (and the other way
    // round): its columns are then asked for in the mapping dialog.
    let role = guessed[i];
    if (role === undefined && tables.length === 2) {
      const other = guessed[1 - i];
      if (other === 'edges') role = 'nodes';
      if (other === 'nodes') role = 'edges';
    }
    if (role === undefined) {
      errors.push(
        `${table.name}: cannot tell whether it holds nodes, edges or sources (columns: ${table.headers.join(', ') || 'none'})`,
      );
      continue;
    }
    let columns = describeColumns(table, role, options.mapping);
    if (role === 'edges') columns = gephiEdgeType(table, columns);
    described.push(columns);
    byRole.set(role, [...(byRole.get(role) ?? []), { table, columns }]);
  }
  if (errors.length > 0) return { ok: false, errors, tables: described };
  const missing = described.filter((t) => t.missing.length > 0);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map(
        (t) => `${t.table}: no column for ${t.missing.join(', ')} (map one in the column dialog)`,
      ),
      tables: described,
    };
  }
  if (!byRole.has('nodes') && !byRole.has('edges')) {
    return { ok: false, errors: ['no nodes or edges table in what was opened'], tables: described };
  }

  const rowsOf = (role: TableRole): Row[] => {
    const out: Row[] = [];
    for (const { table, columns } of byRole.get(role) ?? []) {
      const { rows, blank } = readRows(table, columns, refused);
      if (blank > 0)
        notes.push(`${table.name}: ${blank} blank row${blank === 1 ? '' : 's'} skipped`);
      out.push(...rows);
    }
    return out;
  };

  // Dataset-level fields: title, description, year, basis, licence, presets, stories, periods.
  const meta: Record<string, unknown> = {};
  for (const row of rowsOf('dataset')) {
    const key = str(row.values.key);
    const value =
      str(row.values.value) ??
      (typeof row.values.value === 'number' ? String(row.values.value) : undefined);
    if (key === undefined || value === undefined) continue;
    if (key === 'scenarios' || key === 'stories' || key === 'periods') {
      try {
        meta[key] = JSON.parse(value) as unknown;
      } catch {
        return { ok: false, errors: [`${row.place}: ${key} is not valid JSON`] };
      }
    } else if (key === 'year') meta.year = Number(value);
    else if (['title', 'description', 'basis', 'licence'].includes(key)) meta[key] = value;
    else refused.push({ place: row.place, reason: `"${key}" is not a dataset field` });
  }

  const sources = rowsOf('sources').map((r) => ({ place: r.place, object: { ...r.values } }));
  const materials = rowsOf('materials').map((r) => ({ place: r.place, object: { ...r.values } }));

  // Nodes: an id (or the label when there is none), a stage (or one inferred below), a country.
  const nodeRows = rowsOf('nodes');
  const edgeRows = rowsOf('edges');
  const nodes: { place: string; id: string; stageText?: string; values: Row['values'] }[] = [];
  const ids = new Set<string>();
  for (const row of nodeRows) {
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
  if (!byRole.has('nodes')) {
    notes.push('no nodes table: nodes were made from the edges, with stage inferred');
  }

  // Edges name their ends by id, or by label (Kumu links elements by label).
  const byLabel = new Map<string, string>();
  for (const n of nodes) {
    const label = str(n.values.label);
    if (label !== undefined && !byLabel.has(label)) byLabel.set(label, n.id);
  }
  const resolve = (ref: string) => (ids.has(ref) ? ref : byLabel.get(ref));
  const edges: { place: string; source: string; target: string; values: Row['values'] }[] = [];
  for (const row of edgeRows) {
    const s = str(row.values.source);
    const t = str(row.values.target);
    if (s === undefined || t === undefined) {
      refused.push({ place: row.place, reason: `no ${s === undefined ? 'source' : 'target'}` });
      continue;
    }
    let source = resolve(s);
    let target = resolve(t);
    if (!byRole.has('nodes')) {
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

  // Stages: read where given, inferred from the flows where not.
  const known = new Map<string, Stage>();
  const badStage = new Set<string>();
  for (const n of nodes) {
    if (n.stageText === undefined) continue;
    const stage = readStage(n.stageText);
    if (stage === undefined) {
      refused.push({
        place: n.place,
        reason: `stage "${n.stageText}" is not one of mine, processor, intermediary, magnet-maker, end-user`,
      });
      badStage.add(n.id);
    } else known.set(n.id, stage);
  }
  const kept = nodes.filter((n) => !badStage.has(n.id));
  const liveEdges = edges.filter((e) => !badStage.has(e.source) && !badStage.has(e.target));
  const { inferred, unknown } = inferStages(
    kept.map((n) => n.id),
    known,
    liveEdges,
  );
  for (const i of inferred) known.set(i.id, i.stage);
  const noStage = new Set(unknown);

  const rows: RowObjects = {
    nodes: [],
    edges: [],
    sources,
    materials,
  };
  for (const n of kept) {
    if (noStage.has(n.id)) {
      refused.push({
        place: n.place,
        reason: `node "${n.id}" has no stage and no flows to infer one from`,
      });
      continue;
    }
    const v = n.values;
    const countryText = str(v.country);
    const country = countryText === undefined ? undefined : readCountry(countryText);
    if (countryText === undefined || country === undefined) {
      refused.push({
        place: n.place,
        reason:
          countryText === undefined
            ? `node "${n.id}" has no country (an ISO code such as CN)`
            : `country "${countryText}" is not an ISO 3166 code or country name`,
      });
      continue;
    }
    const low = num(v.low);
    const high = num(v.high);
    const capLow = num(v.capacity_low);
    const capHigh = num(v.capacity_high);
    const balanceNote = str(v.balance_note);
    const stockText = str(v.stock);
    const stock = stockText === undefined ? undefined : readStock(stockText);
    if (stock !== undefined && !stock.ok) {
      refused.push({ place: n.place, reason: `column "stock": ${stock.reason}` });
      continue;
    }
    // Where the node sits on the map, as JSON ({"lat":…,"lon":…,"basis":…}); the loader's
    // schema checks it with the rest of the row.
    const geoText = str(v.geo);
    let geo: unknown;
    if (geoText !== undefined) {
      try {
        geo = JSON.parse(geoText) as unknown;
      } catch {
        refused.push({ place: n.place, reason: 'column "geo": is not valid JSON' });
        continue;
      }
    }
    rows.nodes.push({
      place: n.place,
      object: {
        id: n.id,
        ...(str(v.label) === undefined ? {} : { label: str(v.label) }),
        stage: known.get(n.id),
        country,
        ...(v.capacity === undefined ? {} : { capacity: num(v.capacity) }),
        ...(v.production === undefined ? {} : { production: num(v.production) }),
        ...(v.year === undefined ? {} : { year: num(v.year) }),
        ...(v.sources === undefined ? {} : { sources: list(v.sources) }),
        ...(v.notes === undefined ? {} : { notes: str(v.notes) }),
        ...(low === undefined && high === undefined ? {} : { estimate: { low, high } }),
        ...(capLow === undefined && capHigh === undefined
          ? {}
          : { capacityEstimate: { low: capLow, high: capHigh } }),
        ...(v.converter === undefined ? {} : { converter: v.converter === 'yes' }),
        ...(v.outside === undefined ? {} : { outside: v.outside === 'yes' }),
        ...(stock === undefined ? {} : { stock: stock.stock }),
        ...(geo === undefined ? {} : { geo }),
        ...(balanceNote === undefined
          ? {}
          : {
              balance: {
                note: balanceNote,
                ...(v.balance_sources === undefined ? {} : { sources: list(v.balance_sources) }),
              },
            }),
      },
    });
  }
  for (const e of liveEdges) {
    const v = e.values;
    const low = num(v.low);
    const high = num(v.high);
    const hasReported = ['reported_value', 'reported_unit', 'reported_basis'].some(
      (k) => v[k] !== undefined,
    );
    const hasConversion = ['conversion_factor', 'conversion_note', 'conversion_sources'].some(
      (k) => v[k] !== undefined,
    );
    rows.edges.push({
      place: e.place,
      object: {
        source: e.source,
        target: e.target,
        flow: v.flow === undefined ? undefined : num(v.flow),
        // A flow without a material carries DEFAULT_MATERIAL, as a v2 file's flows do.
        material: str(v.material) ?? DEFAULT_MATERIAL,
        ...(v.year === undefined ? {} : { year: num(v.year) }),
        ...(v.sources === undefined ? {} : { sources: list(v.sources) }),
        ...(v.notes === undefined ? {} : { notes: str(v.notes) }),
        ...(low === undefined && high === undefined ? {} : { estimate: { low, high } }),
        ...(hasReported
          ? {
              reported: {
                value: num(v.reported_value),
                unit: str(v.reported_unit),
                basis: str(v.reported_basis),
              },
            }
          : {}),
        ...(hasConversion
          ? {
              conversion: {
                factor: num(v.conversion_factor),
                note: str(v.conversion_note),
                sources: list(v.conversion_sources) ?? [],
              },
            }
          : {}),
      },
    });
  }

  // As the v2 → v3 migration does: a file that names no material for some flows gets the default
  // material listed beside its own, and a node whose converter cell is empty (or that has no
  // converter column) and puts out a material it neither receives nor produces is marked a
  // converter, with a note in the report. A "no" in the cell is kept, and the loader says why.
  if (
    materials.length > 0 &&
    rows.edges.some((e) => e.object.material === DEFAULT_MATERIAL) &&
    !materials.some((m) => m.object.id === DEFAULT_MATERIAL)
  ) {
    materials.push({
      place: 'materials',
      object: { id: DEFAULT_MATERIAL, notes: 'Flows the file did not name a material for.' },
    });
  }
  {
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

  const checked = checkRows(rows, meta, refused, notes);
  if (!checked.ok) return { ok: false, errors: checked.errors, tables: described };
  // checkRows ran the loader's schema and reference checks on exactly this content.
  const dataset = datasetOf(
    checked.data,
    options.fallbackTitle === undefined ? {} : { fallbackTitle: options.fallbackTitle },
  );
  const inferredKept = inferred.filter((i) => dataset.nodes.some((n) => n.id === i.id));
  return {
    ok: true,
    dataset,
    report: {
      format: options.format,
      nodes: dataset.nodes.length,
      flows: dataset.edges.length,
      tables: described,
      // In file order, so the list reads like the file: "nodes.csv row 3" before "row 12".
      refused: [...refused].sort((a, b) => a.place.localeCompare(b.place, 'en', { numeric: true })),
      inferred: inferredKept,
      notes,
    },
  };
}
