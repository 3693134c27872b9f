// The removal sweep: every node removed on its own, or, for one material, every node that puts
// it out withholding it in turn; the end-user supply lost in both outcomes.
import { useMemo, useState } from 'react';
import { labeller } from '../kit/labels.ts';
import type { Dataset } from '../../data/schema.ts';
import {
  SWEEP_REROUTE_ALL,
  SWEEP_REROUTE_WORST,
  type SweepEntry,
} from '../../core/analysis/index.ts';
import { formatNumber, formatPercent, formatTonnes } from '../kit/format.ts';
import { useSort } from '../kit/useSort.tsx';
import type { AnalysisState } from '../../state/analysis.ts';
import { plainChoices, SelectField } from '../kit/SelectField.tsx';
import { flowMaterials } from '../kit/materials.ts';
import { LinkButton } from '../kit/LinkButton.tsx';
import { hasSurvive, SURVIVE_HORIZON_YEARS } from '../../core/analysis/time/survive.ts';
import { SurviveTable } from './SurviveTable.tsx';

/** What the sweep ranks nodes by: the supply lost, or how long every end user stays served. */
type Measure = 'loss' | 'survive';
const MEASURES = [
  { value: 'loss', label: 'Supply lost' },
  { value: 'survive', label: 'Time to survive' },
] as const;

const NO_ENTRIES: readonly SweepEntry[] = [];

const SWEEP_COLUMNS: Record<string, (r: SweepEntry & { label: string }) => number | string> = {
  label: (r) => r.label,
  lostNoSubstitution: (r) => r.lostNoSubstitution,
  lostWithRerouting: (r) => r.lostWithRerouting ?? -1,
};

export function SweepView(props: {
  dataset: Dataset;
  run: AnalysisState['sweepRun'];
  /**
   * With a material: who controls it (each node that puts it out withholds it in turn); with
   * `survive`, each node's time to survive too.
   */
  onRun: (material?: string, survive?: boolean) => void;
  onCancel: () => void;
  onSelect: (id: string) => void;
}) {
  const { dataset, run, onSelect } = props;
  // The choice starts at what the last sweep asked, so coming back to the tab shows it.
  const [material, setMaterial] = useState(run.material ?? '');
  const materials = useMemo(() => flowMaterials(dataset), [dataset]);
  const entries = run.status === 'done' ? run.value : NO_ENTRIES;
  const survived = entries.length > 0 && entries.every(hasSurvive) ? entries : null;
  const [measure, setMeasure] = useState<Measure>(survived === null ? 'loss' : 'survive');
  const rows = useMemo(() => {
    const label = labeller(dataset);
    return entries.map((e) => ({ ...e, label: label(e.id) }));
  }, [entries, dataset]);
  const { sorted, header: h } = useSort(rows, SWEEP_COLUMNS, 'lostNoSubstitution');
  const shown = run.status === 'done' ? run.material : undefined;
  return (
    <div>
      <SweepControls
        {...props}
        materials={materials}
        material={material}
        onMaterial={setMaterial}
        measure={measure}
        onMeasure={setMeasure}
        survived={survived !== null}
      />
      <p className="small muted">
        {survived !== null ? (
          <>
            Time to survive: every node removed on its own from the baseline, and how long every end
            user stays fully served, drawing on stocks, rerouting and switching recipes after their
            lead times (the simulation over time; the dataset&apos;s ramps left out). Up to{' '}
            {SURVIVE_HORIZON_YEARS} years; shortest first. With stocks alone is the same without
            rerouting or switches.
          </>
        ) : run.status === 'done' && shown !== undefined ? (
          <>
            Who controls {shown}: {rows.length.toLocaleString('en')}{' '}
            {rows.length === 1 ? 'node puts' : 'nodes put'} it out; each row is the end-user supply
            lost when that node alone withholds it and does the rest of its work as before. After
            rerouting is the least total loss the rerouting program can reach (the Impact tab&apos;s
            fair share can be larger).
          </>
        ) : (
          <>
            What hurts most if it goes: every node removed on its own, end-user supply lost in both
            outcomes (on graphs of over {formatNumber(SWEEP_REROUTE_ALL)} nodes, rerouting is
            computed for the {SWEEP_REROUTE_WORST} worst; after rerouting is the least total loss,
            the Impact tab&apos;s fair share can be larger). Pick a material to ask who controls it.
          </>
        )}
      </p>
      {survived !== null && (
        <SurviveTable dataset={dataset} entries={survived} onSelect={onSelect} />
      )}
      {survived === null && rows.length > 0 && (
        <table
          className="data"
          aria-label="Removal sweep"
          data-material={shown ?? ''}
          data-reveal-from
        >
          {shown !== undefined && <caption className="sr-only">Who controls {shown}</caption>}
          <thead>
            <tr>
              {h('Node', 'label')}
              {h('Lost at once (no substitution)', 'lostNoSubstitution')}
              {h('Lost after rerouting', 'lostWithRerouting')}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.id} data-id={r.id}>
                <th scope="row">
                  <LinkButton onClick={() => onSelect(r.id)}>{r.label}</LinkButton>
                </th>
                <td className="num">
                  {formatTonnes(r.lostNoSubstitution)} ({formatPercent(r.lostNoSubstitutionShare)})
                </td>
                <td className="num">
                  {r.lostWithRerouting === null
                    ? '–'
                    : `${formatTonnes(r.lostWithRerouting)} (${formatPercent(r.lostWithReroutingShare)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function SweepControls({
  run,
  materials,
  material,
  onMaterial,
  measure,
  onMeasure,
  survived,
  onRun,
  onCancel,
}: {
  readonly run: AnalysisState['sweepRun'];
  readonly materials: readonly string[];
  readonly material: string;
  readonly onMaterial: (material: string) => void;
  readonly measure: Measure;
  readonly onMeasure: (measure: Measure) => void;
  /** The sweep shown has each node's time to survive. */
  readonly survived: boolean;
  readonly onRun: (material?: string, survive?: boolean) => void;
  readonly onCancel: () => void;
}) {
  const shown = run.status === 'done' ? run.material : undefined;
  const asked = material === '' ? undefined : material;
  const survive = measure === 'survive';
  const again = run.status === 'done' && (survive ? survived : !survived && shown === asked);
  return (
    <p className="small">
      <SelectField
        inline
        label="Rank by "
        value={measure}
        choices={MEASURES}
        onChange={onMeasure}
      />{' '}
      {!survive && materials.length > 1 && (
        <SelectField
          inline
          label="Material "
          value={material}
          choices={[
            { value: '', label: 'Every material (remove the node)' },
            ...plainChoices(materials),
          ]}
          onChange={onMaterial}
        />
      )}{' '}
      <button
        type="button"
        onClick={() => (survive ? onRun(undefined, true) : onRun(asked))}
        disabled={run.status === 'running'}
      >
        {again ? 'Run again' : survive ? 'Rank by time to survive' : 'Run removal sweep'}
      </button>{' '}
      {run.status === 'running' && (
        <>
          <span role="status">Sweeping… {formatPercent(run.progress ?? 0)}</span>{' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
      {run.status === 'error' && <span role="alert">{run.errors.join('; ')}</span>}
    </p>
  );
}
