// The explorer: toolbar, scenario and filters on the left, the graph in the middle, details on
// the right, results and tables below. State lives in the store; this file lays things out.
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { useAppStore } from '../../state/useAppStore.ts';
import { selectCanRedo, selectCanUndo, selectUnsavedStories } from '../../state/store.ts';
import { useLeaveWarning } from './useLeaveWarning.ts';
import { activeScenario, type LayoutName } from '../../state/document.ts';
import { shownScenario } from '../../state/analysis.ts';
import { NODE_MEASURES } from '../../core/analysis/index.ts';
import { scenarioToFile } from '../../data/scenarioFile.ts';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import { MAP_CREDIT } from '../graph/mapBackdrop.ts';
import { SearchBox } from '../graph/SearchBox.tsx';
import { DetailsPanel } from '../details/DetailsPanel.tsx';
import { ScenarioPanel, describe } from '../scenario/ScenarioPanel.tsx';
import { FiltersPanel } from '../graph/FiltersPanel.tsx';
import { NodesTable, FlowsTable } from '../data-tables/DataTables.tsx';
import { Tabs } from './Tabs.tsx';
import { LoadErrors, Notices } from './Messages.tsx';
import { useUrlSync } from './useUrlSync.ts';
import { useShortcuts } from './useShortcuts.ts';
import { useGraphModel, useStoreInstance } from '../graph/useGraphModel.ts';
import { EmbedView } from '../share/EmbedView.tsx';
import { ShareDialog, type ShareDownloads } from '../share/ShareDialog.tsx';
import { buildFrame } from '../export/frame.ts';
import { chokepointCsv, impactCsv, sweepCsv } from '../export/results.ts';
import { download } from '../export/exportImage.ts';
import { MEASURE_IDS, drawnAnalysis, measureRows } from '../results/drawn.ts';
import { ImpactChart, ImpactSummary, ImpactTable } from '../results/ImpactView.tsx';
import { SupplyChart } from '../results/SupplyChart.tsx';
import { ChokepointTable, ConcentrationView, SweepView } from '../results/RankingViews.tsx';
import { useDependents } from '../results/useDependents.ts';
import { usePageParams } from './pageParams.ts';
import { PresentView } from '../present/PresentView.tsx';
import { Headline } from '../results/Headline.tsx';
import { headlineText } from '../results/headline.ts';
import { PANELS_OPEN_FROM, SidePanel } from './SidePanel.tsx';
import { Splitter } from './Splitter.tsx';

/** The month-by-month chart and its charting library load with the first chartable pick. */
const PeriodChart = lazy(() =>
  import('../timeline/PeriodChart.tsx').then((m) => ({ default: m.PeriodChart })),
);

/** The results panel's first height: about a fifth of the window, so the graph keeps most. */
const bottomDefault = () => Math.round(Math.min(320, Math.max(130, window.innerHeight * 0.21)));
import { StoryPanel } from '../stories/StoryPanel.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { documentScenario } from '../../state/period.ts';
import { DataControls } from '../data-io/DataControls.tsx';
import { useAutosave } from '../documents/useAutosave.ts';
import { loadBundledDataset } from '../../data/bundled.ts';

function useResults() {
  const dataset = useAppStore((s) => s.dataset);
  const sizeBy = useAppStore((s) => s.history.present.view.sizeBy);
  const baselineState = useAppStore((s) => s.analysis.baseline);
  const run = useAppStore((s) => s.analysis.scenarioRun);
  const baseline =
    baselineState !== null && baselineState.dataset === dataset ? baselineState.value : null;
  const shown = baseline === null ? null : shownScenario(run);
  const result = shown?.value ?? null;
  const stale = shown?.stale ?? false;
  const drawn = useMemo(
    () => drawnAnalysis(dataset, baseline, result, sizeBy),
    [dataset, baseline, result, sizeBy],
  );
  const sizeLabel = NODE_MEASURES.find((m) => m.id === sizeBy)?.label ?? null;
  return { baseline, result, stale, run, drawn, sizeLabel };
}

export function App({ embed }: { embed: boolean }) {
  const store = useStoreInstance();
  useUrlSync(store, MEASURE_IDS);
  const results = useResults();
  const page = usePageParams();
  const dataset = useAppStore((s) => s.dataset);
  const stories = useAppStore((s) => s.stories);
  const story = page.story === null ? undefined : stories.find((s) => s.id === page.story);
  const notices = useAppStore((s) => s.notices);
  // Present mode and the embed say what of their link they could not follow, in a small line.
  const smallNotices = (
    <Notices notices={notices} onClose={store.getState().dismissNotices} small />
  );
  if (story !== undefined && story.steps.length > 0) {
    return (
      <>
        {smallNotices}
        <PresentView
          story={story}
          step={page.step < story.steps.length ? page.step : 0}
          embed={embed || page.embed}
          drawn={results.drawn}
          sizeLabel={results.sizeLabel}
          result={results.result}
        />
      </>
    );
  }
  return embed ? (
    <>
      {smallNotices}
      <EmbedView
        drawn={results.drawn}
        sizeLabel={results.sizeLabel}
        headline={results.stale ? null : headlineText(dataset, results.result)}
      />
    </>
  ) : (
    <Explorer results={results} />
  );
}

function Explorer({ results }: { results: ReturnType<typeof useResults> }) {
  const { baseline, result, stale, run, drawn, sizeLabel } = results;
  const model = useGraphModel(drawn);
  const { store, dataset, view, entries, busy, decor, select, cy } = model;
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const loadErrors = useAppStore((s) => s.loadErrors);
  const notices = useAppStore((s) => s.notices);
  const sweepRun = useAppStore((s) => s.analysis.sweepRun);
  const stories = useAppStore((s) => s.stories);
  const actions = store.getState();
  useShortcuts(actions.undo, actions.redo);
  useAutosave(store, loadBundledDataset());

  useLeaveWarning(useAppStore(selectUnsavedStories));

  const [tab, setTab] = useState('impact');
  const [onlyLosing, setOnlyLosing] = useState(false);
  const [leftOpen, setLeftOpen] = useState(() => window.innerWidth >= PANELS_OPEN_FROM);
  const [rightOpen, setRightOpen] = useState(() => window.innerWidth >= PANELS_OPEN_FROM);
  const [bottom, setBottom] = useState(bottomDefault);
  const [sharing, setSharing] = useState(false);
  const selectedNode = view.selection?.type === 'node' ? view.selection.id : null;
  const dependents = useDependents(selectedNode, baseline !== null);
  const nodeIndex =
    selectedNode === null ? -1 : dataset.nodes.findIndex((n) => n.id === selectedNode);
  const measures =
    baseline !== null && nodeIndex >= 0 ? measureRows(baseline, nodeIndex) : undefined;
  const selectedOutcome = result?.endUsers.find((e) => e.id === selectedNode);
  const supplyChart =
    selectedOutcome === undefined ? undefined : (
      <SupplyChart
        outcome={selectedOutcome}
        name={dataset.nodes[nodeIndex]?.label ?? selectedOutcome.id}
      />
    );
  const selectNode = useCallback((id: string) => select({ type: 'node', id }), [select]);
  // Picking something shows its details.
  const selectionKey = view.selection === null ? null : JSON.stringify(view.selection);
  const [shownSelection, setShownSelection] = useState(selectionKey);
  if (shownSelection !== selectionKey) {
    setShownSelection(selectionKey);
    if (selectionKey !== null) setRightOpen(true);
  }

  const active = documentScenario({ scenario: entries, view }, dataset).interventions;
  // Kept stable while the entries are, so the month-by-month chart is not worked out again.
  const own = useMemo(() => activeScenario(entries).interventions, [entries]);
  const setPeriod = useCallback(
    (period: string | undefined) => store.getState().setView({ period }),
    [store],
  );
  const bestCase = {
    scenarioKey: JSON.stringify(active),
    compute: (id: string) => actions.bestCaseOf({ interventions: active }, id),
  };
  const scenarioText =
    (result !== null && !stale ? headlineText(dataset, result) : null) ??
    (active.length === 0
      ? 'Baseline'
      : `Scenario: ${active.map((i) => describe(dataset, i)).join('; ')}`);

  const downloads: ShareDownloads[] = [];
  if (result !== null) {
    downloads.push({
      label: 'Impact (CSV)',
      fileName: 'impact.csv',
      type: 'text/csv',
      content: () => impactCsv(dataset, result),
    });
  }
  if (baseline !== null) {
    downloads.push({
      label: 'Chokepoint ranking (CSV)',
      fileName: 'chokepoints.csv',
      type: 'text/csv',
      content: () => chokepointCsv(dataset, baseline, result),
    });
  }
  if (sweepRun.status === 'done') {
    const sweep = sweepRun.value;
    downloads.push({
      label: 'Removal sweep (CSV)',
      fileName: 'sweep.csv',
      type: 'text/csv',
      content: () => sweepCsv(dataset, sweep),
    });
  }
  downloads.push({
    label: 'Scenario (JSON)',
    fileName: 'scenario.json',
    type: 'application/json',
    content: () => scenarioToFile(dataset.title, entries),
  });

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
        <SearchBox dataset={dataset} onPick={selectNode} />
        <DataControls store={store} bundled={loadBundledDataset()} />
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
        <button type="button" onClick={() => setSharing(true)}>
          Share
        </button>
        {(busy || run.status === 'running' || baseline === null) && (
          <span role="status" className="analysing">
            {busy ? 'Laying out…' : 'Analysing…'}
          </span>
        )}
      </header>
      <Notices notices={notices} onClose={actions.dismissNotices} />
      <div
        className="workspace"
        style={{
          gridTemplateColumns: `${leftOpen ? '17rem' : 'var(--rail)'} minmax(0, 1fr) ${rightOpen ? '20rem' : 'var(--rail)'}`,
        }}
      >
        <SidePanel
          side="left"
          title="Scenario"
          open={leftOpen}
          onToggle={() => setLeftOpen((v) => !v)}
        >
          <ScenarioPanel
            dataset={dataset}
            entries={entries}
            presets={dataset.scenarios}
            onAdd={actions.addIntervention}
            onToggle={actions.toggleIntervention}
            onDelete={actions.deleteIntervention}
            onEdit={actions.replaceIntervention}
            onReplace={actions.setScenario}
            onOpenFile={actions.openScenarioText}
          />
          <StoryPanel
            dataset={dataset}
            stories={stories}
            onEdit={actions.editStories}
            onAddStep={actions.addStepFromView}
          />
          <FiltersPanel
            dataset={dataset}
            filters={view.filters}
            onChange={(filters) => actions.setView({ filters })}
          />
        </SidePanel>
        <main className="canvas">
          <Headline dataset={dataset} result={result} stale={stale} />
          <GraphCanvas model={model} sizeLabel={sizeLabel} />
          <Timeline dataset={dataset} period={view.period} onChange={setPeriod} />
        </main>
        <SidePanel
          side="right"
          title="Details"
          open={rightOpen}
          onToggle={() => setRightOpen((v) => !v)}
        >
          <DetailsPanel
            dataset={dataset}
            selection={view.selection}
            focus={view.focus}
            measures={measures}
            dependents={dependents}
            onIntervene={actions.addIntervention}
            onFocus={(focus) => actions.setView({ focus })}
            onSelect={select}
            supply={supplyChart}
            bestCase={bestCase}
          />
          {dataset.periods.length > 0 && view.selection !== null && (
            <Suspense fallback={null}>
              <PeriodChart
                dataset={dataset}
                selection={view.selection}
                interventions={own}
                period={view.period}
              />
            </Suspense>
          )}
        </SidePanel>
      </div>
      <Splitter
        height={bottom}
        min={60}
        max={Math.round(window.innerHeight * 0.7)}
        onChange={setBottom}
        label="Resize results and tables"
      />
      <section className="bottom" aria-label="Results and tables" style={{ height: bottom }}>
        <Tabs
          label="Results and tables"
          active={tab}
          onChange={setTab}
          tabs={[
            {
              id: 'impact',
              label: 'Impact',
              render: () =>
                result === null ? (
                  <p className="muted">
                    {run.status === 'error' ? run.errors.join('; ') : 'Analysing…'}
                  </p>
                ) : (
                  <>
                    <ImpactSummary result={result} />
                    <label className="check small">
                      <input
                        type="checkbox"
                        checked={onlyLosing}
                        onChange={(e) => setOnlyLosing(e.target.checked)}
                      />
                      Only end users that lose supply
                    </label>
                    <p className="small">
                      <button
                        type="button"
                        onClick={() => {
                          const title = [
                            `${dataset.title}: rerouting linear program.`,
                            scenarioText,
                          ];
                          void actions
                            .linearProgramOf({ interventions: active }, title)
                            .then((text) => download('rerouting.lp', text, 'text/plain'));
                        }}
                      >
                        Download linear program
                      </button>{' '}
                      <span className="muted">
                        (CPLEX LP format: check the rerouting with any solver)
                      </span>
                    </p>
                    <div className={stale ? 'impact stale' : 'impact'} aria-busy={stale}>
                      <ImpactTable
                        dataset={dataset}
                        result={result}
                        onSelect={selectNode}
                        onlyLosing={onlyLosing}
                      />
                      <ImpactChart dataset={dataset} result={result} onlyLosing={onlyLosing} />
                    </div>
                  </>
                ),
            },
            {
              id: 'chokepoints',
              label: 'Chokepoints',
              render: () =>
                baseline === null ? (
                  <p className="muted">Analysing…</p>
                ) : (
                  <ChokepointTable
                    dataset={dataset}
                    baseline={baseline}
                    result={result}
                    onSelect={selectNode}
                  />
                ),
            },
            {
              id: 'sweep',
              label: 'Removal sweep',
              render: () => (
                <SweepView
                  dataset={dataset}
                  run={sweepRun}
                  onRun={actions.runSweep}
                  onCancel={actions.cancelSweep}
                  onSelect={selectNode}
                />
              ),
            },
            {
              id: 'concentration',
              label: 'Concentration',
              render: () =>
                baseline === null ? (
                  <p className="muted">Analysing…</p>
                ) : (
                  <ConcentrationView baseline={baseline} />
                ),
            },
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
              scenarioText,
              legendTitle: decor.legend.title,
              legend: decor.legend.entries,
              shortfall: decor.shortfall,
              credit: view.layout === 'map' ? MAP_CREDIT : undefined,
              width,
            })
          }
          downloads={downloads}
          onClose={() => setSharing(false)}
        />
      )}
    </div>
  );
}
