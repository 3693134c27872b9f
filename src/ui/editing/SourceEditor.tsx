// Add or edit a source: id, title, publisher, year and link, checked by the loader's rules.
import { useState } from 'react';
import type { Dataset, Source } from '../../data/schema.ts';
import type { DatasetEdit, EditCheck } from '../../data/edits.ts';
import { EditForm } from './EditForm.tsx';
import { numbers, show, str, type FormField } from './formFields.ts';

const FIELDS: readonly FormField[] = [
  { id: 'id', label: 'Id (what nodes and flows cite)', kind: 'text' },
  { id: 'title', label: 'Title', kind: 'text' },
  { id: 'publisher', label: 'Publisher', kind: 'text' },
  { id: 'year', label: 'Year', kind: 'number' },
  { id: 'url', label: 'Link', kind: 'text' },
];

export function SourceEditor({
  dataset,
  id,
  onEdit,
  onClose,
}: {
  dataset: Dataset;
  id: string | null;
  onEdit: (edit: DatasetEdit) => EditCheck;
  onClose: () => void;
}) {
  const source = id === null ? undefined : dataset.sources.find((s) => s.id === id);
  const [values, setValues] = useState<Record<string, string>>(() => ({
    id: show(source?.id),
    title: show(source?.title),
    publisher: show(source?.publisher),
    year: show(source?.year),
    url: show(source?.url),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = () => {
    const errs: Record<string, string> = {};
    const n = numbers(values, ['year'], errs);
    if (Object.keys(errs).length > 0) return setErrors(errs);
    const next = {
      id: str(values.id) ?? '',
      title: str(values.title) ?? '',
      year: n.year ?? Number.NaN,
      ...(str(values.publisher) === undefined ? {} : { publisher: str(values.publisher) }),
      ...(str(values.url) === undefined ? {} : { url: str(values.url) }),
    } as Source;
    const check = onEdit({ type: 'put-source', id, source: next });
    if (check.ok) onClose();
    else
      setErrors({
        ...check.fields,
        ...(check.others.length > 0 ? { id: check.others[0] ?? '' } : {}),
      });
  };
  return (
    <div className="modal-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="source-editor-title"
        className="modal editor"
      >
        <h2 id="source-editor-title">{id === null ? 'Add source' : `Edit source ${id}`}</h2>
        <EditForm
          idPrefix="source"
          fields={FIELDS}
          values={values}
          errors={errors}
          onChange={setValues}
        />
        <div className="modal-actions">
          <button type="button" onClick={save}>
            Save source
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
