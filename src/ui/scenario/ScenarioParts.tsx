// The pieces of the "Scenario" region: the interventions in play, the preset picker and the
// saved-scenario file input.
import type { Dataset, ScenarioPreset } from '../../data/schema.ts';
import type { ScenarioEntry } from '../../state/document.ts';
import { describe } from './describe.ts';

/** What the preset list shows of a dataset's preset. */
export type Preset = Pick<ScenarioPreset, 'id' | 'label' | 'date' | 'caption' | 'interventions'>;

export function InterventionList({
  dataset,
  entries,
  onToggle,
  onEdit,
  onDelete,
}: {
  readonly dataset: Dataset;
  readonly entries: readonly ScenarioEntry[];
  readonly onToggle: (index: number) => void;
  readonly onEdit: (index: number) => void;
  readonly onDelete: (index: number) => void;
}) {
  return entries.length === 0 ? (
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
            onClick={() => onEdit(k)}
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
  );
}

export function PresetPicker({
  presets,
  chosen: [preset, onPreset],
  onLoadPreset,
}: {
  readonly presets: readonly Preset[];
  /** The preset shown in the list (its id), and what changes it; kept by the panel. */
  readonly chosen: readonly [string, (id: string) => void];
  readonly onLoadPreset: (id: string) => void;
}) {
  const chosenPreset = presets.find((p) => p.id === preset);
  if (presets.length === 0) return null;
  return (
    <div className="preset">
      <label className="field">
        Preset
        <select value={preset} onChange={(e) => onPreset(e.target.value)}>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.date === undefined ? '' : `${p.date}: `}
              {p.label}
            </option>
          ))}
        </select>
      </label>
      {chosenPreset?.caption !== undefined && <p className="muted small">{chosenPreset.caption}</p>}
      <button
        type="button"
        disabled={chosenPreset === undefined}
        onClick={() => chosenPreset && onLoadPreset(chosenPreset.id)}
      >
        Load preset
      </button>
    </div>
  );
}

export function OpenScenarioFile({
  onOpenFile,
}: {
  readonly onOpenFile: (text: string, fileName: string) => void;
}) {
  return (
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
  );
}
