// The "Scenario" region: the interventions in play, each switchable, plus forms to add more
// and the dataset's presets.
import { useMemo, useState } from 'react';
import type { Dataset, ScenarioPreset } from '../../data/schema.ts';
import { countryName } from '../../core/countries.ts';
import type { Intervention } from '../../core/scenario.ts';
import { describe } from './describe.ts';
import { FORM_KINDS, type FormField } from '../../core/interventions/index.ts';
import type { ScenarioEntry } from '../../state/document.ts';
import { flowMaterials } from '../kit/materials.ts';

/** What the preset list shows of a dataset's preset. */
export type Preset = Pick<ScenarioPreset, 'id' | 'label' | 'date' | 'caption' | 'interventions'>;

interface Props {
  readonly dataset: Dataset;
  readonly entries: readonly ScenarioEntry[];
  readonly presets: readonly Preset[];
  readonly onAdd: (i: Intervention) => void;
  readonly onToggle: (index: number) => void;
  readonly onDelete: (index: number) => void;
  /** An edited intervention, in the place of the one at `index`. */
  readonly onEdit: (index: number, i: Intervention) => void;
  readonly onReplace: (interventions: readonly Intervention[]) => void;
  /** Load one of `presets` by id. */
  readonly onLoadPreset: (id: string) => void;
  readonly onOpenFile: (text: string, fileName: string) => void;
}

export function ScenarioPanel({
  dataset,
  entries,
  presets,
  onAdd,
  onToggle,
  onDelete,
  onEdit,
  onReplace,
  onLoadPreset,
  onOpenFile,
}: Props) {
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
  const [preset, setPreset] = useState(presets[0]?.id ?? '');
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
  const chosenPreset = presets.find((p) => p.id === preset);

  return (
    <section className="panel scenario" aria-label="Scenario">
      <h2>Scenario</h2>
      {entries.length === 0 ? (
        <p className="muted">Baseline: nothing removed.</p>
      ) : (
        <ul className="interventions" aria-label="Interventions">
          {entries.map((e, k) => (
            <li key={k} className={e.enabled ? '' : 'off'}>
              <label className="check">
                <input type="checkbox" checked={e.enabled} onChange={() => onToggle(k)} />
                {describe(dataset, e.intervention)}
              </label>
              <button
                type="button"
                className="icon"
                aria-label={`Edit: ${describe(dataset, e.intervention)}`}
                title="Edit"
                onClick={() => edit(k)}
              >
                ✎
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`Delete: ${describe(dataset, e.intervention)}`}
                onClick={() => onDelete(k)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {entries.length > 0 && (
        <button type="button" onClick={() => onReplace([])}>
          Reset to baseline
        </button>
      )}
      {presets.length > 0 && (
        <div className="preset">
          <label className="field">
            Preset
            <select value={preset} onChange={(e) => setPreset(e.target.value)}>
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.date === undefined ? '' : `${p.date}: `}
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          {chosenPreset?.caption !== undefined && (
            <p className="muted small">{chosenPreset.caption}</p>
          )}
          <button
            type="button"
            disabled={chosenPreset === undefined}
            onClick={() => chosenPreset && onLoadPreset(chosenPreset.id)}
          >
            Load preset
          </button>
        </div>
      )}
      <label className="field">
        Open a saved scenario
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) void file.text().then((text) => onOpenFile(text, file.name));
            e.target.value = '';
          }}
        />
      </label>
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
            <label className="field" key={field.key}>
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
    </section>
  );
}
