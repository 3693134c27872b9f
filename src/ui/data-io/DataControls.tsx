// The toolbar's data controls: "Open dataset…" (any format we read; several CSV files at once or
// one after the other) and drops on the page, "Export…", "Documents…", the edit buttons, the
// "Unsourced figures" badge and the storage notice, and the dialogs they open.
import { useEffect, useRef, useState } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../data/formats/importFiles.ts';
import { unsourcedFigures } from '../../data/edits.ts';
import type { Dataset } from '../../data/schema.ts';
import { selectWorkAtRisk, type AppStore } from '../../state/store.ts';
import { REPLACE_WARNING } from '../kit/useLeaveWarning.ts';
import { useAppStore } from '../../state/useAppStore.ts';
import { ColumnMappingDialog } from './ColumnMappingDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import { useImport } from './useImport.ts';
import { FlowEditor } from '../editing/FlowEditor.tsx';
import { NodeEditor } from '../editing/NodeEditor.tsx';
import { SourceEditor } from '../editing/SourceEditor.tsx';
import { DocumentsDialog } from '../documents/DocumentsDialog.tsx';

type Editing =
  | { type: 'node'; id: string | null }
  | { type: 'flow'; index: number | null }
  | { type: 'source'; id: string | null };

/** What the Documents button's tooltip says of the work on screen. */
const SAVE_STATE = {
  bundled: '',
  saving: ' (saving…)',
  saved: ' (your work is saved in this browser)',
  memory: ' (not saved: see the notice)',
} as const;

export function DataControls({ store, bundled }: { store: AppStore; bundled: Dataset }) {
  const dataset = useAppStore((s) => s.dataset);
  const selection = useAppStore((s) => s.history.present.view.selection);
  const importReport = useAppStore((s) => s.importReport);
  const persistence = useAppStore((s) => s.persistence);
  const hasEdits = useAppStore((s) => (s.history.present.edits ?? []).length > 0);
  const imports = useImport(store);
  const fileInput = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const [documents, setDocuments] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const unsourced = unsourcedFigures(dataset);
  const unsourcedCount = unsourced.nodes.length + unsourced.edges.length;
  const actions = store.getState();

  /** Work that is not safely stored is confirmed before another file replaces it. */
  const open = (files: File[]) => {
    // Kept in the browser, the old dataset stays among the documents; in memory only, its edits,
    // edited stories and undo history would be lost.
    const unsaved =
      persistence.status === 'memory' && (hasEdits || selectWorkAtRisk(store.getState()));
    if (unsaved && !window.confirm(REPLACE_WARNING)) return;
    void imports.open(files);
  };
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files') === true) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      openRef.current(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  /** What every editor is given besides what it edits. */
  const editor = {
    dataset,
    onEdit: actions.editDataset,
    onClose: () => setEditing(null),
  };
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
          open([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
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
      <details className="edit-menu">
        <summary>Edit data</summary>
        <div className="edit-menu-items">
          <button type="button" onClick={() => setEditing({ type: 'node', id: null })}>
            Add node…
          </button>
          <button type="button" onClick={() => setEditing({ type: 'flow', index: null })}>
            Add flow…
          </button>
          <button type="button" onClick={() => setEditing({ type: 'source', id: null })}>
            Add source…
          </button>
          {selection?.type === 'node' && (
            <button type="button" onClick={() => setEditing({ type: 'node', id: selection.id })}>
              Edit node {selection.id}…
            </button>
          )}
          {selection?.type === 'edge' && (
            <button
              type="button"
              onClick={() => setEditing({ type: 'flow', index: selection.index })}
            >
              Edit flow…
            </button>
          )}
        </div>
      </details>
      {unsourcedCount > 0 && (
        <span className="badge warning" title="Figures without a source are kept as drafts">
          Unsourced figures: {unsourcedCount}
        </span>
      )}
      {persistence.status === 'memory' && persistence.message !== null && (
        <span role="status" className="badge warning" title={persistence.message}>
          Not saved: {persistence.message}
        </span>
      )}
      {imports.pending.length > 0 && (
        <span role="status" className="pending-import">
          Read {imports.pending.map((f) => f.name).join(', ')}: open its{' '}
          {imports.pending.length === 1 ? 'partner' : 'other'} file (nodes or edges) next.{' '}
          <button type="button" onClick={() => void imports.importPending()}>
            Import as it is
          </button>{' '}
          <button type="button" onClick={imports.clearPending}>
            Cancel
          </button>
        </span>
      )}
      {imports.mapping !== null && (
        <ColumnMappingDialog
          request={imports.mapping}
          onApply={(m) => void imports.applyMapping(m)}
          onCancel={imports.cancelMapping}
        />
      )}
      {importReport !== null && imports.mapping === null && (
        <ImportReportDialog
          fileName={importReport.fileName}
          report={importReport.report}
          onClose={actions.dismissImportReport}
          onRemap={() => {
            imports.remap();
            actions.dismissImportReport();
          }}
        />
      )}
      {exporting && <ExportDialog dataset={dataset} onClose={() => setExporting(false)} />}
      {documents && (
        <DocumentsDialog store={store} bundled={bundled} onClose={() => setDocuments(false)} />
      )}
      {editing?.type === 'node' && <NodeEditor {...editor} id={editing.id} />}
      {editing?.type === 'flow' && <FlowEditor {...editor} index={editing.index} />}
      {editing?.type === 'source' && <SourceEditor {...editor} id={editing.id} />}
    </>
  );
}
