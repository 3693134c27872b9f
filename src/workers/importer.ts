// What the import worker does, as plain functions: read the files with the one importer (the
// command line's too) and tell the roles of CSV files. Nothing here throws: whatever fails is a
// refusal with its message, so every failure reaches the user. The page runs these in
// import.worker.ts, so parsing a big file never freezes the tab; tests run them in place.
import { parseCsv } from '../data/formats/csv.ts';
import { importFiles, type InputFile } from '../data/formats/importFiles.ts';
import type { ImportResult } from '../data/formats/importTables.ts';
import { roleOf, type ColumnMapping } from '../data/formats/tables.ts';

export type { ImportResult };

/** What the explorer asks of an importer, in a worker or in place. */
export interface Importer {
  importFiles(files: readonly InputFile[], mapping: ColumnMapping): Promise<ImportResult>;
  /** The roles ("nodes", "edges") of the CSV files among `files`. */
  csvRoles(files: readonly InputFile[]): Promise<string[]>;
}

/** An unexpected failure in words: its message, never a stack trace. */
export const failureText = (error: unknown): string =>
  `the file could not be read (${error instanceof Error ? error.message : String(error)})`;

/** importFiles, with anything it throws turned into a refusal the user is shown. */
export async function importSafely(
  files: readonly InputFile[],
  mapping: ColumnMapping,
  read: typeof importFiles = importFiles,
): Promise<ImportResult> {
  try {
    return await read(files, { mapping });
  } catch (error) {
    return { ok: false, errors: [failureText(error)] };
  }
}

export function csvRoles(files: readonly InputFile[]): string[] {
  const roles = new Set<string>();
  for (const f of files) {
    try {
      const parsed = parseCsv(f.name, new TextDecoder().decode(f.data));
      if (!parsed.ok) continue;
      const role = roleOf(parsed.table);
      if (role !== undefined) roles.add(role);
    } catch {
      // A file that cannot be parsed has no role: the import that follows says why.
    }
  }
  return [...roles];
}

/** The importer run on the calling thread. */
export const inPlaceImporter: Importer = {
  importFiles: (files, mapping) => importSafely(files, mapping),
  csvRoles: (files) => Promise.resolve(csvRoles(files)),
};
