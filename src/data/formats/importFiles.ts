// The one way in for a user's files, in the explorer and on the command line alike: files in
// (a dataset JSON; one or more CSV files; an XLSX workbook; a GEXF or GraphML graph), a dataset
// and its import report out, or the reasons it cannot be read, each with its place.
import { decodeDatasetBytes, loadDatasetBytes } from '../loadDataset.ts';
import { parseCsv } from './csv.ts';
import { readGexf } from './gexf.ts';
import { readGraphml } from './graphml.ts';
import { importTables, type ImportResult } from './importTables.ts';
import type { ColumnMapping, Table } from './tables.ts';
import { readXlsx } from './xlsx.ts';

export interface InputFile {
  readonly name: string;
  readonly data: ArrayBuffer | Uint8Array;
}

export type FileKind = 'json' | 'csv' | 'xlsx' | 'gexf' | 'graphml';

export const ACCEPTED_EXTENSIONS = [
  '.json',
  '.csv',
  '.tsv',
  '.txt',
  '.xlsx',
  '.gexf',
  '.graphml',
  '.xml',
];

export function fileKind(name: string): FileKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  switch (ext) {
    case 'json':
      return 'json';
    case 'csv':
    case 'tsv':
    case 'txt':
      return 'csv';
    case 'xlsx':
      return 'xlsx';
    case 'gexf':
      return 'gexf';
    case 'graphml':
    case 'xml':
      return 'graphml';
    default:
      return undefined;
  }
}

const FORMAT_NAMES: Readonly<Record<FileKind, string>> = {
  json: 'JSON',
  csv: 'CSV',
  xlsx: 'XLSX',
  gexf: 'GEXF',
  graphml: 'GraphML',
};

const bytes = (data: ArrayBuffer | Uint8Array): Uint8Array =>
  data instanceof Uint8Array ? data : new Uint8Array(data);

/** A text file's characters (UTF-8 or UTF-16, with or without a BOM), or what is wrong. */
function text(f: InputFile): { ok: true; text: string } | { ok: false; error: string } {
  const decoded = decodeDatasetBytes(bytes(f.data));
  return decoded.ok ? decoded : { ok: false, error: `${f.name}: ${decoded.error}` };
}

function buffer(data: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

const fail = (...errors: string[]): ImportResult => ({ ok: false, errors });

export async function importFiles(
  files: readonly InputFile[],
  options: { mapping?: ColumnMapping | undefined } = {},
): Promise<ImportResult> {
  if (files.length === 0) return fail('no file given');
  const kinds = files.map((f) => fileKind(f.name));
  const unknown = files.filter((_, i) => kinds[i] === undefined);
  if (unknown.length > 0) {
    return fail(
      ...unknown.map(
        (f) => `${f.name}: not a file type we read (${ACCEPTED_EXTENSIONS.join(', ')})`,
      ),
    );
  }
  const kind = kinds[0] as FileKind;
  if (kind !== 'csv' && files.length > 1) {
    return fail(
      `one ${FORMAT_NAMES[kind]} file at a time (only CSV comes as several files), got: ${files.map((f) => f.name).join(', ')}`,
    );
  }
  if (kinds.some((k) => k !== kind)) {
    return fail(`these files are of different kinds: ${files.map((f) => f.name).join(', ')}`);
  }
  const first = files[0] as InputFile;
  // The file's name, as the loader has always titled an untitled dataset.
  const title = first.name.replace(/^.*[\\/]/, '');
  const format = FORMAT_NAMES[kind];
  let tables: Table[] = [];
  let notes: string[] = [];
  switch (kind) {
    case 'json': {
      const loaded = loadDatasetBytes(bytes(first.data), { fallbackTitle: title });
      if (!loaded.ok) return { ok: false, errors: loaded.errors.map((e) => `${first.name}: ${e}`) };
      const d = loaded.dataset;
      return {
        ok: true,
        dataset: d,
        report: {
          format,
          nodes: d.nodes.length,
          flows: d.edges.length,
          tables: [],
          refused: [],
          inferred: [],
          notes: [],
        },
      };
    }
    case 'csv': {
      for (const f of files) {
        const decoded = text(f);
        if (!decoded.ok) return fail(decoded.error);
        const parsed = parseCsv(f.name, decoded.text);
        if (!parsed.ok) return fail(parsed.error);
        tables.push(parsed.table);
      }
      break;
    }
    case 'xlsx': {
      const read = await readXlsx(first.name, buffer(first.data));
      if (!read.ok) return fail(read.error);
      ({ tables, notes } = read);
      break;
    }
    case 'gexf':
    case 'graphml': {
      const decoded = text(first);
      if (!decoded.ok) return fail(decoded.error);
      const read = (kind === 'gexf' ? readGexf : readGraphml)(first.name, decoded.text);
      if (!read.ok) return fail(read.error);
      ({ tables, notes } = read);
      break;
    }
  }
  const result = importTables(tables, { format, mapping: options.mapping, fallbackTitle: title });
  if (!result.ok) return result;
  return { ...result, report: { ...result.report, notes: [...notes, ...result.report.notes] } };
}
