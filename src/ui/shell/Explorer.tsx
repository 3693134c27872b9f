// The explorer: toolbar, scenario and filters on the left, the graph in the middle, details on
// the right, results and tables below. State lives in the store; this file lays things out.
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { useAppStore } from '../../state/useAppStore.ts';
import { selectUnsavedStories } from '../../state/store.ts';
import { useLeaveWarning } from '../kit/useLeaveWarning.ts';
import { activeScenario } from '../../state/document.ts';
import { documentScenario } from '../../state/period.ts';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import { MAP_CREDIT } from '../graph/mapBackdrop.ts';
import { DetailsPanel } from '../details/DetailsPanel.tsx';
import { ScenarioPanel } from '../scenario/ScenarioPanel.tsx';
import { describe } from '../scenario/describe.ts';
import { FiltersPanel } from '../graph/FiltersPanel.tsx';
import { LoadErrors, Notices } from './Messages.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { useGraphModel } from '../graph/useGraphModel.ts';
import { ShareDialog } from '../share/ShareDialog.tsx';
import { useDownloads } from '../share/useDownloads.ts';
import { buildFrame } from '../export/frame.ts';
import { measureRows } from '../results/drawn.ts';
import { SupplyChart } from '../results/SupplyChart.tsx';
import { MaterialLoss } from '../results/MaterialLoss.tsx';
import { useDependents } from '../results/useDependents.ts';
import { type Results } from '../results/useResults.ts';
import { ResultsTabs } from '../results/ResultsTabs.tsx';
import { Headline } from '../results/Headline.tsx';
import { headlineText } from '../results/headline.ts';
import { DETAILS_OPEN_FROM, PANELS_OPEN_FROM, SidePanel } from '../kit/SidePanel.tsx';
import { Splitter } from '../kit/Splitter.tsx';
import { Toolbar } from './Toolbar.tsx';
import { StoryPanel } from '../stories/StoryPanel.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { useAutosave } from '../documents/useAutosave.ts';
import { loadBundledDataset } from '../../data/bundled.ts';

/** The month-by-month chart and its charting library load with the first chartable pick. */
const PeriodChart = lazy(() =>
  import('../timeline/PeriodChart.tsx').then((m) => ({ default: m.PeriodChart })),
);

/** The results panel's first height: about a sixth of the window, so the graph keeps 60% or more. */
const bottomDefault = () => Math.round(Math.min(320, Math.max(120, window.innerHeight * 0.17)));

export function Explorer({ results }: { results: Results }) {
  const { baseline, result, stale, run, drawn, sizeLabel } = results;
  const model = useGraphModel(drawn);
  const { store, dataset, view, entries, busy, decor, select, cy } = model;
  const loadErrors = useAppStore((s) => s.loadErrors);
  const notices = useAppStore((s) => s.notices);
  const stories = useAppStore((s) => s.stories);
  const loadedPreset = useAppStore((s) => s.loadedPreset) ?? undefined;
  const actions = store.getState();
  useShortcuts(actions.undo, actions.redo);
  useAutosave(store, loadBundledDataset());
  useLeaveWarning(useAppStore(selectUnsavedStories));
  const downloads = useDownloads(results);

  const [leftOpen, setLeftOpen] = useState(() => window.innerWidth >= PANELS_OPEN_FROM);
  const [rightOpen, setRightOpen] = useState(
    () => window.innerWidth >= DETAILS_OPEN_FROM || view.selection !== null,
  );
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
      <>
        <SupplyChart
          outcome={selectedOutcome}
          name={dataset.nodes[nodeIndex]?.label ?? selectedOutcome.id}
        />
        <MaterialLoss outcome={selectedOutcome} />
      </>
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
  // What the picked node handles under the scenario, at once (the Chokepoints tab's "after shock").
  const underScenario =
    active.length > 0 && result !== null && !stale && nodeIndex >= 0
      ? result.nodes.throughputNoSubstitution[nodeIndex]
      : undefined;
  const bestCase = {
    scenarioKey: JSON.stringify(active),
    compute: (id: string) => actions.bestCaseOf({ interventions: active }, id),
  };
  // Worked out once: above the graph, and (when current) as the exports' and the share's text.
  const headline = headlineText(dataset, result, loadedPreset);
  const scenarioText =
    (stale ? null : headline) ??
    (active.length === 0
      ? 'Baseline'
      : `Scenario: ${active.map((i) => describe(dataset, i)).join('; ')}`);
  const working = busy
    ? 'Laying out…'
    : run.status === 'running' || baseline === null
      ? 'Analysing…'
      : null;

  return (
    <div className="app">
      <Toolbar
        store={store}
        onPick={selectNode}
        onShare={() => setSharing(true)}
        working={working}
      />
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
            onLoadPreset={actions.loadPreset}
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
          <Headline text={headline} result={result} stale={stale} />
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
            underScenario={underScenario}
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
        <ResultsTabs
          store={store}
          results={results}
          interventions={active}
          scenarioText={scenarioText}
          onSelect={select}
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
