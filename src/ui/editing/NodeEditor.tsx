// Add or edit a node: id, label, stage, country, capacity, production, year, sources, estimate
// range and notes (the dataset format has no converter or stock fields yet). Checked by the
// loader's rules on save; a new id renames the node in its flows.
import { STAGES } from '../../core/model.ts';
import type { DatasetNode } from '../../data/schema.ts';
import { EditorDialog, useEditForm, type EditorProps } from './EditorDialog.tsx';
import { list, numbers, show, str, type FormField } from './formFields.ts';

const FIELDS: readonly FormField[] = [
  { id: 'id', label: 'Id', kind: 'text' },
  { id: 'label', label: 'Label', kind: 'text' },
  { id: 'stage', label: 'Stage', kind: 'select', options: STAGES },
  { id: 'country', label: 'Country (ISO code, e.g. CN)', kind: 'text' },
  { id: 'capacity', label: 'Capacity a year', kind: 'number' },
  { id: 'production', label: 'Production a year', kind: 'number' },
  { id: 'low', label: 'Estimate of production: low', kind: 'number' },
  { id: 'high', label: 'Estimate of production: high', kind: 'number' },
  { id: 'year', label: 'Year', kind: 'number' },
  { id: 'sources', label: 'Sources (ids, separated by ";")', kind: 'list' },
  { id: 'notes', label: 'Notes', kind: 'textarea' },
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
    low: show(node?.estimate?.low),
    high: show(node?.estimate?.high),
    year: show(node?.year),
    sources: show(node?.sources),
    notes: show(node?.notes),
  }));
  const { values, setErrors, setOthers } = form;

  const save = () => {
    const errs: Record<string, string> = {};
    const n = numbers(values, ['capacity', 'production', 'low', 'high', 'year'], errs);
    if (str(values.id) === undefined) errs.id = 'must not be empty';
    if (Object.keys(errs).length > 0) {
      setErrors(errs);
      return;
    }
    const nodeId = str(values.id) ?? '';
    const next = {
      id: nodeId,
      label: str(values.label) ?? nodeId,
      stage: values.stage,
      country: (str(values.country) ?? '').toUpperCase(),
      ...(n.capacity === undefined ? {} : { capacity: n.capacity }),
      ...(n.production === undefined ? {} : { production: n.production }),
      ...(n.year === undefined ? {} : { year: n.year }),
      ...(list(values.sources) === undefined ? {} : { sources: list(values.sources) }),
      ...(str(values.notes) === undefined ? {} : { notes: str(values.notes) }),
      ...(n.low === undefined && n.high === undefined
        ? {}
        : { estimate: { low: n.low ?? Number.NaN, high: n.high ?? Number.NaN } }),
      ...(node?.balance === undefined ? {} : { balance: node.balance }),
    } as DatasetNode;
    if (id === null && dataset.nodes.some((x) => x.id === nodeId)) {
      setErrors({ id: `duplicate node id "${nodeId}"` });
      return;
    }
    const check = onEdit({ type: 'put-node', id, node: next });
    if (check.ok) {
      onClose();
      return;
    }
    form.refused(check, (k) => (k === 'estimate' ? 'low' : k));
  };

  return (
    <EditorDialog
      title={id === null ? 'Add node' : `Edit node ${id}`}
      idPrefix="node"
      fields={FIELDS}
      form={form}
      saveLabel="Save node"
      onSave={save}
      onClose={onClose}
      more={
        id !== null && (
          <button
            type="button"
            onClick={() => {
              const check = onEdit({ type: 'delete-node', id });
              if (check.ok) onClose();
              else setOthers([...Object.values(check.fields), ...check.others]);
            }}
          >
            Delete node
          </button>
        )
      }
    ></EditorDialog>
  );
}
