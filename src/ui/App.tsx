// The explorer: toolbar, scenario and filters on the left, the graph in the middle, details on
// the right, and tables below. State lives in the store; this file only lays things out.
import { useRef, useState } from 'react';
import { useAppStore } from '../state/useAppStore.ts';
import { selectCanRedo, selectCanUndo } from '../state/store.ts';
import { activeScenario } from '../state/document.ts';
import { GraphView, type Hover } from './graph/GraphView.tsx';
import type { DrawnAnalysis } from './graph/decor.ts';
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
import { useGraphModel, useStoreInstance } from './useGraphModel.ts';
import { EmbedView } from './EmbedView.tsx';
import { ShareDialog } from './ShareDialog.tsx';
import { buildFrame } from './export/frame.ts';
import { describe } from './ScenarioPanel.tsx';

const MEASURES: readonly string[] = ['none'];
const NO_ANALYSIS: DrawnAnalysis = {};

export function App({ embed }: { embed: boolean }) {
  const store = useStoreInstance();
  useUrlSync(store, MEASURES);
  return embed ? <EmbedView drawn={NO_ANALYSIS} sizeLabel={null} /> : <Explorer />;
}

function Explorer() {
  const { store, dataset, view, entries, positions, busy, decor, select, cy, setCy } =
    useGraphModel(NO_ANALYSIS);
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const loadErrors = useAppStore((s) => s.loadErrors);
  const notices = useAppStore((s) => s.notices);
  const actions = store.getState();
  useShortcuts(actions.undo, actions.redo);

  const [tab, setTab] = useState('nodes');
  const [hover, setHover] = useState<Hover | null>(null);
  const [sharing, setSharing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const scenarioText = () => {
    const active = activeScenario(entries).interventions;
    return active.length === 0
      ? 'Baseline'
      : `Scenario: ${active.map((i) => describe(dataset, i)).join('; ')}`;
  };

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
        <button type="button" onClick={() => cy?.fit(undefined, 40)}>
          Fit
        </button>
        <button type="button" onClick={() => setSharing(true)}>
          Share
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
            presets={dataset.scenarios}
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
            onReady={setCy}
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
      {sharing && (
        <ShareDialog
          cy={cy}
          frame={(width) =>
            buildFrame({
              dataset,
              scenarioText: scenarioText(),
              legendTitle: decor.legend.title,
              legend: decor.legend.entries,
              width,
            })
          }
          downloads={[]}
          onClose={() => setSharing(false)}
        />
      )}
    </div>
  );
}
