// CSV files to tables and back, with papaparse. The delimiter is detected (a comma, or the
// semicolon of spreadsheets set to a European locale). Rows are numbered as a spreadsheet shows
// them: the header is row 1.
import Papa from 'papaparse';
import { restoreCell, toCsv } from '../../core/csv.ts';
import type { FieldSpec } from './fields.ts';
import { recordCells, type FlatTable } from './rowsFromDataset.ts';
import type { Table, TableRow } from './tables.ts';

export type TableResult = { ok: true; table: Table } | { ok: false; error: string };

export function parseCsv(name: string, text: string): TableResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\u0000')) return { ok: false, error: `${name}: not a text file` };
  if (body.trim() === '') return { ok: false, error: `${name}: the file is empty` };
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter: delimiterOf(body),
  });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal !== undefined) {
    const row = (fatal.row ?? 0) + 1;
    return {
      ok: false,
      error: `${name} row ${row}: a quoted cell is not closed (${fatal.message})`,
    };
  }
  const [headers = [], ...data] = parsed.data;
  const rows: TableRow[] = [];
  data.forEach((cells, i) => {
    // A final newline gives one empty record: not a row.
    if (i === data.length - 1 && cells.length === 1 && cells[0] === '') return;
    // The writer's formula guard comes off, so a cell reads back as it was written.
    rows.push({ place: `${name} row ${i + 2}`, cells: cells.map(restoreCell) });
  });
  const extra = rows.find((r) =>
    r.cells.slice(headers.length).some((c) => String(c).trim() !== ''),
  );
  if (extra !== undefined) {
    return {
      ok: false,
      error: `${extra.place}: ${extra.cells.length} cells but the header has ${headers.length} (is a comma inside a cell without quotes?)`,
    };
  }
  return { ok: true, table: { name, headers: headers.map(restoreCell), rows } };
}

/** The header line decides: cells may hold any punctuation, column names rarely do. */
function delimiterOf(body: string): string {
  const header = body.slice(0, body.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** A table as CSV, through the one writer (formula cells guarded). */
export function writeCsv(table: FlatTable): string {
  const rows = table.records.map((r) => {
    const cells = recordCells(table, r);
    return Object.fromEntries(table.headers.map((h, i) => [h, cells[i]]));
  });
  return toCsv(rows, table.headers);
}

/** A template: the header, one example row, and nothing else (the notes go in README/XLSX). */
export function templateCsv(fields: readonly FieldSpec[], example: Record<string, string>): string {
  const headers = fields.map((f) => f.id);
  return toCsv([Object.fromEntries(headers.map((h) => [h, example[h] ?? '']))], headers);
}
