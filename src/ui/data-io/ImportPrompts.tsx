// What an import in progress asks of the user: a lone CSV waiting for its partner, the column
// mapping when a required column is missing, and the report of what was read and refused.
import type { AppStore } from '../../state/store.ts';
import { useAppStore } from '../../state/useAppStore.ts';
import { ColumnMappingDialog } from './ColumnMappingDialog.tsx';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import type { useImport } from './useImport.ts';

export function ImportPrompts({
  store,
  imports,
}: {
  store: AppStore;
  imports: ReturnType<typeof useImport>;
}) {
  const importReport = useAppStore((s) => s.importReport);
  const actions = store.getState();
  return (
    <>
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
    </>
  );
}
