// The tabs below the graph: the scenario's impact, the chokepoint ranking, the removal sweep,
// concentration by stage, and the Nodes and Flows tables.
import { useState } from 'react';
import { useAppStore } from '../../state/useAppStore.ts';
import type { AppStore } from '../../state/store.ts';
import type { Selection } from '../../state/document.ts';
import type { Intervention } from '../../core/scenario.ts';
import { NodesTable, FlowsTable } from '../data-tables/DataTables.tsx';
import { Tabs } from '../kit/Tabs.tsx';
import { download } from '../export/exportImage.ts';
import { ImpactChart, ImpactSummary, ImpactTable } from './ImpactView.tsx';
import { ChokepointTable, ConcentrationView } from './RankingViews.tsx';
import { SweepView } from './SweepView.tsx';
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
  const { baseline, result, stale, run } = results;
  const dataset = useAppStore((s) => s.dataset);
  const selection = useAppStore((s) => s.history.present.view.selection);
  const sweepRun = useAppStore((s) => s.analysis.sweepRun);
  const actions = store.getState();
  const [tab, setTab] = useState('impact');
  const [onlyLosing, setOnlyLosing] = useState(false);
  const [programError, setProgramError] = useState<string | null>(null);
  const selectNode = (id: string) => onSelect({ type: 'node', id });
  const downloadProgram = () => {
    const title = [`${dataset.title}: rerouting linear program.`, scenarioText];
    setProgramError(null);
    actions
      .linearProgramOf({ interventions }, title)
      .then((text) => download('rerouting.lp', text, 'text/plain'))
      .catch((e: unknown) => setProgramError(e instanceof Error ? e.message : String(e)));
  };
  return (
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
                {/* The table first: at 1280×720 the panel opens a sixth of the screen high. */}
                <div className="row wrap small impact-tools">
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={onlyLosing}
                      onChange={(e) => setOnlyLosing(e.target.checked)}
                    />
                    Only end users that lose supply
                  </label>
                  <button type="button" onClick={downloadProgram}>
                    Download linear program
                  </button>
                  <span className="muted">
                    (CPLEX LP format: check the rerouting with any solver)
                  </span>
                  {programError !== null && <span role="alert"> {programError}</span>}
                </div>
                <div className={stale ? 'impact stale' : 'impact'} aria-busy={stale}>
                  <ImpactTable
                    dataset={dataset}
                    result={result}
                    onSelect={selectNode}
                    onlyLosing={onlyLosing}
                  />
                  <ImpactSummary result={result} />
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
