// The "Scenario" region: the interventions in play, each switchable, plus forms to add more
// and the dataset's presets.
import { useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { Intervention } from '../../core/scenario.ts';
import type { ScenarioEntry } from '../../state/document.ts';
import { InterventionList, OpenScenarioFile, PresetPicker, type Preset } from './ScenarioParts.tsx';
import { InterventionForm, useInterventionForm } from './InterventionForm.tsx';

export type { Preset };

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
  const [preset, setPreset] = useState(presets[0]?.id ?? '');
  const form = useInterventionForm(dataset, entries, onAdd, onEdit);

  return (
    <section className="panel scenario" aria-label="Scenario">
      <h2>Scenario</h2>
      <InterventionList
        dataset={dataset}
        entries={entries}
        onToggle={onToggle}
        onEdit={form.edit}
        onDelete={onDelete}
      />
      {entries.length > 0 && (
        <button type="button" onClick={() => onReplace([])}>
          Reset to baseline
        </button>
      )}
      <PresetPicker presets={presets} chosen={[preset, setPreset]} onLoadPreset={onLoadPreset} />
      <OpenScenarioFile onOpenFile={onOpenFile} />
      <InterventionForm form={form} />
    </section>
  );
}
