// The dialog every editor (node, flow, source) is: its form with the loader's messages, Save,
// any other action (Delete), and Cancel. The editor keeps the values and says what Save does.
import { useState, type ReactNode } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { DatasetEdit, EditCheck } from '../../data/edits.ts';
import { Modal } from '../app/Modal.tsx';
import { EditForm } from './EditForm.tsx';
import type { FormField, FormValues } from './formFields.ts';

/** What an editor is given: the dataset, what it edits (null adds one) and how to apply it. */
export interface EditorProps<Id> {
  readonly dataset: Dataset;
  readonly id: Id | null;
  readonly onEdit: (edit: DatasetEdit) => EditCheck;
  readonly onClose: () => void;
}

/** The form's values and messages; a change clears the messages of the last Save. */
export function useEditForm(initial: () => FormValues) {
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [others, setOthers] = useState<readonly string[]>([]);
  const change = (v: FormValues) => {
    setValues(v);
    setErrors({});
  };
  /** The loader refused the edit: each message by its field (as the form names it), the rest below. */
  const refused = (
    check: Extract<EditCheck, { ok: false }>,
    fieldOf: (key: string) => string = (k) => k,
  ) => {
    const mapped: Record<string, string> = {};
    for (const [k, v] of Object.entries(check.fields)) mapped[fieldOf(k)] = v;
    setErrors(mapped);
    setOthers(check.others);
  };
  return { values, errors, others, setErrors, setOthers, change, refused };
}

export function EditorDialog({
  title,
  idPrefix,
  fields,
  form,
  saveLabel,
  onSave,
  onClose,
  more,
  children,
}: {
  title: string;
  idPrefix: string;
  fields: readonly FormField[];
  form: ReturnType<typeof useEditForm>;
  saveLabel: string;
  onSave: () => void;
  onClose: () => void;
  /** Actions between Save and Cancel. */
  more?: ReactNode;
  /** Said below the form. */
  children?: ReactNode;
}) {
  return (
    <Modal
      title={title}
      className="editor"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onSave}>
            {saveLabel}
          </button>
          {more}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </>
      }
    >
      <EditForm
        idPrefix={idPrefix}
        fields={fields}
        values={form.values}
        errors={form.errors}
        others={form.others}
        onChange={form.change}
      />
      {children}
    </Modal>
  );
}
