// Rows read from an import's tables (importTables.ts): each row's cells as field → value, or a
// refusal at its place with the reason. Blank rows are skipped and counted in the report's notes.
import { readCell, type CellValue } from './cells.ts';
import { cellText, type Table, type TableColumns, type TableRow } from './tables.ts';

export interface RefusedRow {
  readonly place: string;
  readonly reason: string;
}

export type Row = { place: string; values: Record<string, CellValue> };

/** A table and how its columns map to fields. */
export interface MappedTable {
  readonly table: Table;
  readonly columns: TableColumns;
}

export const str = (v: CellValue): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: CellValue): number | null | undefined =>
  typeof v === 'number' || v === null ? v : undefined;
export const list = (v: CellValue): string[] | undefined =>
  Array.isArray(v) ? [...(v as readonly string[])] : undefined;

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

/** The rows of every table given, in order; a note for each table's blank rows. */
export function readTables(
  tables: readonly MappedTable[],
  refused: RefusedRow[],
  notes: string[],
): Row[] {
  const out: Row[] = [];
  for (const { table, columns } of tables) {
    const { rows, blank } = readRows(table, columns, refused);
    if (blank > 0) notes.push(`${table.name}: ${blank} blank row${blank === 1 ? '' : 's'} skipped`);
    // One at a time: spreading 120,000 rows into push overflows the stack.
    for (const row of rows) out.push(row);
  }
  return out;
}
