// Beside the map: the grouping switch and the list of nodes that have no place on it.
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import { LinkButton } from '../kit/LinkButton.tsx';
import type { Decor } from './decor.ts';

export function MapControls({
  grouped,
  onGrouped,
  canCollapse,
  onCollapse,
}: {
  readonly grouped: boolean;
  readonly onGrouped: (grouped: boolean) => void;
  readonly canCollapse: boolean;
  readonly onCollapse: () => void;
}) {
  return (
    <div className="map-controls">
      <label className="small">
        <input type="checkbox" checked={grouped} onChange={(e) => onGrouped(e.target.checked)} />{' '}
        Group by country and stage
      </label>
      {canCollapse && (
        <button type="button" className="small" onClick={onCollapse}>
          Collapse groups
        </button>
      )}
    </div>
  );
}

export function OffMapList({
  offMap,
  decor,
  selection,
  onSelect,
}: {
  readonly offMap: readonly (Dataset['nodes'][number] | undefined)[];
  readonly decor: Decor;
  readonly selection: Selection | null;
  readonly onSelect: (selection: Selection | null) => void;
}) {
  if (offMap.length === 0) return null;
  return (
    <details className="off-map">
      <summary>Not on the map ({offMap.length})</summary>
      <p className="small muted">No place in the sources: demand outside the model.</p>
      <ul aria-label="Not on the map">
        {offMap.map(
          (n) =>
            n !== undefined && (
              <li key={n.id}>
                <LinkButton
                  aria-pressed={selection?.type === 'node' && selection.id === n.id}
                  onClick={() => onSelect({ type: 'node', id: n.id })}
                >
                  {decor.nodes.get(n.id)?.label ?? n.label}
                </LinkButton>
              </li>
            ),
        )}
      </ul>
    </details>
  );
}
