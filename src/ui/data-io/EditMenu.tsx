// The "Edit data" menu: add a node, a flow or a source, or edit the selected node or flow, each
// in its own editor.
import { useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { DatasetEdit, EditCheck } from '../../data/edits.ts';
import type { Selection } from '../../state/document.ts';
import { FlowEditor } from '../editing/FlowEditor.tsx';
import { NodeEditor } from '../editing/NodeEditor.tsx';
import { SourceEditor } from '../editing/SourceEditor.tsx';

type Editing =
  | { type: 'node'; id: string | null }
  | { type: 'flow'; index: number | null }
  | { type: 'source'; id: string | null };

export function EditMenu({
  dataset,
  selection,
  onEdit,
}: {
  dataset: Dataset;
  selection: Selection | null;
  onEdit: (edit: DatasetEdit) => EditCheck;
}) {
  const [editing, setEditing] = useState<Editing | null>(null);
  /** What every editor is given besides what it edits. */
  const editor = { dataset, onEdit, onClose: () => setEditing(null) };
  return (
    <>
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
      {editing?.type === 'node' && <NodeEditor {...editor} id={editing.id} />}
      {editing?.type === 'flow' && <FlowEditor {...editor} index={editing.index} />}
      {editing?.type === 'source' && <SourceEditor {...editor} id={editing.id} />}
    </>
  );
}
