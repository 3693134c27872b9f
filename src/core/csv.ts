// The one CSV writer, for every CSV the app and the command line write: results, the dataset's
// CSV files, the Neo4j bundle. papaparse does the quoting. A text cell that a spreadsheet would
// read as a formula (it begins with =, +, -, @, a tab or a carriage return) gets a leading
// apostrophe, as OWASP recommends for CSV injection, so opening a file made from a hostile dataset
// never runs anything. A cell that already begins with apostrophes before such a character gets
// one more, so `restoreCell` (the importer's side) gives back exactly what was written. Numbers are
// written as numbers (a negative figure stays -3, not '-3); a figure that is not finite is
// written as an empty cell rather than "NaN" or "Infinity".
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;
export type CsvRow = Readonly<Record<string, CsvCell>>;

/** Cells a spreadsheet would evaluate. No `.*$`: a line break must not hide the rest. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A guarded cell: apostrophes (none or more) before a formula start. */
const GUARDED = /^'*[=+\-@\t\r]/;

/** A text cell as it is safe to write: formula starts get a leading apostrophe. */
export function neutraliseCell(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

/** A cell as it was before `neutraliseCell`: the guard's apostrophe taken off again. */
export function restoreCell(text: string): string {
  return text.startsWith("'") && GUARDED.test(text) ? text.slice(1) : text;
}

function cell(value: CsvCell): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  return neutraliseCell(value);
}

/**
 * Rows to CSV text with a header from the first row's keys (or `columns` when given, which also
 * writes a header for no rows). Lines end with `\n`, and the text ends with one.
 */
export function toCsv(rows: readonly CsvRow[], columns?: readonly string[]): string {
  const fields = columns ?? (rows[0] === undefined ? [] : Object.keys(rows[0]));
  if (fields.length === 0) return '';
  const data = rows.map((row) => fields.map((f) => cell(Object.hasOwn(row, f) ? row[f] : '')));
  const text = Papa.unparse({ fields: fields.map(neutraliseCell), data }, { newline: '\n' });
  return text.endsWith('\n') ? text : `${text}\n`;
}
