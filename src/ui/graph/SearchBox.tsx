// "Search nodes": find a node by name, id, country or notes (search.ts) and focus it.
import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { countryName } from '../../core/countries.ts';
import { STAGE_LABELS } from '../../core/model.ts';
import { searchNodes } from './search.ts';

const MAX_MATCHES = 12;

export function SearchBox({ dataset, onPick }: { dataset: Dataset; onPick: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => {
    const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
    return searchNodes(dataset, query, MAX_MATCHES).flatMap((id) => byId.get(id) ?? []);
  }, [dataset, query]);

  const pick = (id: string) => {
    onPick(id);
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
          else if (e.key === 'Enter' && matches[active] !== undefined) pick(matches[active].id);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
        }}
      />
      {matches.length > 0 && (
        <ul id={listId} role="listbox" aria-label="Matching nodes" className="search-results">
          {matches.map((n, i) => (
            <li
              key={n.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(n.id);
              }}
            >
              <strong>{n.label}</strong>{' '}
              <span className="muted">
                {STAGE_LABELS[n.stage]} · {countryName(n.country)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
