// The dialog every editor (node, flow, source) is: its form with the loader's messages, Save,
// any other action (Delete), and Cancel. The editor keeps the values and says what Save does.
import { useState, type ReactNode } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { DatasetEdit, EditCheck } from '../../data/edits.ts';
import { Modal } from '../kit/Modal.tsx';
import { EditForm } from './EditForm.tsx';
import { numbers, type FormField, type FormValues } from './formFields.ts';

/** What an editor is given: the dataset, what it edits (null adds one) and how to apply it. */
export interface EditorProps<Id> {
  readonly dataset: Dataset;
  readonly id: Id | null;
  readonly onEdit: (edit: DatasetEdit) => EditCheck;
  readonly onClose: () => void;
}

/** The form's values and messages; a change clears the messages of the last Save. */
export function useEditForm(initial: () => FormValues) {
  /** The values the form opened with: what Save compares with to keep what was not changed. */
  const [opened] = useState<FormValues>(initial);
  const [values, setValues] = useState<FormValues>(opened);
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
    // A message for a field the form does not show (or for the record as a whole, key '') is
    // listed under the form with its key, never dropped.
    const mapped: Record<string, string> = {};
    const unshown: string[] = [];
    for (const [k, v] of Object.entries(check.fields)) {
      const field = fieldOf(k);
      if (Object.hasOwn(values, field)) mapped[field] = v;
      else unshown.push(k === '' ? v : `${k}: ${v}`);
    }
    setErrors(mapped);
    setOthers([...unshown, ...check.others]);
  };
  /** Saves what the number fields allow: their "not a number" messages stop it here. */
  const numbersOrStop = (
    ids: readonly string[],
    more: (errs: Record<string, string>) => void = () => {},
  ) => {
    const errs: Record<string, string> = {};
    const n = numbers(values, ids, errs);
    more(errs);
    if (Object.keys(errs).length === 0) return n;
    setErrors(errs);
    return undefined;
  };
  /** The loader's answer to Save: accepted closes the dialog, refused shows why. */
  const settle = (check: EditCheck, onClose: () => void, fieldOf?: (key: string) => string) => {
    if (check.ok) onClose();
    else refused(check, fieldOf);
  };
  return {
    opened,
    values,
    errors,
    others,
    setErrors,
    setOthers,
    change,
    refused,
    numbersOrStop,
    settle,
  };
}

export function EditorDialog({
  noun,
  editing,
  fields,
  form,
  onSave,
  onDelete,
  onClose,
  children,
}: {
  /** What is edited ("node", "flow", "source"): names the Save and Delete buttons and the field ids. */
  noun: string;
  /** What is edited, named in the title ("Edit node cn-processing"); null adds one ("Add node"). */
  editing: string | null;
  fields: readonly FormField[];
  form: ReturnType<typeof useEditForm>;
  onSave: () => void;
  /**
   * Shown as a Delete button between Save and Cancel when given: the loader's answer to the
   * deletion closes the dialog, or says below the form why it was refused.
   */
  onDelete?: (() => EditCheck) | undefined;
  onClose: () => void;
  /** Said below the form. */
  children?: ReactNode;
}) {
  // Save with no field changed closes without an edit: nothing to undo, the selection kept.
  const save = () => {
    const same = Object.keys(form.values).every((k) => form.values[k] === form.opened[k]);
    if (editing !== null && same) onClose();
    else onSave();
  };
  const remove = () => {
    const check = onDelete?.();
    if (check === undefined) return;
    if (check.ok) onClose();
    else form.setOthers([...Object.values(check.fields), ...check.others]);
  };
  return (
    <Modal
      title={
        editing === null ? `Add ${noun}` : `Edit ${noun}${editing === '' ? '' : ` ${editing}`}`
      }
      className="editor"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={save}>
            {`Save ${noun}`}
          </button>
          {onDelete && (
            <button type="button" onClick={remove}>
              {`Delete ${noun}`}
            </button>
          )}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </>
      }
    >
      <EditForm
        idPrefix={noun}
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
