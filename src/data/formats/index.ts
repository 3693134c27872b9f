// The format registry: every kind of file a dataset is read from or written to, declared once.
// Each format's file (jsonFormat.ts, csvFormat.ts, …) holds its id and names, the extensions it
// is read from, how it is read and written, its empty template and its row in the documents
// (the shape is `FileFormat` in ./fileFormat.ts). The importer (importFiles.ts), the file input's
// accept list, "Export…", the command line and `npm run docs` all look formats up here.
//
// Adding a format: write its file next to the others, add it to FORMATS below, and run
// `npm run docs` (tests/unit/data/formats/registry.test.ts round-trips it when it is both read
// and written).
import { csvFormat } from './csvFormat.ts';
import type { FileFormat } from './fileFormat.ts';
import { gexfFormat } from './gexfFormat.ts';
import { graphmlFormat } from './graphmlFormat.ts';
import { jsonFormat } from './jsonFormat.ts';
import { neo4jFormat } from './neo4jFormat.ts';
import { xlsxFormat } from './xlsxFormat.ts';

export type { Download, FileFormat, FormatRead, InputFile } from './fileFormat.ts';

const LIST = [jsonFormat, csvFormat, xlsxFormat, gexfFormat, graphmlFormat, neo4jFormat] as const;

/** Every format, in the order the documents and "Export…" list them. */
export const FORMATS: readonly FileFormat[] = LIST;

type Format = (typeof LIST)[number];
/** A format that is read. */
export type ReadFormat = FileFormat & Required<Pick<FileFormat, 'read'>>;
/** The id of a format that is read: the kinds of file the importer tells apart. */
export type FileKind = Extract<Format, { read: object }>['id'];

const isRead = (f: FileFormat): f is ReadFormat => f.read !== undefined;

/** The formats read, in order. */
export const READ_FORMATS: readonly ReadFormat[] = FORMATS.filter(isRead);

/** Every extension a file is read from (the file input's accept list, the importer's message). */
export const ACCEPTED_EXTENSIONS: readonly string[] = READ_FORMATS.flatMap((f) => f.extensions);

const BY_EXTENSION: ReadonlyMap<string, ReadFormat> = new Map(
  READ_FORMATS.flatMap((f) => f.extensions.map((ext) => [ext, f] as const)),
);

/** The format a file of this name is read as, by its extension; undefined when none reads it. */
export function formatOf(name: string): ReadFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : BY_EXTENSION.get(`.${ext}`);
}

/** The kind of file a name is read as (its format's id). */
export function fileKind(name: string): FileKind | undefined {
  return formatOf(name)?.id as FileKind | undefined;
}

/** The formats "Export…" writes, in order. */
export const EXPORTS = FORMATS.flatMap((f) => (f.write === undefined ? [] : [f.write]));

/** The empty templates "Export…" offers, in their order. */
export const TEMPLATES = FORMATS.flatMap((f) =>
  f.template === undefined ? [] : [f.template],
).sort((a, b) => a.rank - b.rank);
