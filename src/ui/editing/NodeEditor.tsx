// Add or edit a node: id, label, stage, country, capacity, production, year, sources, estimate
// range and notes. What the form does not show (stocks, converter, outside demand, place,
// balance) is kept as it was. Checked by the loader's rules on save; a new id renames the node
// in its flows.
import { STAGES } from '../../core/model.ts';
import type { DatasetNode } from '../../data/schema.ts';
import { EditorDialog, useEditForm, type EditorProps } from './EditorDialog.tsx';
import {
  CITED_FIELDS_OF,
  citedFields,
  citedPart,
  citedValues,
  showFields,
  str,
  type FormField,
  type FormValues,
} from './formFields.ts';
import { keepUnchanged, type FormFieldsOf } from './keepUnchanged.ts';

const FIELDS: readonly FormField[] = [
  { id: 'id', label: 'Id', kind: 'text' },
  { id: 'label', label: 'Label', kind: 'text' },
  { id: 'stage', label: 'Stage', kind: 'select', options: STAGES },
  { id: 'country', label: 'Country (ISO code, e.g. CN)', kind: 'text' },
  { id: 'capacity', label: 'Capacity a year', kind: 'number' },
  { id: 'production', label: 'Production a year', kind: 'number' },
  ...citedFields('Estimate of production'),
];

/** The node's figures the form reads as numbers. */
export const NODE_NUMBERS = ['capacity', 'production', 'low', 'high', 'year'] as const;

/** The form's text for a node (empty for a new one). */
export function nodeFormValues(node: DatasetNode | undefined): FormValues {
  return {
    ...showFields(node, ['id', 'label', 'stage', 'country', 'capacity', 'production']),
    ...citedValues(node),
  };
}

/** Each key of a node the form shows, and the fields it is read from. */
const NODE_FIELDS_OF: FormFieldsOf = {
  id: ['id'],
  label: ['label'],
  stage: ['stage'],
  country: ['country'],
  capacity: ['capacity'],
  production: ['production'],
  ...CITED_FIELDS_OF,
};

/**
 * The node Save writes: what the form shows, read back (`n`: its numbers), over the node as it
 * was; what the form does not show and what the user did not change are kept as they were.
 */
export function nodeFromForm(
  node: DatasetNode | undefined,
  opened: FormValues,
  values: FormValues,
  n: Record<string, number | undefined>,
): DatasetNode {
  const nodeId = str(values.id) ?? '';
  const built = {
    id: nodeId,
    label: str(values.label) ?? nodeId,
    stage: values.stage,
    country: (str(values.country) ?? '').toUpperCase(),
    ...(n.capacity === undefined ? {} : { capacity: n.capacity }),
    ...(n.production === undefined ? {} : { production: n.production }),
    ...citedPart(values, n),
  } as DatasetNode;
  return keepUnchanged(node, built, NODE_FIELDS_OF, opened, values);
}

/** `id`: the node being edited; null adds one. */
export function NodeEditor({ dataset, id, onEdit, onClose }: EditorProps<string>) {
  const node = id === null ? undefined : dataset.nodes.find((n) => n.id === id);
  const form = useEditForm(() => nodeFormValues(node));
  const { values, setErrors } = form;

  const save = () => {
    const n = form.numbersOrStop(NODE_NUMBERS, (errs) => {
      if (str(values.id) === undefined) errs.id = 'must not be empty';
    });
    if (n === undefined) return;
    const next = nodeFromForm(node, form.opened, values, n);
    if (id === null && dataset.nodes.some((x) => x.id === next.id)) {
      setErrors({ id: `duplicate node id "${next.id}"` });
      return;
    }
    form.settle(onEdit({ type: 'put-node', id, node: next }), onClose, (k) =>
      k === 'estimate' ? 'low' : k,
    );
  };

  return (
    <EditorDialog
      noun="node"
      editing={id}
      fields={FIELDS}
      form={form}
      onSave={save}
      onDelete={id === null ? undefined : () => onEdit({ type: 'delete-node', id })}
      onClose={onClose}
    />
  );
}
