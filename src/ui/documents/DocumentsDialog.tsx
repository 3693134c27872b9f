// "Documents": the work saved in this browser, to open, rename, duplicate or delete, and the
// bundled dataset, always there and read-only (editing it makes a saved copy).
import { useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { DocumentEntry } from '../../state/savedDocument.ts';
import type { AppStore } from '../../state/store.ts';
import {
  deleteDocument,
  duplicateDocument,
  forgetCurrent,
  listDocuments,
  openDocument,
  renameDocument,
  storageProblem,
} from './documentStorage.ts';
import { restoreSaved } from './restore.ts';
import { Modal } from '../kit/Modal.tsx';

export function DocumentsDialog({
  store,
  bundled,
  onClose,
}: {
  store: AppStore;
  bundled: Dataset;
  onClose: () => void;
}) {
  const [entries, setEntries] = useState<readonly DocumentEntry[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const current = store.getState().persistence.id;
  const refresh = useCallback(() => {
    listDocuments().then(setEntries, (e: unknown) => setProblem(storageProblem(e)));
  }, []);
  useEffect(refresh, [refresh]);
  const act = (work: () => Promise<unknown>) => () => {
    work().then(refresh, (e: unknown) => setProblem(storageProblem(e)));
  };

  return (
    <Modal title="Documents" onClose={onClose}>
      {problem !== null && <p role="alert">{problem}</p>}
      <table className="documents">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Saved</th>
            <th scope="col">Size</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{bundled.title} (bundled, read-only)</th>
            <td>—</td>
            <td>
              {bundled.nodes.length} nodes · {bundled.edges.length} flows
            </td>
            <td>
              <button
                type="button"
                onClick={() => {
                  store.getState().openImported(bundled, bundled.title, null);
                  store.getState().setPersistence({
                    id: null,
                    name: bundled.title,
                    status: 'bundled',
                    message: null,
                  });
                  void forgetCurrent().catch(() => undefined);
                  onClose();
                }}
              >
                Open
              </button>
            </td>
          </tr>
          {entries.map((d) => (
            <tr key={d.id} aria-current={d.id === current ? 'true' : undefined}>
              <th scope="row">{d.name}</th>
              <td>{new Date(d.savedAt).toLocaleString()}</td>
              <td>
                {d.nodes} nodes · {d.flows} flows
              </td>
              <td>
                <button
                  type="button"
                  onClick={act(async () => {
                    const saved = await openDocument(d.id);
                    if (saved !== null) restoreSaved(store, saved);
                    onClose();
                  })}
                >
                  Open
                </button>{' '}
                <button
                  type="button"
                  onClick={act(async () => {
                    const name = window.prompt('New name', d.name);
                    if (name !== null && name.trim() !== '') {
                      await renameDocument(d.id, name.trim());
                      if (d.id === current) store.getState().setPersistence({ name: name.trim() });
                    }
                  })}
                >
                  Rename
                </button>{' '}
                <button
                  type="button"
                  onClick={act(() => duplicateDocument(d.id, crypto.randomUUID()))}
                >
                  Duplicate
                </button>{' '}
                <button
                  type="button"
                  disabled={d.id === current}
                  title={d.id === current ? 'This document is open' : undefined}
                  onClick={act(async () => {
                    if (window.confirm(`Delete “${d.name}”? This cannot be undone.`)) {
                      await deleteDocument(d.id);
                    }
                  })}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
