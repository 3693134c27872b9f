// What every file format declares: the one shape the format registry (./index.ts) holds. A format
// file (jsonFormat.ts, csvFormat.ts, …) fills it in by delegating to the readers and writers next
// to it; the importer, "Open dataset…", "Export…", the command line and the documents' formats
// table all read it from there, so no module outside this folder switches on a file's kind.
import { strToU8, zipSync } from 'fflate';
import { decodeDatasetBytes } from '../loadDataset.ts';
import type { Dataset } from '../schema.ts';
import type { Table } from './tables.ts';

export interface InputFile {
  readonly name: string;
  readonly data: ArrayBuffer | Uint8Array;
}

/** What a format's reader gives: tables for the importer, or a dataset as it is; or what is wrong. */
export type FormatRead =
  | { readonly ok: true; readonly tables: readonly Table[]; readonly notes: readonly string[] }
  | { readonly ok: true; readonly dataset: Dataset; readonly notes?: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/** A file for the browser to download. */
export interface Download {
  readonly name: string;
  readonly data: Blob | string | Uint8Array;
  /** Its media type. */
  readonly type: string;
}

export interface FileFormat {
  readonly id: string;
  /** Its name in the import report and the importer's messages ("JSON", "CSV"). */
  readonly name: string;
  /**
   * The extensions it is read from, lower case with the dot: a file's kind is told by its
   * extension alone. Empty for a format that is only written.
   */
  readonly extensions: readonly string[];
  /** How it is read; absent for a format that is only written. */
  readonly read?: {
    /** Whether it comes as several files at once (CSV: a nodes file and an edges file). */
    readonly several: boolean;
    /** `title` is the first file's name, for a dataset that names none. */
    read(files: readonly [InputFile, ...InputFile[]], title: string): Promise<FormatRead>;
  };
  /** What "Export…" offers for it; absent for a format that is only read. */
  readonly write?: {
    /** The button's name in the export dialog. */
    readonly label: string;
    /** The function in src/data/formats that writes it (the documents name it). */
    readonly writer: string;
    /** What is written, in a few words, for the documents' table. */
    readonly written: string;
    /** The file of `dataset`; `base` is the file name's start, made from the dataset's title. */
    save(dataset: Dataset, base: string): Download | Promise<Download>;
  };
  /** The empty template to fill in, when it has one. */
  readonly template?: {
    readonly label: string;
    /** The function in templates.ts that makes it. */
    readonly maker: string;
    /** Templates are offered in this order, lowest first. */
    readonly rank: number;
    save(): Download | Promise<Download>;
  };
  /** Its name in the documents' table ("Dataset JSON"). */
  readonly docsName: string;
}

// Pieces the formats share.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const bytes = (data: ArrayBuffer | Uint8Array): Uint8Array =>
  data instanceof Uint8Array ? data : new Uint8Array(data);

/** A text file's characters (UTF-8 or UTF-16, with or without a BOM), or what is wrong. */
export function text(f: InputFile): { ok: true; text: string } | { ok: false; error: string } {
  const decoded = decodeDatasetBytes(bytes(f.data));
  return decoded.ok ? decoded : { ok: false, error: `${f.name}: ${decoded.error}` };
}

export function buffer(data: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

/** What the GEXF, GraphML and XLSX readers give. */
type TablesResult = { ok: true; tables: Table[]; notes: string[] } | { ok: false; error: string };

/** A GEXF, GraphML or XLSX reader's result, as a format's. */
export const tablesRead = (r: TablesResult): FormatRead =>
  r.ok ? r : { ok: false, errors: [r.error] };

/** Text files by name, zipped into one. */
export const zipOf = (files: Readonly<Record<string, string>>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, t]) => [name, strToU8(t)])));

/** The reader of a graph file (GEXF, GraphML): its text, then its node and edge tables. */
export const graphRead =
  (readGraph: (name: string, text: string) => TablesResult) =>
  async ([first]: readonly [InputFile, ...InputFile[]]): Promise<FormatRead> => {
    const decoded = text(first);
    if (!decoded.ok) return { ok: false, errors: [decoded.error] };
    return tablesRead(readGraph(first.name, decoded.text));
  };

/** A writer's `save`: the file `base` + `suffix`, of media type `type`, that `write` makes. */
export const saveAs =
  (suffix: string, type: string, write: (dataset: Dataset) => Download['data'] | Promise<Blob>) =>
  async (dataset: Dataset, base: string): Promise<Download> => ({
    name: `${base}${suffix}`,
    data: await write(dataset),
    type,
  });
