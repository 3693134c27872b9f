// Add or edit a flow: its figure as reported (value, unit, basis), the conversion to the
// dataset's unit, the material, year, sources, estimate range and notes. The flow is the
// reported value times the conversion factor. Checked by the loader's rules on save.
import { BASES, type Basis, type Dataset, type DatasetEdge } from '../../data/schema.ts';
import type { EditCheck } from '../../data/edits.ts';
import type { DatasetEdit } from '../../data/edits.ts';
import { EditorDialog, useEditForm } from './EditorDialog.tsx';
import { keepUnchanged, type FormFieldsOf } from './keepUnchanged.ts';
import {
  CITED_FIELDS_OF,
  citedFields,
  citedPart,
  citedValues,
  list,
  show,
  showFields,
  str,
  type FormField,
  type FormValues,
} from './formFields.ts';

const FIELD_OF: Readonly<Record<string, string>> = {
  reported: 'reported_value',
  conversion: 'conversion_factor',
  estimate: 'low',
};

/** The form's text for a flow (empty for a new one). */
export function edgeFormValues(e: DatasetEdge | undefined): FormValues {
  return {
    ...showFields(e, ['source', 'target', 'flow', 'material']),
    reported_value: show(e?.reported?.value),
    reported_unit: show(e?.reported?.unit),
    reported_basis: show(e?.reported?.basis),
    conversion_factor: show(e?.conversion?.factor),
    conversion_note: show(e?.conversion?.note),
    conversion_sources: show(e?.conversion?.sources),
    ...citedValues(e),
  };
}

/** The flow's figures the form reads as numbers. */
export const EDGE_NUMBERS = [
  'flow',
  'reported_value',
  'conversion_factor',
  'low',
  'high',
  'year',
] as const;

/** Each key of a flow the form shows, and the fields it is read from. */
const EDGE_FIELDS_OF: FormFieldsOf = {
  source: ['source'],
  target: ['target'],
  flow: ['flow', 'reported_value', 'conversion_factor'],
  material: ['material'],
  reported: ['reported_value', 'reported_unit', 'reported_basis'],
  conversion: ['conversion_factor', 'conversion_note', 'conversion_sources'],
  ...CITED_FIELDS_OF,
};

/**
 * The flow Save writes (undefined when it has no figure): what the form shows, read back (`n`:
 * its numbers), over the flow as it was; what the form does not show and what the user did not
 * change are kept as they were. The flow is the reported figure times the conversion factor.
 */
export function edgeFromForm(
  edge: DatasetEdge | undefined,
  opened: FormValues,
  values: FormValues,
  n: Record<string, number | undefined>,
): DatasetEdge | undefined {
  const reported =
    n.reported_value === undefined
      ? undefined
      : {
          value: n.reported_value,
          unit: str(values.reported_unit) ?? '',
          basis: (str(values.reported_basis) ?? '') as Basis,
        };
  const conversion =
    n.conversion_factor === undefined && str(values.conversion_note) === undefined
      ? undefined
      : {
          factor: n.conversion_factor ?? 0,
          note: str(values.conversion_note) ?? '',
          sources: list(values.conversion_sources) ?? [],
        };
  const flow = reported === undefined ? n.flow : reported.value * (conversion?.factor ?? 1);
  const next = {
    source: values.source ?? '',
    target: values.target ?? '',
    flow: flow ?? Number.NaN,
    ...(str(values.material) === undefined ? {} : { material: str(values.material) }),
    ...citedPart(values, n),
    ...(reported === undefined ? {} : { reported }),
    ...(conversion === undefined ? {} : { conversion }),
  } as DatasetEdge;
  if (flow === undefined) return undefined;
  return keepUnchanged(edge, next, EDGE_FIELDS_OF, opened, values);
}

export function FlowEditor({
  dataset,
  index,
  onEdit,
  onClose,
}: {
  dataset: Dataset;
  /** The flow being edited; null adds one. */
  index: number | null;
  onEdit: (edit: DatasetEdit) => EditCheck;
  onClose: () => void;
}) {
  const edge = index === null ? undefined : dataset.edges[index];
  const form = useEditForm(() => edgeFormValues(edge));
  const { values, setErrors } = form;
  const ids = dataset.nodes.map((n) => n.id);
  const hasReported = str(values.reported_value) !== undefined;
  const fields: FormField[] = [
    { id: 'source', label: 'From (supplier)', kind: 'select', options: ids },
    { id: 'target', label: 'To (customer)', kind: 'select', options: ids },
    { id: 'reported_value', label: 'Figure as reported', kind: 'number' },
    { id: 'reported_unit', label: 'Unit as reported (e.g. t/yr)', kind: 'text' },
    { id: 'reported_basis', label: 'Basis as reported', kind: 'select', options: BASES },
    { id: 'conversion_factor', label: 'Conversion factor to the flow unit', kind: 'number' },
    { id: 'conversion_note', label: 'What the factor is made of', kind: 'text' },
    { id: 'conversion_sources', label: 'Sources of the factor (ids, ";")', kind: 'list' },
    {
      id: 'flow',
      label: hasReported
        ? `Flow (${dataset.basis ?? 'dataset unit'}; from the reported figure)`
        : `Flow (${dataset.basis ?? 'dataset unit'})`,
      kind: 'number',
    },
    { id: 'material', label: 'Material', kind: 'text' },
    ...citedFields('Estimate'),
  ];

  const save = () => {
    const n = form.numbersOrStop(EDGE_NUMBERS);
    if (n === undefined) return;
    const next = edgeFromForm(edge, form.opened, values, n);
    if (next === undefined) {
      setErrors({ flow: 'is missing: give the flow, or the figure as reported' });
      return;
    }
    form.settle(onEdit({ type: 'put-edge', index, edge: next }), onClose, (k) => FIELD_OF[k] ?? k);
  };

  return (
    <EditorDialog
      noun="flow"
      editing={index === null ? null : ''}
      fields={fields}
      form={form}
      onSave={save}
      onDelete={index === null ? undefined : () => onEdit({ type: 'delete-edge', index })}
      onClose={onClose}
    >
      {(list(values.sources) ?? []).length === 0 && (
        <p className="muted">
          Without a source this figure is kept as a draft and flagged as unsourced.
        </p>
      )}
    </EditorDialog>
  );
}
