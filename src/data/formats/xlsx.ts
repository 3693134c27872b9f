// XLSX workbooks to tables and back. Reading: read-excel-file; writing: write-excel-file (both
// maintained, small, running in the browser and in Node from a Blob or ArrayBuffer, and built on
// fflate, which the Neo4j export uses too). The `xlsx` package on the registry is frozen with
// known advisories, so it is not used.
// Sheets are matched by name (ours: Nodes, Edges, Sources, Materials, Dataset; Kumu's: Elements,
// Connections), or by their columns; a Notes sheet, and any sheet that holds none of these, is
// skipped and the report says so.
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell as WriteCell, SheetData } from 'write-excel-file/universal';
import { FIELDS, type FieldSpec, type TableRole } from './fields.ts';
import { recordCells, type FlatTable } from './rowsFromDataset.ts';
import { roleOf, type Cell, type Table } from './tables.ts';

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
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(bytes);
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

function sheetData(table: FlatTable): SheetData {
  const header: WriteCell[] = table.headers.map((h) => ({ value: h, fontWeight: 'bold' }));
  const rows = table.records.map((r) =>
    recordCells(table, r).map((v): WriteCell => (v === undefined ? null : v)),
  );
  return [header, ...rows];
}

export async function writeXlsx(tables: readonly FlatTable[]): Promise<Blob> {
  return writeXlsxFile(
    tables.map((t) => ({ data: sheetData(t), sheet: SHEET_NAMES[t.role], stickyRowsCount: 1 })),
  ).toBlob();
}

/** The empty template: each sheet with its header and one example row, and a Notes sheet. */
export async function writeXlsxTemplate(
  examples: Readonly<Partial<Record<TableRole, Record<string, string | number>>>>,
): Promise<Blob> {
  const roles: TableRole[] = ['nodes', 'edges', 'sources'];
  const sheets = roles.map((role) => {
    const fields = FIELDS[role];
    const example = examples[role] ?? {};
    const data: SheetData = [
      fields.map((f) => ({ value: f.id, fontWeight: 'bold' as const })),
      fields.map((f) => example[f.id] ?? null),
    ];
    return { data, sheet: SHEET_NAMES[role], stickyRowsCount: 1 };
  });
  const notes: SheetData = [
    ['sheet', 'column', 'what it holds'].map((value) => ({ value, fontWeight: 'bold' as const })),
    ...roles.flatMap((role) =>
      FIELDS[role].map((f: FieldSpec) => [SHEET_NAMES[role], f.id, noteOf(f)]),
    ),
  ];
  return writeXlsxFile([
    ...sheets,
    { data: notes, sheet: 'Notes', columns: [{ width: 10 }, { width: 20 }, { width: 90 }] },
  ]).toBlob();
}

export function noteOf(f: FieldSpec): string {
  const also = f.aliases.length > 0 ? ` (also read from: ${f.aliases.join(', ')})` : '';
  return `${f.note}${also}`;
}
