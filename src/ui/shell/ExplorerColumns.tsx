// The explorer's side columns: scenario, stories and filters on the left; the details of what
// is picked (with its month-by-month chart) on the right.
import { Suspense, lazy, useMemo } from 'react';
import { useAppStore } from '../../state/useAppStore.ts';
import { activeScenario } from '../../state/document.ts';
import type { Intervention } from '../../core/scenario.ts';
import type { useGraphModel } from '../graph/useGraphModel.ts';
import { FiltersPanel } from '../graph/FiltersPanel.tsx';
import { DetailsPanel } from '../details/DetailsPanel.tsx';
import { ScenarioPanel } from '../scenario/ScenarioPanel.tsx';
import { StoryPanel } from '../stories/StoryPanel.tsx';
import { measureRows } from '../results/drawn.ts';
import { SupplyChart } from '../results/SupplyChart.tsx';
import { MaterialLoss } from '../results/MaterialLoss.tsx';
import { useDependents } from '../results/useDependents.ts';
import type { Results } from '../results/useResults.ts';

type GraphModel = ReturnType<typeof useGraphModel>;

/** The month-by-month chart and its charting library load with the first chartable pick. */
const PeriodChart = lazy(() =>
  import('../timeline/PeriodChart.tsx').then((m) => ({ default: m.PeriodChart })),
);

export function ScenarioColumn({ model }: { readonly model: GraphModel }) {
  const { store, dataset, view, entries } = model;
  const stories = useAppStore((s) => s.stories);
  const actions = store.getState();
  const edits = {
    onAdd: actions.addIntervention,
    onToggle: actions.toggleIntervention,
    onDelete: actions.deleteIntervention,
    onEdit: actions.replaceIntervention,
    onReplace: actions.setScenario,
    onLoadPreset: actions.loadPreset,
    onOpenFile: actions.openScenarioText,
  };
  return (
    <>
      <ScenarioPanel dataset={dataset} entries={entries} presets={dataset.scenarios} {...edits} />
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
    </>
  );
}

/** What Details shows of the picked node beyond its facts, worked out from the results. */
function useSelectedDetails(model: GraphModel, results: Results, active: readonly Intervention[]) {
  const { baseline, result, stale } = results;
  const { dataset, view } = model;
  const selectedNode = view.selection?.type === 'node' ? view.selection.id : null;
  const dependents = useDependents(selectedNode, baseline !== null);
  const nodeIndex =
    selectedNode === null ? -1 : dataset.nodes.findIndex((n) => n.id === selectedNode);
  const measures =
    baseline !== null && nodeIndex >= 0 ? measureRows(baseline, nodeIndex) : undefined;
  const selectedOutcome = result?.endUsers.find((e) => e.id === selectedNode);
  const supply =
    selectedOutcome === undefined ? undefined : (
      <>
        <SupplyChart
          outcome={selectedOutcome}
          name={dataset.nodes[nodeIndex]?.label ?? selectedOutcome.id}
        />
        <MaterialLoss outcome={selectedOutcome} />
      </>
    );
  // What the picked node handles under the scenario, at once (the Chokepoints tab's "after shock").
  const underScenario =
    active.length > 0 && result !== null && !stale && nodeIndex >= 0
      ? result.nodes.throughputNoSubstitution[nodeIndex]
      : undefined;
  const bestCase = { scenario: { interventions: active } };
  return { measures, dependents, supply, underScenario, bestCase };
}

export function DetailsColumn({
  model,
  results,
  active,
}: {
  readonly model: GraphModel;
  readonly results: Results;
  /** The scenario the engine runs (the month's what-if and the switched-on interventions). */
  readonly active: readonly Intervention[];
}) {
  const { store, dataset, view, entries, select } = model;
  const details = useSelectedDetails(model, results, active);
  // The own interventions (without the month's what-if): the month chart adds each month's.
  const own = useMemo(() => activeScenario(entries).interventions, [entries]);
  const actions = store.getState();
  return (
    <>
      <DetailsPanel
        dataset={dataset}
        selection={view.selection}
        focus={view.focus}
        {...details}
        onIntervene={actions.addIntervention}
        onFocus={(focus) => actions.setView({ focus })}
        onSelect={select}
        onLoadPreset={actions.loadPreset}
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
    </>
  );
}
