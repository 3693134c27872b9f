// The explorer's toolbar: the dataset's name, search, the data controls, undo and redo, how the
// graph is coloured, sized and laid out, Share, and whether something is being worked out.
import { useAppStore } from '../../state/useAppStore.ts';
import { selectCanRedo, selectCanUndo, selectView, type AppStore } from '../../state/store.ts';
import type { ColourBy, LayoutName, ViewDoc } from '../../state/document.ts';
import { NODE_MEASURES } from '../../core/analysis/index.ts';
import { SearchBox } from '../graph/SearchBox.tsx';
import { DataControls } from '../data-io/DataControls.tsx';
import { loadBundledDataset } from '../../data/bundled.ts';
import { SelectField, type Choice } from '../kit/SelectField.tsx';

const COLOUR_BY: readonly Choice<ColourBy>[] = [
  { value: 'stage', label: 'Stage' },
  { value: 'country', label: 'Country' },
];
const SIZE_BY: readonly Choice[] = [
  { value: 'none', label: 'Same size' },
  ...NODE_MEASURES.map((m) => ({ value: m.id, label: m.label })),
];
const LAYOUTS: readonly Choice<LayoutName>[] = [
  { value: 'layered', label: 'Layered' },
  { value: 'organic', label: 'Organic' },
  { value: 'map', label: 'Map' },
];

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
  /** A drop-down that sets one of the view's looks. */
  const viewField = <K extends 'colourBy' | 'sizeBy' | 'layout'>(
    key: K,
    label: string,
    choices: readonly Choice<ViewDoc[K]>[],
  ) => (
    <SelectField
      inline
      label={label}
      value={view[key]}
      choices={choices}
      onChange={(value) => actions.setView({ [key]: value })}
    />
  );
  return (
    <header className="toolbar">
      <h1>Chokepoint</h1>
      <span className="dataset-title" title={dataset.description}>
        {dataset.title}{' '}
        <span className="muted">
          ({dataset.nodes.length} nodes · {dataset.edges.length} flows)
        </span>
      </span>
      <SearchBox dataset={dataset} onPick={onPick} onPickPreset={actions.loadPreset} />
      <DataControls store={store} bundled={loadBundledDataset()} />
      {[
        { name: 'Undo', keys: 'Ctrl+Z', icon: '↶', run: actions.undo, can: canUndo },
        { name: 'Redo', keys: 'Ctrl+Shift+Z', icon: '↷', run: actions.redo, can: canRedo },
      ].map((b) => (
        <button
          key={b.name}
          type="button"
          className="icon"
          onClick={b.run}
          disabled={!b.can}
          aria-label={b.name}
          title={`${b.name} (${b.keys})`}
        >
          {b.icon}
        </button>
      ))}
      {viewField('colourBy', 'Colour by', COLOUR_BY)}
      {viewField('sizeBy', 'Size by', SIZE_BY)}
      {viewField('layout', 'Layout', LAYOUTS)}
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
