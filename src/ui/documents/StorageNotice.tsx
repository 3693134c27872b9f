// The notice beside "Documents…": why the work is not saved (storage full, private mode), that
// the saved work could not be read (with the record to download, so nothing is lost), or that
// this tab's work was kept apart from another tab's.
import type { Persistence } from '../../state/store.ts';
import { saveFile } from '../data-io/download.ts';
import { unreadableRecord, unreadableText } from './documentStorage.ts';

export function StorageNotice({ persistence }: { persistence: Persistence }) {
  if (persistence.message === null) return null;
  const unreadable = persistence.status === 'memory' ? unreadableRecord() : null;
  // A read failure is not a save failure: its message says what happened on its own.
  const prefix = persistence.status === 'memory' && unreadable === null ? 'Not saved: ' : '';
  return (
    <span role="status" className="badge warning" title={persistence.message}>
      {prefix}
      {persistence.message}
      {unreadable !== null && (
        <>
          {' '}
          <button
            type="button"
            onClick={() =>
              saveFile(
                'chokepoint-unreadable-document.json',
                unreadableText(unreadable.record),
                'application/json',
              )
            }
          >
            Download the saved record
          </button>
        </>
      )}
    </span>
  );
}
