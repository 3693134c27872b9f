// XLSX workbooks to tables and back. Reading: read-excel-file (maintained, small, running in the
// browser and in Node), after xlsxUnpack.ts has unpacked the workbook within its bounds (size,
// rows, columns, cell addresses) and packed it again without compression, so the reader has
// nothing to inflate and starts no helper worker. Writing: xlsxWrite.ts, zipped synchronously.
// The `xlsx` package on the registry is frozen with known advisories, so it is not used.
// Sheets are matched by name (ours: Nodes, Edges, Sources, Materials, Dataset; Kumu's: Elements,
// Connections), or by their columns; a Notes sheet, and any sheet that holds none of these, is
// skipped and the report says so.
import readXlsxFile from 'read-excel-file/universal';
import { FIELDS, type FieldSpec, type TableRole } from './fields.ts';
import { recordCells, type FlatTable } from './rowsFromDataset.ts';
import { roleOf, type Cell, type Table } from './tables.ts';
import { storedZip, unpackXlsx } from './xlsxUnpack.ts';
import { xlsxBytes, type XlsxCell, type XlsxSheet } from './xlsxWrite.ts';
import { XLSX_TYPE } from './fileFormat.ts';

export type WorkbookResult =
  { ok: true; tables: Table[]; notes: string[] } | { ok: false; error: string };

const SHEET_NAMES: Readonly<Record<TableRole, string>> = {
  nodes: 'Nodes',
  edges: 'Edges',
  sources: 'Sources',
  materials: 'Materials',
  dataset: 'Dataset',
};

export async function readXlsx(name: string, bytes: ArrayBuffer): Promise<WorkbookResult> {
  const unpacked = unpackXlsx(name, new Uint8Array(bytes));
  if (!unpacked.ok) return unpacked;
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    // Untrimmed: a label's own spaces read back as written (ids are trimmed by the importer).
    sheets = await readXlsxFile(storedZip(unpacked.files), { trim: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${name}: not a readable XLSX workbook (${reason})` };
  }
  const tables: Table[] = [];
  const notes: string[] = [];
  for (const { sheet, data } of sheets) {
    if (/^(notes|read ?me|about this)/i.test(sheet.trim())) {
      notes.push(`${name}: sheet "${sheet}" skipped (notes)`);
      continue;
    }
    const [headerRow = [], ...rows] = data;
    const table: Table = {
      name: `sheet ${sheet}`,
      headers: headerRow.map((c) => (c === null ? '' : String(c))),
      rows: rows.map((cells, i) => ({
        place: `${name} sheet ${sheet} row ${i + 2}`,
        cells: cells.map((c): Cell =>
          c === null || typeof c === 'boolean'
            ? c
            : typeof c === 'number' || typeof c === 'string'
              ? c
              : String(c),
        ),
      })),
    };
    if (data.length === 0 || roleOf(table) === undefined) {
      notes.push(`${name}: sheet "${sheet}" skipped (no nodes, edges or sources in it)`);
      continue;
    }
    tables.push(table);
  }
  if (tables.length === 0) {
    return {
      ok: false,
      error: `${name}: no sheet of nodes or edges (sheets: ${sheets.map((s) => s.sheet).join(', ')})`,
    };
  }
  return { ok: true, tables, notes };
}

function sheetOf(table: FlatTable): XlsxSheet {
  const header: XlsxCell[] = table.headers.map((h) => ({ bold: h }));
  const rows = table.records.map((r) =>
    recordCells(table, r).map((v): XlsxCell => (v === undefined ? null : v)),
  );
  return { name: SHEET_NAMES[table.role], rows: [header, ...rows], stickyHeader: true };
}

const blobOf = (bytes: Uint8Array) =>
  new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });

export async function writeXlsx(tables: readonly FlatTable[]): Promise<Blob> {
  return Promise.resolve(blobOf(xlsxBytes(tables.map(sheetOf))));
}

/** The empty template: each sheet with its header and one example row, and a Notes sheet. */
export async function writeXlsxTemplate(
  examples: Readonly<Partial<Record<TableRole, Record<string, string | number>>>>,
): Promise<Blob> {
  const roles: TableRole[] = ['nodes', 'edges', 'sources'];
  const sheets = roles.map((role): XlsxSheet => {
    const fields = FIELDS[role];
    const example = examples[role] ?? {};
    return {
      name: SHEET_NAMES[role],
      rows: [fields.map((f) => ({ bold: f.id })), fields.map((f) => example[f.id] ?? null)],
      stickyHeader: true,
    };
  });
  const notes: XlsxSheet = {
    name: 'Notes',
    rows: [
      ['sheet', 'column', 'what it holds'].map((bold) => ({ bold })),
      ...roles.flatMap((role) =>
        FIELDS[role].map((f: FieldSpec) => [SHEET_NAMES[role], f.id, noteOf(f)]),
      ),
    ],
    widths: [10, 20, 90],
  };
  return Promise.resolve(blobOf(xlsxBytes([...sheets, notes])));
}

export function noteOf(f: FieldSpec): string {
  const also = f.aliases.length > 0 ? ` (also read from: ${f.aliases.join(', ')})` : '';
  return `${f.note}${also}`;
}
