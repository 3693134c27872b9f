// The explorer's toolbar: the dataset's name, search, the data controls, undo and redo, how the
// graph is coloured, sized and laid out, Share, and whether something is being worked out.
import { useAppStore } from '../../state/useAppStore.ts';
import { selectCanRedo, selectCanUndo, selectView, type AppStore } from '../../state/store.ts';
import type { LayoutName } from '../../state/document.ts';
import { NODE_MEASURES } from '../../core/analysis/index.ts';
import { SearchBox } from '../graph/SearchBox.tsx';
import { DataControls } from '../data-io/DataControls.tsx';
import { loadBundledDataset } from '../../data/bundled.ts';

export function Toolbar({
  store,
  onPick,
  onShare,
  working,
}: {
  store: AppStore;
  onPick: (id: string) => void;
  onShare: () => void;
  /** What is being worked out, said in the status line; null when nothing is. */
  working: string | null;
}) {
  const dataset = useAppStore((s) => s.dataset);
  const view = useAppStore(selectView);
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const actions = store.getState();
  return (
    <header className="toolbar">
      <h1>Chokepoint</h1>
      <span className="dataset-title" title={dataset.description}>
        {dataset.title}{' '}
        <span className="muted">
          ({dataset.nodes.length} nodes · {dataset.edges.length} flows)
        </span>
      </span>
      <SearchBox dataset={dataset} onPick={onPick} />
      <DataControls store={store} bundled={loadBundledDataset()} />
      <button
        type="button"
        className="icon"
        onClick={actions.undo}
        disabled={!canUndo}
        aria-label="Undo"
        title="Undo (Ctrl+Z)"
      >
        ↶
      </button>
      <button
        type="button"
        className="icon"
        onClick={actions.redo}
        disabled={!canRedo}
        aria-label="Redo"
        title="Redo (Ctrl+Shift+Z)"
      >
        ↷
      </button>
      <label className="field inline">
        Colour by
        <select
          value={view.colourBy}
          onChange={(e) => actions.setView({ colourBy: e.target.value as 'stage' | 'country' })}
        >
          <option value="stage">Stage</option>
          <option value="country">Country</option>
        </select>
      </label>
      <label className="field inline">
        Size by
        <select value={view.sizeBy} onChange={(e) => actions.setView({ sizeBy: e.target.value })}>
          <option value="none">Same size</option>
          {NODE_MEASURES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field inline">
        Layout
        <select
          value={view.layout}
          onChange={(e) => actions.setView({ layout: e.target.value as LayoutName })}
        >
          <option value="layered">Layered by stage</option>
          <option value="organic">Organic (force-directed)</option>
          <option value="map">Map</option>
        </select>
      </label>
      <button type="button" onClick={onShare}>
        Share
      </button>
      {working !== null && (
        <span role="status" className="analysing">
          {working}
        </span>
      )}
    </header>
  );
}
