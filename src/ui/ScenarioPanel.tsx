// The "Scenario" region: the interventions in play, each switchable, plus forms to add more
// and the dataset's presets.
import { useMemo, useState } from 'react';
import { labeller } from './labels.ts';
import type { Dataset } from '../data/schema.ts';
import { countryName } from '../core/countries.ts';
import { describeIntervention, type Intervention } from '../core/scenario.ts';
import type { ScenarioEntry } from '../state/document.ts';

export interface Preset {
  readonly id: string;
  readonly label: string;
  readonly date?: string | undefined;
  readonly caption?: string | undefined;
  readonly interventions: readonly Intervention[];
}

interface Props {
  readonly dataset: Dataset;
  readonly entries: readonly ScenarioEntry[];
  readonly presets: readonly Preset[];
  readonly onAdd: (i: Intervention) => void;
  readonly onToggle: (index: number) => void;
  readonly onDelete: (index: number) => void;
  readonly onReplace: (interventions: readonly Intervention[]) => void;
  readonly onOpenFile: (text: string, fileName: string) => void;
}

type Kind = 'remove-node' | 'scale-capacity' | 'block-country' | 'block-route';

/** An intervention in words, with the dataset's labels and country names. */
export function describe(dataset: Dataset, i: Intervention): string {
  return describeIntervention(i, { node: labeller(dataset), country: countryName });
}

export function ScenarioPanel({
  dataset,
  entries,
  presets,
  onAdd,
  onToggle,
  onDelete,
  onReplace,
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
  const [kind, setKind] = useState<Kind>('remove-node');
  const [node, setNode] = useState(nodes[0]?.id ?? '');
  const [cut, setCut] = useState(70);
  const [from, setFrom] = useState(countries[0] ?? '');
  const [to, setTo] = useState(countries[1] ?? countries[0] ?? '');
  const [preset, setPreset] = useState(presets[0]?.id ?? '');

  const add = () => {
    switch (kind) {
      case 'remove-node':
        return onAdd({ type: 'remove-node', node });
      case 'scale-capacity':
        return onAdd({ type: 'scale-capacity', node, factor: Math.round(100 - cut) / 100 });
      case 'block-country':
        return onAdd({ type: 'block-country', country: from });
      case 'block-route':
        return onAdd({ type: 'block-route', from, to });
    }
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
            onClick={() => chosenPreset && onReplace(chosenPreset.interventions)}
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
      <details className="add" onToggle={(e) => setAdding(e.currentTarget.open)}>
        <summary>Add an intervention</summary>
        <label className="field">
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="remove-node">Remove a node</option>
            <option value="scale-capacity">Cut a node's capacity</option>
            <option value="block-country">Block a country</option>
            <option value="block-route">Block a route (export control)</option>
          </select>
        </label>
        {adding && (kind === 'remove-node' || kind === 'scale-capacity') && (
          <label className="field">
            Node
            <select value={node} onChange={(e) => setNode(e.target.value)}>
              {nodes.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'scale-capacity' && (
          <label className="field">
            Cut by (%)
            <input
              type="number"
              min={0}
              max={100}
              step={5}
              value={cut}
              onChange={(e) => setCut(Math.min(100, Math.max(0, Number(e.target.value))))}
            />
          </label>
        )}
        {(kind === 'block-country' || kind === 'block-route') && (
          <label className="field">
            {kind === 'block-route' ? 'From country' : 'Country'}
            <select value={from} onChange={(e) => setFrom(e.target.value)}>
              {countries.map((c) => (
                <option key={c} value={c}>
                  {countryName(c)}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'block-route' && (
          <label className="field">
            To country
            <select value={to} onChange={(e) => setTo(e.target.value)}>
              {countries.map((c) => (
                <option key={c} value={c}>
                  {countryName(c)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={add}>
          Add
        </button>
      </details>
    </section>
  );
}
