// Add or edit a source: id, title, publisher, year and link, checked by the loader's rules.
import type { Source } from '../../data/schema.ts';
import { EditorDialog, useEditForm, type EditorProps } from './EditorDialog.tsx';
import { showFields, str, type FormField } from './formFields.ts';
import { keepUnchanged, type FormFieldsOf } from './keepUnchanged.ts';

const FIELDS: readonly FormField[] = [
  { id: 'id', label: 'Id (what nodes and flows cite)', kind: 'text' },
  { id: 'title', label: 'Title', kind: 'text' },
  { id: 'publisher', label: 'Publisher', kind: 'text' },
  { id: 'year', label: 'Year', kind: 'number' },
  { id: 'url', label: 'Link', kind: 'text' },
];

/** Each key of a source the form shows, and the field it is read from. */
const SOURCE_FIELDS_OF: FormFieldsOf = {
  id: ['id'],
  title: ['title'],
  publisher: ['publisher'],
  year: ['year'],
  url: ['url'],
};

export function SourceEditor({ dataset, id, onEdit, onClose }: EditorProps<string>) {
  const source = id === null ? undefined : dataset.sources.find((s) => s.id === id);
  const form = useEditForm(() => showFields(source, ['id', 'title', 'publisher', 'year', 'url']));
  const { values, setErrors } = form;
  const save = () => {
    const n = form.numbersOrStop(['year']);
    if (n === undefined) return;
    const next = {
      id: str(values.id) ?? '',
      title: str(values.title) ?? '',
      year: n.year ?? Number.NaN,
      ...(str(values.publisher) === undefined ? {} : { publisher: str(values.publisher) }),
      ...(str(values.url) === undefined ? {} : { url: str(values.url) }),
    } as Source;
    const saved = keepUnchanged(source, next, SOURCE_FIELDS_OF, form.opened, values);
    const check = onEdit({ type: 'put-source', id, source: saved });
    if (check.ok) onClose();
    else
      setErrors({
        ...check.fields,
        ...(check.others.length > 0 ? { id: check.others[0] ?? '' } : {}),
      });
  };
  return (
    <EditorDialog
      noun="source"
      editing={id}
      fields={FIELDS}
      form={form}
      onSave={save}
      onClose={onClose}
    />
  );
}
