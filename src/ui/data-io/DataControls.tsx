// The toolbar's data controls: "Open dataset…" (any format we read; several CSV files at once or
// one after the other) and drops on the page, "Export…", "Documents…", the edit menu, the
// "Unsourced figures" badge and the storage notice (StorageNotice), and the dialogs they open.
import { useRef, useState } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../data/formats/index.ts';
import { unsourcedFigures } from '../../data/edits.ts';
import type { Dataset } from '../../data/schema.ts';
import { selectWorkAtRisk, type AppStore } from '../../state/store.ts';
import { REPLACE_WARNING } from '../kit/useLeaveWarning.ts';
import { useAppStore } from '../../state/useAppStore.ts';
import { DocumentsDialog } from '../documents/DocumentsDialog.tsx';
import { StorageNotice } from '../documents/StorageNotice.tsx';
import { EditMenu } from './EditMenu.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportPrompts } from './ImportPrompts.tsx';
import { useImport } from './useImport.ts';
import { useFileDrop } from './useFileDrop.ts';

/** What the Documents button's tooltip says of the work on screen. */
const SAVE_STATE = {
  bundled: '',
  saving: ' (saving…)',
  saved: ' (your work is saved in this browser)',
  memory: ' (not saved: see the notice)',
} as const;

/** Opening files: work that is not safely stored is confirmed before another file replaces it. */
function useOpenFiles(store: AppStore) {
  const persistence = useAppStore((s) => s.persistence);
  const hasEdits = useAppStore((s) => (s.history.present.edits ?? []).length > 0);
  const imports = useImport(store);
  const open = (files: File[]) => {
    // Kept in the browser, the old dataset stays among the documents; in memory only, its edits,
    // edited stories and undo history would be lost.
    const unsaved =
      persistence.status === 'memory' && (hasEdits || selectWorkAtRisk(store.getState()));
    if (unsaved && !window.confirm(REPLACE_WARNING)) return;
    // open refuses, with a message, whatever it cannot read: it never rejects.
    void imports.open(files);
  };
  useFileDrop(open);
  return { imports, open };
}

function OpenButton({ onOpen }: { onOpen: (files: File[]) => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => fileInput.current?.click()}>
        Open dataset…
      </button>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS.join(',')}
        hidden
        aria-label="Dataset file"
        onChange={(e) => {
          onOpen([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
    </>
  );
}

export function DataControls({ store, bundled }: { store: AppStore; bundled: Dataset }) {
  const dataset = useAppStore((s) => s.dataset);
  const selection = useAppStore((s) => s.history.present.view.selection);
  const persistence = useAppStore((s) => s.persistence);
  const { imports, open } = useOpenFiles(store);
  const [exporting, setExporting] = useState(false);
  const [documents, setDocuments] = useState(false);
  const unsourced = unsourcedFigures(dataset);
  const unsourcedCount = unsourced.nodes.length + unsourced.edges.length;

  return (
    <>
      <OpenButton onOpen={open} />
      <button type="button" onClick={() => setExporting(true)}>
        Export…
      </button>
      <button
        type="button"
        onClick={() => setDocuments(true)}
        data-persistence={persistence.status}
        title={`Saved documents${SAVE_STATE[persistence.status]}`}
      >
        Documents…
      </button>
      <EditMenu dataset={dataset} selection={selection} onEdit={store.getState().editDataset} />
      {unsourcedCount > 0 && (
        <span className="badge warning" title="Figures without a source are kept as drafts">
          Unsourced figures: {unsourcedCount}
        </span>
      )}
      <StorageNotice persistence={persistence} />
      <ImportPrompts store={store} imports={imports} />
      {exporting && <ExportDialog dataset={dataset} onClose={() => setExporting(false)} />}
      {documents && (
        <DocumentsDialog store={store} bundled={bundled} onClose={() => setDocuments(false)} />
      )}
    </>
  );
}
