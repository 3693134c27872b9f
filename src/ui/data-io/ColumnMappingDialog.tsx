// "Map columns": which field each column of the opened files fills, for columns the importer did
// not recognise or required fields it could not find. The choice is remembered for next time.
import { useState } from 'react';
import { FIELDS, normaliseHeader } from '../../data/formats/fields.ts';
import type { ColumnMapping, TableColumns } from '../../data/formats/tables.ts';
import { Modal } from '../kit/Modal.tsx';
import type { MappingRequest } from './useImport.ts';
import { HeadRow } from '../kit/HeadRow.tsx';

const IGNORE = '';

function initialChoices(tables: readonly TableColumns[]): Record<string, string> {
  const choices: Record<string, string> = {};
  for (const t of tables) {
    for (const c of t.columns) choices[`${t.table}\u0000${c.index}`] = c.field?.id ?? IGNORE;
  }
  return choices;
}

export function ColumnMappingDialog({
  request,
  onApply,
  onCancel,
}: {
  request: MappingRequest;
  onApply: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState(() => initialChoices(request.tables));
  const missingNow = request.tables.map((t) => {
    const chosen = new Set(t.columns.map((c) => choices[`${t.table}\u0000${c.index}`]));
    if (t.role === 'nodes') return chosen.has('id') || chosen.has('label') ? [] : ['id or label'];
    if (t.role === 'edges') return ['source', 'target', 'flow'].filter((f) => !chosen.has(f));
    return FIELDS[t.role].filter((f) => f.required === true && !chosen.has(f.id)).map((f) => f.id);
  });
  const ready = missingNow.every((m) => m.length === 0);

  const apply = () => {
    const mapping: ColumnMapping = {};
    for (const t of request.tables) {
      const columns: Record<string, string | null> = { ...(mapping[t.role] ?? {}) };
      for (const c of t.columns) {
        const id = choices[`${t.table}\u0000${c.index}`] ?? IGNORE;
        columns[normaliseHeader(c.column)] = id === IGNORE ? null : id;
      }
      mapping[t.role] = columns;
    }
    onApply(mapping);
  };

  return (
    <Modal
      title="Map columns"
      className="mapping"
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={apply} disabled={!ready}>
            Import with these columns
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      }
    >
      <p>
        Say which field each column holds. Columns left on “ignore” are not read; the choice is
        remembered for the next import.
      </p>
      {request.tables.map((t, i) => (
        <section key={t.table} aria-label={`Columns of ${t.table}`}>
          <h3>
            {t.table} <span className="muted">({t.role})</span>
          </h3>
          {(missingNow[i] ?? []).length > 0 && (
            <p className="field-error" role="alert">
              Needs a column for: {(missingNow[i] ?? []).join(', ')}
            </p>
          )}
          <table className="mapping-table">
            <thead>
              <HeadRow columns={['Column', 'Field']} />
            </thead>
            <tbody>
              {t.columns.map((c) => {
                const key = `${t.table}\u0000${c.index}`;
                return (
                  <tr key={key}>
                    <th scope="row">{c.column || '(no name)'}</th>
                    <td>
                      <select
                        aria-label={`Field for ${t.table} column ${c.column}`}
                        value={choices[key] ?? IGNORE}
                        onChange={(e) => setChoices({ ...choices, [key]: e.target.value })}
                      >
                        <option value={IGNORE}>— ignore —</option>
                        {FIELDS[t.role].map((f) => (
                          <option key={f.id} value={f.id} title={f.note}>
                            {f.id}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </Modal>
  );
}
