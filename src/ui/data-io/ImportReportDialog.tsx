// What an import did: N nodes and M flows, the columns used and ignored, every refused row with
// its place and reason, and the stages that were inferred.
import { Modal } from '../kit/Modal.tsx';
import type { ImportReport } from '../../data/formats/importTables.ts';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function ImportReportDialog({
  fileName,
  report,
  onClose,
  onRemap,
}: {
  fileName: string;
  report: ImportReport;
  onClose: () => void;
  onRemap: (() => void) | null;
}) {
  const ignored = report.tables.flatMap((t) =>
    t.columns.filter((c) => c.field === null).map((c) => ({ table: t.table, ...c })),
  );
  return (
    <Modal
      title={`Imported ${fileName}`}
      className="report"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose} autoFocus>
            Close
          </button>
          {onRemap !== null && ignored.length > 0 && (
            <button type="button" onClick={onRemap}>
              Map columns…
            </button>
          )}
        </>
      }
    >
      <p data-testid="import-summary">
        {report.format}: {plural(report.nodes, 'node')}, {plural(report.flows, 'flow')};{' '}
        {plural(report.refused.length, 'row')} refused
      </p>
      {report.refused.length > 0 && (
        <section aria-label="Refused rows">
          <h3>Refused rows</h3>
          <ul className="errors">
            {report.refused.map((r, i) => (
              <li key={i}>
                <code>{r.place}</code>: {r.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.inferred.length > 0 && (
        <section aria-label="Inferred stages">
          <h3>Stages inferred from the flows</h3>
          <ul>
            {report.inferred.map((i) => (
              <li key={i.id}>
                {i.id}: {i.stage} ({i.reason})
              </li>
            ))}
          </ul>
        </section>
      )}
      {(report.unknownStages ?? []).length > 0 && (
        <section aria-label="Unknown stage values">
          <h3>Stage values not known</h3>
          <p className="small">
            Read from the flows instead (above); map the column to choose a stage yourself.
          </p>
          <ul>
            {(report.unknownStages ?? []).map((u) => (
              <li key={u.text}>
                &ldquo;{u.text}&rdquo;: {u.nodes.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Columns">
        <h3>Columns</h3>
        <ul>
          {report.tables.map((t) => (
            <li key={t.table}>
              {t.table}:{' '}
              {t.columns
                .filter((c) => c.field !== null)
                .map((c) =>
                  c.field?.id === c.column ? c.column : `${c.column} → ${c.field?.id ?? ''}`,
                )
                .join(', ')}
            </li>
          ))}
        </ul>
        {ignored.length > 0 && (
          <>
            <h4>Ignored</h4>
            <ul>
              {ignored.map((c) => (
                <li key={`${c.table}-${c.index}`}>
                  {c.table}: {c.column || '(no name)'} — {c.reason}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {report.notes.length > 0 && (
        <ul className="muted">
          {report.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
