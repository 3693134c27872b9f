// "Search nodes": find a node by name, id, country or notes (search.ts) and focus it; a preset
// whose name holds the words is offered first, and picking it loads it.
import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { countryName } from '../../core/countries.ts';
import { STAGE_LABELS } from '../../core/model.ts';
import { searchNodes, searchPresets } from './search.ts';

const MAX_MATCHES = 12;

/** A hit: a node to focus, or a preset to load. */
type Hit = { kind: 'node'; id: string; label: string; note: string } | PresetHit;
type PresetHit = { kind: 'preset'; id: string; label: string; note: string };

export function SearchBox({
  dataset,
  onPick,
  onPickPreset,
}: {
  dataset: Dataset;
  onPick: (id: string) => void;
  /** Loads a preset; without it presets are not offered. */
  onPickPreset?: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const { hits: matches, more } = useMemo((): { hits: Hit[]; more: number } => {
    const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
    const presets = onPickPreset === undefined ? [] : searchPresets(dataset, query);
    const presetHits = presets.flatMap((id): PresetHit[] => {
      const p = dataset.scenarios.find((x) => x.id === id);
      return p === undefined ? [] : [{ kind: 'preset', id, label: p.label, note: '' }];
    });
    const found = searchNodes(dataset, query, Number.POSITIVE_INFINITY);
    const nodes = found.slice(0, MAX_MATCHES).flatMap((id): Hit[] => {
      const n = byId.get(id);
      if (n === undefined) return [];
      const note = `${STAGE_LABELS[n.stage]} · ${countryName(n.country)}`;
      return [{ kind: 'node', id, label: n.label, note }];
    });
    return { hits: [...presetHits, ...nodes], more: Math.max(0, found.length - MAX_MATCHES) };
  }, [dataset, query, onPickPreset]);

  const pick = (hit: Hit) => {
    if (hit.kind === 'preset') onPickPreset?.(hit.id);
    else onPick(hit.id);
    setQuery('');
    setActive(0);
  };

  return (
    <div className="search">
      <input
        type="search"
        aria-label="Search nodes"
        placeholder="Search nodes…"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={matches[active] === undefined ? undefined : `${listId}-${active}`}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && matches[active] !== undefined) pick(matches[active]);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
        }}
      />
      {matches.length > 0 && (
        <div className="search-results">
          <ul id={listId} role="listbox" aria-label="Matching nodes" className="plain">
            {matches.map((hit, i) => (
              <li
                key={`${hit.kind}:${hit.id}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={hit.kind === 'preset' ? 'preset-hit' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(hit);
                }}
              >
                {hit.kind === 'preset' && <span className="muted">Load preset: </span>}
                <strong>{hit.label}</strong> <span className="muted">{hit.note}</span>
              </li>
            ))}
          </ul>
          {more > 0 && (
            <p className="search-more small muted" role="status">
              {more.toLocaleString('en')} more {more === 1 ? 'node matches' : 'nodes match'}: add a
              word to narrow the list
            </p>
          )}
        </div>
      )}
    </div>
  );
}
