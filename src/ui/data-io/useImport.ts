// Opening a user's files, from "Open dataset…" or a drop on the page: read them in a worker (so
// a huge file never freezes the tab) with the same importers as the command line, hold a lone
// CSV until its partner comes ("one after the other"), ask for a column mapping when a required
// column is missing, and hand the dataset and its report to the store. A file that cannot be read is refused with its reasons; the graph on
// screen stays as it was. Whatever fails on the way (a file the browser cannot read, an importer
// that throws) is refused the same way, so every failure reaches the user.
import { useCallback, useMemo, useState } from 'react';
import { fileKind, type InputFile } from '../../data/formats/importFiles.ts';
import { jsonFormat } from '../../data/formats/jsonFormat.ts';
import type { TableColumns, ColumnMapping } from '../../data/formats/tables.ts';
import type { AppStore } from '../../state/store.ts';
import { fileSizeProblem } from '../../data/loadDataset.ts';
import { failureText, pageImporter, type Importer } from '../../state/workerClients.ts';
import { rememberedMapping, rememberMapping } from './columnMemory.ts';

export { failureText, importSafely } from '../../state/workerClients.ts';

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

/**
 * The files to import now: CSV files join those already waiting; a lone CSV of nodes or of edges
 * waits for its partner.
 */
async function gather(
  picked: readonly File[],
  pending: readonly InputFile[],
  importer: Importer,
): Promise<{ together: InputFile[]; waiting: boolean }> {
  const files = await readFiles(picked);
  const allCsv = files.every((f) => fileKind(f.name) === 'csv');
  const together = allCsv
    ? [...pending.filter((p) => !files.some((f) => f.name === p.name)), ...files]
    : files;
  if (!allCsv || together.length !== 1) return { together, waiting: false };
  const roles = new Set(await importer.csvRoles(together));
  return { together, waiting: roles.has('nodes') !== roles.has('edges') };
}

const nameOf = (files: readonly { name: string }[]) => files.map((f) => f.name).join(' + ');

/** What an import came to: a dataset on screen, a mapping to ask for, or a refusal shown. */
export type ImportOutcome =
  | { readonly kind: 'opened' }
  | { readonly kind: 'mapping'; readonly request: MappingRequest }
  | { readonly kind: 'refused' };

/**
 * Imports `files` and hands the result to the store. Whatever fails on the way (the importer,
 * its worker dying, the store taking the dataset in) is refused with its message: this never
 * rejects, so a failure cannot end in silence.
 */
export async function runImport(
  store: AppStore,
  importer: Importer,
  files: readonly InputFile[],
  chosen: ColumnMapping,
): Promise<ImportOutcome> {
  try {
    const result = await importer.importFiles(files, chosen);
    const s = store.getState();
    if (result.ok) {
      // A dataset JSON loads whole or not at all: no mapping, nothing refused, so no report.
      const report = result.report.format === jsonFormat.name ? null : result.report;
      s.openImported(result.dataset, nameOf(files), report);
      return { kind: 'opened' };
    }
    if (result.tables !== undefined && result.tables.some((t) => t.missing.length > 0)) {
      return { kind: 'mapping', request: { files, tables: result.tables, errors: result.errors } };
    }
    s.refuseFile(nameOf(files), result.errors);
  } catch (error) {
    store.getState().refuseFile(nameOf(files), [failureText(error)]);
  }
  return { kind: 'refused' };
}

export function useImport(store: AppStore) {
  const [pending, setPending] = useState<readonly InputFile[]>([]);
  const [mapping, setMapping] = useState<MappingRequest | null>(null);
  const [lastFiles, setLastFiles] = useState<readonly InputFile[]>([]);

  const importer = useMemo(() => pageImporter(), []);

  const run = useCallback(
    async (files: readonly InputFile[], chosen: ColumnMapping) => {
      const outcome = await runImport(store, importer, files, chosen);
      if (outcome.kind === 'mapping') {
        setMapping(outcome.request);
        return;
      }
      setPending([]);
      if (outcome.kind === 'opened') {
        setMapping(null);
        setLastFiles(files);
      }
    },
    [store, importer],
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
        const { together, waiting } = await gather(picked, pending, importer);
        if (waiting) {
          setPending(together);
          return;
        }
        await run(together, rememberedMapping());
      } catch (error) {
        store.getState().refuseFile(nameOf(picked), [failureText(error)]);
      }
    },
    [pending, run, store, importer],
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
