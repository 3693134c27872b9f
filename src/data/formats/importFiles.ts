// The one way in for a user's files, in the explorer and on the command line alike: files in
// (a dataset JSON; one or more CSV files; an XLSX workbook; a GEXF or GraphML graph), a dataset
// and its import report out, or the reasons it cannot be read, each with its place. Which format
// a file is, and how it is read, comes from the format registry (./index.ts).
import { formatOf, READ_FORMATS, ACCEPTED_EXTENSIONS, type ReadFormat } from './index.ts';
import type { InputFile } from './fileFormat.ts';
import { importTables, type ImportResult } from './importTables.ts';
import type { StageMapping } from './importStages.ts';
import type { ColumnMapping } from './tables.ts';

export type { InputFile } from './fileFormat.ts';
export { ACCEPTED_EXTENSIONS, fileKind, type FileKind } from './index.ts';

/** "CSV": the formats that come as several files at once. */
const SEVERAL = READ_FORMATS.filter((f) => f.read.several)
  .map((f) => f.name)
  .join(', ');

const fail = (...errors: string[]): ImportResult => ({ ok: false, errors });

export async function importFiles(
  files: readonly InputFile[],
  options: { mapping?: ColumnMapping | undefined; stages?: StageMapping | undefined } = {},
): Promise<ImportResult> {
  if (files.length === 0) return fail('no file given');
  const formats = files.map((f) => formatOf(f.name));
  const unknown = files.filter((_, i) => formats[i] === undefined);
  if (unknown.length > 0) {
    return fail(
      ...unknown.map(
        (f) => `${f.name}: not a file type we read (${ACCEPTED_EXTENSIONS.join(', ')})`,
      ),
    );
  }
  const format = formats[0] as ReadFormat;
  if (!format.read.several && files.length > 1) {
    return fail(
      `one ${format.name} file at a time (only ${SEVERAL} comes as several files), got: ${files.map((f) => f.name).join(', ')}`,
    );
  }
  if (formats.some((f) => f !== format)) {
    return fail(`these files are of different kinds: ${files.map((f) => f.name).join(', ')}`);
  }
  const first = files[0] as InputFile;
  // The file's name, as the loader has always titled an untitled dataset.
  const title = first.name.replace(/^.*[\\/]/, '');
  const read = await format.read.read([first, ...files.slice(1)], title);
  if (!read.ok) return { ok: false, errors: read.errors };
  if ('dataset' in read) {
    const d = read.dataset;
    return {
      ok: true,
      dataset: d,
      report: {
        format: format.name,
        nodes: d.nodes.length,
        flows: d.edges.length,
        tables: [],
        refused: [],
        inferred: [],
        notes: [...(read.notes ?? [])],
      },
    };
  }
  const result = importTables(read.tables, {
    format: format.name,
    mapping: options.mapping,
    stages: options.stages,
    fallbackTitle: title,
  });
  if (!result.ok) return result;
  return {
    ...result,
    report: { ...result.report, notes: [...read.notes, ...result.report.notes] },
  };
}
