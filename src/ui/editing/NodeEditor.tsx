// Add or edit a node: id, label, stage, country, capacity, production, year, sources, estimate
// range and notes (the dataset format has no converter or stock fields yet). Checked by the
// loader's rules on save; a new id renames the node in its flows.
import { STAGES } from '../../core/model.ts';
import type { DatasetNode } from '../../data/schema.ts';
import { EditorDialog, useEditForm, type EditorProps } from './EditorDialog.tsx';
import { citedFields, citedPart, citedValues, show, str, type FormField } from './formFields.ts';

const FIELDS: readonly FormField[] = [
  { id: 'id', label: 'Id', kind: 'text' },
  { id: 'label', label: 'Label', kind: 'text' },
  { id: 'stage', label: 'Stage', kind: 'select', options: STAGES },
  { id: 'country', label: 'Country (ISO code, e.g. CN)', kind: 'text' },
  { id: 'capacity', label: 'Capacity a year', kind: 'number' },
  { id: 'production', label: 'Production a year', kind: 'number' },
  ...citedFields('Estimate of production'),
];

/** `id`: the node being edited; null adds one. */
export function NodeEditor({ dataset, id, onEdit, onClose }: EditorProps<string>) {
  const node = id === null ? undefined : dataset.nodes.find((n) => n.id === id);
  const form = useEditForm(() => ({
    id: show(node?.id),
    label: show(node?.label),
    stage: show(node?.stage),
    country: show(node?.country),
    capacity: show(node?.capacity),
    production: show(node?.production),
    ...citedValues(node),
  }));
  const { values, setErrors, setOthers } = form;

  const save = () => {
    const n = form.numbersOrStop(['capacity', 'production', 'low', 'high', 'year'], (errs) => {
      if (str(values.id) === undefined) errs.id = 'must not be empty';
    });
    if (n === undefined) return;
    const nodeId = str(values.id) ?? '';
    const next = {
      id: nodeId,
      label: str(values.label) ?? nodeId,
      stage: values.stage,
      country: (str(values.country) ?? '').toUpperCase(),
      ...(n.capacity === undefined ? {} : { capacity: n.capacity }),
      ...(n.production === undefined ? {} : { production: n.production }),
      ...citedPart(values, n),
      ...(node?.balance === undefined ? {} : { balance: node.balance }),
    } as DatasetNode;
    if (id === null && dataset.nodes.some((x) => x.id === nodeId)) {
      setErrors({ id: `duplicate node id "${nodeId}"` });
      return;
    }
    form.settle(onEdit({ type: 'put-node', id, node: next }), onClose, (k) =>
      k === 'estimate' ? 'low' : k,
    );
  };

  return (
    <EditorDialog
      noun="node"
      title={id === null ? 'Add node' : `Edit node ${id}`}
      fields={FIELDS}
      form={form}
      onSave={save}
      onDelete={
        id === null
          ? undefined
          : () => {
              const check = onEdit({ type: 'delete-node', id });
              if (check.ok) onClose();
              else setOthers([...Object.values(check.fields), ...check.others]);
            }
      }
      onClose={onClose}
    />
  );
}
