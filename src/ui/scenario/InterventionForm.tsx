// The form that adds an intervention or edits one in place: its kind, one value per field and
// the lists it picks from, which hold only what exists (choices.ts).
import { useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { Intervention } from '../../core/scenario.ts';
import { FORM_KINDS, type FormField } from '../../core/interventions/index.ts';
import type { ScenarioEntry } from '../../state/document.ts';
import { resolveChoices, type Choice } from './choices.ts';

export function useInterventionForm(
  dataset: Dataset,
  entries: readonly ScenarioEntry[],
  onAdd: (i: Intervention) => void,
  onEdit: (index: number, i: Intervention) => void,
) {
  const [adding, setAdding] = useState(false);
  const [kindType, setKindType] = useState<string | undefined>(FORM_KINDS[0]?.type);
  const kind = FORM_KINDS.find((k) => k.type === kindType);
  // One value per field key, shared by the kinds that ask for it (a node, a country…).
  const [values, setValues] = useState<Record<string, string>>({});
  const fields = useMemo(() => kind?.form.fields ?? [], [kind]);
  // Only what exists: a flow's nodes, a route's countries, the materials on them (choices.ts).
  const resolved = useMemo(
    () =>
      resolveChoices(dataset, fields, values, (f) =>
        f.input === 'percent' ? String(f.initial) : '',
      ),
    [dataset, fields, values],
  );
  const valueOf = (field: FormField): string => resolved.values[field.key] ?? '';
  const choicesOf = (field: FormField): readonly Choice[] => resolved.choices[field.key] ?? [];
  const set = (key: string, value: string) => setValues((v) => ({ ...v, [key]: value }));
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
    adding,
    setAdding,
    kindType,
    setKindType,
    valueOf,
    choicesOf,
    set,
    fields,
    editing,
    setEditing,
    add,
    edit,
  };
}

type Form = ReturnType<typeof useInterventionForm>;

export function InterventionForm({ form }: { readonly form: Form }) {
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
          <FieldInput key={field.key} field={field} form={form} />
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

function FieldInput({ field, form }: { readonly field: FormField; readonly form: Form }) {
  const { valueOf, choicesOf, set } = form;
  return (
    <label className="field">
      {field.label}
      {field.input === 'percent' ? (
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
          {choicesOf(field).map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </label>
  );
}
