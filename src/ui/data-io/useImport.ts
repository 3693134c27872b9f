// Opening a user's files, from "Open dataset…" or a drop on the page: read them with the same
// importers as the command line, hold a lone CSV until its partner comes ("one after the
// other"), ask for a column mapping when a required column is missing, and hand the dataset and
// its report to the store. A file that cannot be read is refused with its reasons; the graph on
// screen stays as it was. Whatever fails on the way (a file the browser cannot read, an importer
// that throws) is refused the same way, so every failure reaches the user.
import { useCallback, useState } from 'react';
import { parseCsv } from '../../data/formats/csv.ts';
import { fileKind, importFiles, type InputFile } from '../../data/formats/importFiles.ts';
import { jsonFormat } from '../../data/formats/jsonFormat.ts';
import type { TableColumns, ColumnMapping } from '../../data/formats/tables.ts';
import { roleOf } from '../../data/formats/tables.ts';
import type { AppStore } from '../../state/store.ts';
import { fileSizeProblem } from '../../data/loadDataset.ts';
import { rememberedMapping, rememberMapping } from './columnMemory.ts';

export interface MappingRequest {
  readonly files: readonly InputFile[];
  readonly tables: readonly TableColumns[];
  readonly errors: readonly string[];
}

async function readFiles(files: readonly File[]): Promise<InputFile[]> {
  return Promise.all(
    files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })),
  );
}

/** The roles of CSV files, to tell whether nodes and edges are both there. */
function csvRoles(files: readonly InputFile[]): Set<string> {
  const roles = new Set<string>();
  for (const f of files) {
    const parsed = parseCsv(f.name, new TextDecoder().decode(f.data));
    if (!parsed.ok) continue;
    const role = roleOf(parsed.table);
    if (role !== undefined) roles.add(role);
  }
  return roles;
}

/**
 * The files to import now: CSV files join those already waiting; a lone CSV of nodes or of edges
 * waits for its partner.
 */
async function gather(
  picked: readonly File[],
  pending: readonly InputFile[],
): Promise<{ together: InputFile[]; waiting: boolean }> {
  const files = await readFiles(picked);
  const allCsv = files.every((f) => fileKind(f.name) === 'csv');
  const together = allCsv
    ? [...pending.filter((p) => !files.some((f) => f.name === p.name)), ...files]
    : files;
  if (!allCsv || together.length !== 1) return { together, waiting: false };
  const roles = csvRoles(together);
  return { together, waiting: roles.has('nodes') !== roles.has('edges') };
}

const nameOf = (files: readonly { name: string }[]) => files.map((f) => f.name).join(' + ');

/** An unexpected failure in words: its message, never a stack trace. */
export const failureText = (error: unknown): string =>
  `the file could not be read (${error instanceof Error ? error.message : String(error)})`;

/** importFiles, with anything it throws turned into a refusal the user is shown. */
export async function importSafely(
  files: readonly InputFile[],
  mapping: ColumnMapping,
  read: typeof importFiles = importFiles,
): ReturnType<typeof importFiles> {
  try {
    return await read(files, { mapping });
  } catch (error) {
    return { ok: false, errors: [failureText(error)] };
  }
}

export function useImport(store: AppStore) {
  const [pending, setPending] = useState<readonly InputFile[]>([]);
  const [mapping, setMapping] = useState<MappingRequest | null>(null);
  const [lastFiles, setLastFiles] = useState<readonly InputFile[]>([]);

  const run = useCallback(
    async (files: readonly InputFile[], chosen: ColumnMapping) => {
      const result = await importSafely(files, chosen);
      const s = store.getState();
      if (result.ok) {
        setPending([]);
        setMapping(null);
        setLastFiles(files);
        // A dataset JSON loads whole or not at all: no mapping, nothing refused, so no report.
        const report = result.report.format === jsonFormat.name ? null : result.report;
        s.openImported(result.dataset, nameOf(files), report);
        return;
      }
      if (result.tables !== undefined && result.tables.some((t) => t.missing.length > 0)) {
        setMapping({ files, tables: result.tables, errors: result.errors });
        return;
      }
      setPending([]);
      s.refuseFile(nameOf(files), result.errors);
    },
    [store],
  );

  const open = useCallback(
    async (picked: readonly File[]) => {
      if (picked.length === 0) return;
      // The size is checked on the file's bytes before anything is read.
      for (const f of picked) {
        const tooBig = fileSizeProblem(f.size);
        if (tooBig !== null) return store.getState().refuseFile(f.name, [tooBig]);
      }
      // Whatever fails from here on (reading the files, or past importSafely) is refused with a
      // message: open never rejects, so its callers need no catch of their own.
      try {
        const { together, waiting } = await gather(picked, pending);
        if (waiting) {
          setPending(together);
          return;
        }
        await run(together, rememberedMapping());
      } catch (error) {
        store.getState().refuseFile(nameOf(picked), [failureText(error)]);
      }
    },
    [pending, run, store],
  );

  const applyMapping = useCallback(
    async (chosen: ColumnMapping) => {
      if (mapping === null) return;
      rememberMapping(chosen);
      await run(mapping.files, rememberedMapping());
    },
    [mapping, run],
  );

  /** Opens the mapping dialog for the last import, to map columns it ignored. */
  const remap = useCallback(() => {
    const report = store.getState().importReport;
    if (report === null || lastFiles.length === 0) return;
    setMapping({ files: lastFiles, tables: report.report.tables, errors: [] });
  }, [lastFiles, store]);

  return {
    open,
    pending,
    importPending: () => run(pending, rememberedMapping()),
    clearPending: () => setPending([]),
    mapping,
    applyMapping,
    cancelMapping: () => setMapping(null),
    remap,
  };
}
