// The explorer: toolbar, scenario and filters on the left, the graph in the middle, details on
// the right, and tables below. State lives in the store; this file only lays things out.
import { useCallback, useContext, useMemo, useRef, useState } from 'react';
import { AppStoreContext, useAppStore } from '../state/useAppStore.ts';
import { selectCanRedo, selectCanUndo, selectScenarioEntries, selectView } from '../state/store.ts';
import type { Selection } from '../state/document.ts';
import { GraphView, type Hover } from './graph/GraphView.tsx';
import { computeDecor } from './graph/decor.ts';
import { useLayoutPositions } from './graph/useLayoutPositions.ts';
import { Legend } from './Legend.tsx';
import { SearchBox } from './SearchBox.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { ScenarioPanel } from './ScenarioPanel.tsx';
import { FiltersPanel } from './FiltersPanel.tsx';
import { NodesTable, FlowsTable } from './DataTables.tsx';
import { Tabs } from './Tabs.tsx';
import { LoadErrors, Notices } from './Messages.tsx';
import { Tooltip } from './Tooltip.tsx';
import { useUrlSync } from './useUrlSync.ts';
import { useShortcuts } from './useShortcuts.ts';

const MEASURES: readonly string[] = ['none'];

export function App() {
  const store = useContext(AppStoreContext);
  if (store === null) throw new Error('App: no store');
  useUrlSync(store, MEASURES);
  const dataset = useAppStore((s) => s.dataset);
  const view = useAppStore(selectView);
  const entries = useAppStore(selectScenarioEntries);
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const loadErrors = useAppStore((s) => s.loadErrors);
  const notices = useAppStore((s) => s.notices);
  const actions = store.getState();
  useShortcuts(actions.undo, actions.redo);

  const [tab, setTab] = useState('nodes');
  const [hover, setHover] = useState<Hover | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const { positions, busy } = useLayoutPositions(dataset, view.layout);
  const decor = useMemo(() => computeDecor(dataset, view), [dataset, view]);
  const select = useCallback(
    (selection: Selection | null) => actions.setView({ selection }),
    [actions],
  );

  const openFile = async (file: File) => {
    actions.openDatasetText(await file.text(), file.name);
  };

  return (
    <div className="app">
      <header className="toolbar">
        <h1>Chokepoint</h1>
        <span className="dataset-title" title={dataset.description}>
          {dataset.title}{' '}
          <span className="muted">
            ({dataset.nodes.length} nodes · {dataset.edges.length} flows)
          </span>
        </span>
        <SearchBox dataset={dataset} onPick={(id) => select({ type: 'node', id })} />
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open dataset…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Dataset file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) void openFile(file);
            e.target.value = '';
          }}
        />
        <button type="button" onClick={actions.undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button
          type="button"
          onClick={actions.redo}
          disabled={!canRedo}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
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
          Layout
          <select
            value={view.layout}
            onChange={(e) => actions.setView({ layout: e.target.value as 'layered' | 'organic' })}
          >
            <option value="layered">Layered by stage</option>
            <option value="organic">Organic (force-directed)</option>
          </select>
        </label>
        <button type="button" onClick={() => window.chokepoint?.cy.fit(undefined, 40)}>
          Fit
        </button>
        {busy && (
          <span role="status" className="busy">
            Laying out…
          </span>
        )}
      </header>
      <Notices notices={notices} onClose={actions.dismissNotices} />
      <div className="workspace">
        <aside className="sidebar left">
          <ScenarioPanel
            dataset={dataset}
            entries={entries}
            presets={[]}
            onAdd={actions.addIntervention}
            onToggle={actions.toggleIntervention}
            onDelete={actions.deleteIntervention}
            onReplace={actions.setScenario}
          />
          <FiltersPanel
            dataset={dataset}
            filters={view.filters}
            onChange={(filters) => actions.setView({ filters })}
          />
        </aside>
        <main className="canvas">
          <GraphView
            dataset={dataset}
            positions={positions}
            decor={decor}
            selection={view.selection}
            onSelect={select}
            onHover={setHover}
          />
          <Legend decor={decor} sizeLabel={null} />
          {hover !== null && <Tooltip dataset={dataset} hover={hover} />}
        </main>
        <aside className="sidebar right">
          <DetailsPanel
            dataset={dataset}
            selection={view.selection}
            focus={view.focus}
            onIntervene={actions.addIntervention}
            onFocus={(focus) => actions.setView({ focus })}
            onSelect={select}
          />
        </aside>
      </div>
      <section className="bottom" aria-label="Tables">
        <Tabs
          label="Tables"
          active={tab}
          onChange={setTab}
          tabs={[
            {
              id: 'nodes',
              label: 'Nodes',
              render: () => (
                <NodesTable dataset={dataset} selection={view.selection} onSelect={select} />
              ),
            },
            {
              id: 'flows',
              label: 'Flows',
              render: () => (
                <FlowsTable dataset={dataset} selection={view.selection} onSelect={select} />
              ),
            },
          ]}
        />
      </section>
      {loadErrors !== null && <LoadErrors errors={loadErrors} onClose={actions.dismissErrors} />}
    </div>
  );
}
