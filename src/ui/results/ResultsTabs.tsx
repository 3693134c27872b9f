// The tabs below the graph: the scenario's impact, the chokepoint ranking, the removal sweep,
// concentration by stage, 2025 as the model has it beside the record, and the Nodes and Flows
// tables.
import { useState, type ReactNode } from 'react';
import type { BaselineAnalysis } from '../../core/analysis/index.ts';
import { useAppStore } from '../../state/useAppStore.ts';
import type { AppStore } from '../../state/store.ts';
import type { Selection } from '../../state/document.ts';
import type { Intervention } from '../../core/scenario.ts';
import { NodesTable, FlowsTable } from '../data-tables/DataTables.tsx';
import { Tabs } from '../kit/Tabs.tsx';
import { ImpactTab, useImpactTools } from './ImpactTab.tsx';
import { ChokepointTable, ConcentrationView } from './RankingViews.tsx';
import { SweepView } from './SweepView.tsx';
import { HindcastTab, HINDCAST_TAB_LABEL } from '../hindcast/HindcastTab.tsx';
import type { Results } from './useResults.ts';

export function ResultsTabs({
  store,
  results,
  interventions,
  scenarioText,
  onSelect,
}: {
  store: AppStore;
  results: Results;
  /** The scenario the engine runs (the month's what-if and the switched-on interventions). */
  interventions: readonly Intervention[];
  /** The scenario in words, for the linear program's title. */
  scenarioText: string;
  onSelect: (s: Selection | null) => void;
}) {
  const { baseline, result } = results;
  const dataset = useAppStore((s) => s.dataset);
  const selection = useAppStore((s) => s.history.present.view.selection);
  const sweepRun = useAppStore((s) => s.analysis.sweepRun);
  const actions = store.getState();
  const [tab, setTab] = useState('impact');
  // A preset just loaded: its answer is the Impact table (set while rendering, as React advises
  // for state that follows a change of props).
  const loadedPreset = useAppStore((s) => s.loadedPreset);
  const [presetSeen, setPresetSeen] = useState(loadedPreset);
  if (presetSeen !== loadedPreset) {
    setPresetSeen(loadedPreset);
    if (loadedPreset !== null) setTab('impact');
  }
  const selectNode = (id: string) => onSelect({ type: 'node', id });
  const impactTools = useImpactTools(dataset, actions, interventions, scenarioText);
  // A tab drawn from the baseline analysis, once there is one.
  const analyzed = (render: (b: BaselineAnalysis) => ReactNode) => () =>
    baseline === null ? <p className="muted">Analysing…</p> : render(baseline);
  // Drawn only when their tab is chosen; made here so each tab's entry stays one line.
  const impact = (
    <ImpactTab dataset={dataset} results={results} tools={impactTools} onSelect={selectNode} />
  );
  const sweep = (
    <SweepView
      dataset={dataset}
      run={sweepRun}
      onRun={actions.runSweep}
      onCancel={actions.cancelSweep}
      onSelect={selectNode}
    />
  );
  return (
    <Tabs
      label="Results and tables"
      active={tab}
      onChange={setTab}
      tabs={[
        {
          id: 'impact',
          label: 'Impact',
          render: () => impact,
        },
        {
          id: 'chokepoints',
          label: 'Chokepoints',
          render: analyzed((b) => (
            <ChokepointTable dataset={dataset} baseline={b} result={result} onSelect={selectNode} />
          )),
        },
        {
          id: 'sweep',
          label: 'Removal sweep',
          render: () => sweep,
        },
        {
          id: 'concentration',
          label: 'Concentration',
          render: analyzed((b) => <ConcentrationView baseline={b} />),
        },
        {
          id: 'hindcast',
          label: HINDCAST_TAB_LABEL,
          render: () => <HindcastTab dataset={dataset} onSelect={selectNode} />,
        },
        {
          id: 'nodes',
          label: 'Nodes',
          render: () => <NodesTable dataset={dataset} selection={selection} onSelect={onSelect} />,
        },
        {
          id: 'flows',
          label: 'Flows',
          render: () => <FlowsTable dataset={dataset} selection={selection} onSelect={onSelect} />,
        },
      ]}
    />
  );
}
