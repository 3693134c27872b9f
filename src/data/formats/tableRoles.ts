// Which table of an import holds what (nodes, edges, sources, materials, the dataset's fields),
// and which of its columns fill which field. A table whose role cannot be told, or one with a
// required column missing, refuses the import: the mapping dialog then asks about its columns.
import type { TableRole } from './fields.ts';
import type { MappedTable } from './importRows.ts';
import {
  cellText,
  describeColumns,
  roleOf,
  type ColumnMapping,
  type Table,
  type TableColumns,
} from './tables.ts';

export type TablesByRole =
  | { ok: true; described: TableColumns[]; byRole: Map<TableRole, MappedTable[]> }
  | { ok: false; errors: string[]; tables: TableColumns[] };

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

/** The tables grouped by role, with their columns described (in the order given). */
export function tablesByRole(
  tables: readonly Table[],
  mapping: ColumnMapping | undefined,
): TablesByRole {
  const described: TableColumns[] = [];
  const byRole = new Map<TableRole, MappedTable[]>();
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
    let columns = describeColumns(table, role, mapping);
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
  return { ok: true, described, byRole };
}
