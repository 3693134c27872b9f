// The form that adds an intervention or edits one in place: its kind, one value per field and
// the lists it picks from.
import { useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { countryName } from '../../core/countries.ts';
import type { Intervention } from '../../core/scenario.ts';
import { FORM_KINDS, type FormField } from '../../core/interventions/index.ts';
import type { ScenarioEntry } from '../../state/document.ts';
import { flowMaterials } from '../kit/materials.ts';

export function useInterventionForm(
  dataset: Dataset,
  entries: readonly ScenarioEntry[],
  onAdd: (i: Intervention) => void,
  onEdit: (index: number, i: Intervention) => void,
) {
  // Sorted once per dataset: a 5,000-node list re-sorted on every edit stalled the page.
  const countries = useMemo(
    () => [...new Set(dataset.nodes.map((n) => n.country))].sort(),
    [dataset],
  );
  const nodes = useMemo(() => {
    const collator = new Intl.Collator('en');
    return [...dataset.nodes].sort((a, b) => collator.compare(a.label, b.label));
  }, [dataset]);
  const [adding, setAdding] = useState(false);
  const [kindType, setKindType] = useState<string | undefined>(FORM_KINDS[0]?.type);
  const kind = FORM_KINDS.find((k) => k.type === kindType);
  // One value per field key, shared by the kinds that ask for it (a node, a country…).
  const [values, setValues] = useState<Record<string, string>>({});
  const valueOf = (field: FormField): string => {
    const v = values[field.key];
    if (v !== undefined) return v;
    if (field.input === 'node') return nodes[0]?.id ?? '';
    if (field.input === 'country') return countries[field.pick] ?? countries[0] ?? '';
    if (field.input === 'material') return '';
    return String(field.initial);
  };
  const set = (key: string, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const fields = kind?.form.fields ?? [];
  // Which intervention the form edits in place, or null when it adds a new one.
  const [editing, setEditing] = useState<number | null>(null);
  const add = () => {
    if (kind === undefined) return;
    const built = kind.form.build(Object.fromEntries(fields.map((f) => [f.key, valueOf(f)])));
    if (editing === null) onAdd(built);
    else onEdit(editing, built);
    setEditing(null);
  };
  const edit = (k: number) => {
    const i = entries[k]?.intervention;
    const of = FORM_KINDS.find((f) => f.type === i?.type);
    if (i === undefined || of === undefined) return;
    setKindType(of.type);
    setValues((v) => ({ ...v, ...of.form.values(i) }));
    setEditing(k);
    setAdding(true);
  };
  return {
    countries,
    nodes,
    adding,
    setAdding,
    kindType,
    setKindType,
    valueOf,
    set,
    fields,
    editing,
    setEditing,
    add,
    edit,
  };
}

type Form = ReturnType<typeof useInterventionForm>;

export function InterventionForm({
  dataset,
  form,
}: {
  readonly dataset: Dataset;
  readonly form: Form;
}) {
  const { adding, setAdding, editing, setEditing, kindType, setKindType, fields, add } = form;
  return (
    <details className="add" open={adding} onToggle={(e) => setAdding(e.currentTarget.open)}>
      <summary>{editing === null ? 'Add an intervention' : 'Edit the intervention'}</summary>
      <label className="field">
        Kind
        <select value={kindType} onChange={(e) => setKindType(e.target.value)}>
          {FORM_KINDS.map((k) => (
            <option key={k.type} value={k.type}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {fields.map((field) =>
        // The node list is built only while the form is open: 5,000 options are slow.
        field.input === 'node' && !adding ? null : (
          <FieldInput key={field.key} dataset={dataset} field={field} form={form} />
        ),
      )}
      <button type="button" onClick={add}>
        {editing === null ? 'Add' : 'Save changes'}
      </button>
      {editing !== null && (
        <button type="button" onClick={() => setEditing(null)}>
          Cancel
        </button>
      )}
    </details>
  );
}

function FieldInput({
  dataset,
  field,
  form,
}: {
  readonly dataset: Dataset;
  readonly field: FormField;
  readonly form: Form;
}) {
  const { valueOf, set, nodes, countries } = form;
  return (
    <label className="field">
      {field.label}
      {field.input === 'material' ? (
        <select value={valueOf(field)} onChange={(e) => set(field.key, e.target.value)}>
          <option value="">Every material</option>
          {flowMaterials(dataset).map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      ) : field.input === 'percent' ? (
        <input
          type="number"
          min={0}
          max={100}
          step={field.step}
          value={valueOf(field)}
          onChange={(e) =>
            set(field.key, String(Math.min(100, Math.max(0, Number(e.target.value)))))
          }
        />
      ) : (
        <select value={valueOf(field)} onChange={(e) => set(field.key, e.target.value)}>
          {field.input === 'node'
            ? nodes.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))
            : countries.map((c) => (
                <option key={c} value={c}>
                  {countryName(c)}
                </option>
              ))}
        </select>
      )}
    </label>
  );
}
