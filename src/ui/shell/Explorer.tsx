// The explorer: toolbar, scenario and filters on the left, the graph in the middle, details on
// the right, results and tables below. State lives in the store; this file lays things out.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../state/useAppStore.ts';
import { selectUnsavedStories } from '../../state/store.ts';
import { useLeaveWarning } from '../kit/useLeaveWarning.ts';
import { selectActiveScenario } from '../../state/period.ts';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import { LoadErrors, Notices } from './Messages.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { useGraphModel } from '../graph/useGraphModel.ts';
import { useDownloads } from '../share/useDownloads.ts';
import { type Results } from '../results/useResults.ts';
import { ResultsTabs } from '../results/ResultsTabs.tsx';
import { Headline } from '../results/Headline.tsx';
import { headlineText, refusedHeadline } from '../results/headline.ts';
import { ONE_PANEL_BELOW, SidePanel } from '../kit/SidePanel.tsx';
import { DetailsColumn, ScenarioColumn } from './ExplorerColumns.tsx';
import { usePanels } from './usePanels.ts';
import { ExplorerShare } from './ExplorerShare.tsx';
import { scenarioTextOf, workingText } from './explorerText.ts';
import { Splitter } from '../kit/Splitter.tsx';
import { useReveal } from './useReveal.ts';
import { Toolbar } from './Toolbar.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { useAutosave } from '../documents/useAutosave.ts';
import { loadBundledDataset } from '../../data/bundled.ts';

/** The results panel's first height: about a sixth of the window, so the graph keeps 60% or more. */
const bottomDefault = () => Math.round(Math.min(320, Math.max(120, window.innerHeight * 0.17)));

/** Details beside the graph: narrower where one side panel shows at a time. */
const detailsWidth = () => (window.innerWidth < ONE_PANEL_BELOW ? '18rem' : '20rem');

export function Explorer({ results }: { results: Results }) {
  const { result, stale, drawn, sizeLabel } = results;
  const model = useGraphModel(drawn);
  const { store, dataset, view, busy, select } = model;
  const loadErrors = useAppStore((s) => s.loadErrors);
  const notices = useAppStore((s) => s.notices);
  const loadedPreset = useAppStore((s) => s.loadedPreset) ?? undefined;
  const actions = store.getState();
  useShortcuts(actions.undo, actions.redo);
  useAutosave(store, loadBundledDataset());
  useLeaveWarning(useAppStore(selectUnsavedStories));
  const downloads = useDownloads(results);

  const { leftOpen, toggleLeft, rightOpen, toggleRight } = usePanels(view.selection);
  const [bottom, setBottom] = useState(bottomDefault);
  const bottomMax = Math.round(window.innerHeight * 0.7);
  const bottomRef = useRef<HTMLElement>(null);
  const reveal = useReveal(bottomRef, setBottom, bottomMax);
  // A preset loaded or a sweep finished: its answer is brought into view.
  const sweepDone = useAppStore((s) => s.analysis.sweepRun.status === 'done');
  useEffect(() => {
    if (loadedPreset !== undefined || sweepDone) reveal();
  }, [loadedPreset, sweepDone, reveal]);
  const [sharing, setSharing] = useState(false);
  const selectNode = useCallback((id: string) => select({ type: 'node', id }), [select]);

  const active = useAppStore(selectActiveScenario).interventions;
  const setPeriod = useCallback(
    (period: string | undefined) => store.getState().setView({ period }),
    [store],
  );
  // Worked out once: above the graph, and (when current) as the exports' and the share's text.
  const headline =
    results.run.status === 'error'
      ? refusedHeadline(dataset, results.run.errors)
      : headlineText(dataset, result, loadedPreset);
  const scenarioText = scenarioTextOf(dataset, headline, stale, active);
  const working = workingText(busy, results);

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
          gridTemplateColumns: `${leftOpen ? '17rem' : 'var(--rail)'} minmax(0, 1fr) ${rightOpen ? detailsWidth() : 'var(--rail)'}`,
        }}
      >
        <SidePanel side="left" title="Scenario" open={leftOpen} onToggle={toggleLeft}>
          <ScenarioColumn model={model} />
        </SidePanel>
        <main className="canvas">
          <Headline
            text={headline}
            result={result}
            stale={stale}
            refused={results.run.status === 'error'}
          />
          <GraphCanvas model={model} sizeLabel={sizeLabel} />
          <Timeline dataset={dataset} period={view.period} onChange={setPeriod} />
        </main>
        <SidePanel side="right" title="Details" open={rightOpen} onToggle={toggleRight}>
          <DetailsColumn model={model} results={results} active={active} />
        </SidePanel>
      </div>
      <Splitter
        height={bottom}
        min={60}
        max={bottomMax}
        onChange={setBottom}
        label="Resize results and tables"
      />
      <section
        ref={bottomRef}
        className="bottom"
        aria-label="Results and tables"
        style={{ height: bottom }}
      >
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
        <ExplorerShare
          model={model}
          scenarioText={scenarioText}
          downloads={downloads}
          onClose={() => setSharing(false)}
        />
      )}
    </div>
  );
}
