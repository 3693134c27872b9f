// The chokepoint ranking (sortable, with the change the scenario makes), concentration by
// stage, and the removal sweep.
import { useMemo, useState } from 'react';
import { labeller } from '../kit/labels.ts';
import type { Dataset } from '../../data/schema.ts';
import {
  SWEEP_REROUTE_ALL,
  SWEEP_REROUTE_WORST,
  type BaselineAnalysis,
  type ScenarioResult,
  type SweepEntry,
} from '../../core/analysis/index.ts';
import { STAGES, STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import { formatNumber, formatPercent, formatTonnes } from '../kit/format.ts';
import { useSort } from '../kit/useSort.tsx';
import type { AnalysisState } from '../../state/analysis.ts';
import { VirtualTable } from '../kit/VirtualTable.tsx';
import { plainChoices, SelectField } from '../kit/SelectField.tsx';
import { flowMaterials } from '../kit/materials.ts';
import { LinkButton } from '../kit/LinkButton.tsx';
import { HeadRow } from '../kit/HeadRow.tsx';

interface RankRow {
  readonly id: string;
  readonly label: string;
  readonly stage: string;
  readonly country: string;
  readonly score: number;
  readonly rank: number;
  readonly throughput: number;
  readonly after: number;
  readonly change: number;
}

const RANK_COLUMNS: Record<string, (r: RankRow) => number | string> = {
  label: (r) => r.label,
  stage: (r) => STAGES.indexOf(r.stage as (typeof STAGES)[number]),
  country: (r) => r.country,
  score: (r) => r.score,
  throughput: (r) => r.throughput,
  after: (r) => r.after,
  change: (r) => r.change,
};

export function ChokepointTable(props: {
  dataset: Dataset;
  baseline: BaselineAnalysis;
  result: ScenarioResult | null;
  onSelect: (id: string) => void;
}) {
  const { dataset, baseline, result, onSelect } = props;
  // End users are where supply ends, not a point it passes through: left out unless asked for.
  const [withEndUsers, setWithEndUsers] = useState(false);
  const all = useMemo((): RankRow[] => {
    const score = baseline.measures.chokepoint;
    const through = baseline.measures.throughput;
    const order = [...score.keys()].sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0));
    const rank = new Map(order.map((v, i) => [v, i + 1]));
    return dataset.nodes.map((n, v) => {
      const before = through[v] ?? 0;
      const after = result?.nodes.throughputNoSubstitution[v] ?? before;
      return {
        id: n.id,
        label: n.label,
        stage: n.stage,
        country: n.country,
        score: score[v] ?? 0,
        rank: rank.get(v) ?? 0,
        throughput: before,
        after,
        change: before > 0 ? after / before - 1 : 0,
      };
    });
  }, [dataset, baseline, result]);
  const rows = useMemo(
    () => (withEndUsers ? all : all.filter((r) => r.stage !== 'end-user')),
    [all, withEndUsers],
  );
  const { sorted, header: h } = useSort(rows, RANK_COLUMNS, 'score');
  return (
    <>
      <label className="check small">
        <input
          type="checkbox"
          checked={withEndUsers}
          onChange={(e) => setWithEndUsers(e.target.checked)}
        />
        Include end users
      </label>
      <VirtualTable
        label="Chokepoint ranking"
        head={
          <>
            <tr>
              {h('Node', 'label')}
              {h('Stage', 'stage')}
              {h('Country', 'country')}
              {h('Chokepoint score', 'score')}
              {h('Throughput (baseline)', 'throughput')}
              {h('Throughput (after shock)', 'after')}
              {h('Change', 'change')}
            </tr>
          </>
        }
        count={sorted.length}
        row={(i) => {
          const r = sorted[i] as (typeof sorted)[number];
          return (
            <tr key={r.id}>
              <th scope="row">
                <LinkButton onClick={() => onSelect(r.id)}>{r.label}</LinkButton>{' '}
                <span className="muted small">#{r.rank}</span>
              </th>
              <td>{STAGE_LABELS[r.stage as (typeof STAGES)[number]]}</td>
              <td>{countryName(r.country)}</td>
              <td className="num">{formatPercent(r.score)}</td>
              <td className="num">{formatTonnes(r.throughput)}</td>
              <td className="num">{formatTonnes(r.after)}</td>
              <td className="num">{r.change === 0 ? '–' : formatPercent(r.change)}</td>
            </tr>
          );
        }}
      />
    </>
  );
}

export function ConcentrationView({ baseline }: { baseline: BaselineAnalysis }) {
  return (
    <div className="concentration">
      {STAGES.map((stage) => {
        const c = baseline.stages[stage];
        return (
          <table
            key={stage}
            className="compact"
            aria-label={`Concentration: ${STAGE_LABELS[stage]}`}
          >
            <caption>
              <strong>{STAGE_LABELS[stage]}</strong> — HHI {formatNumber(c.hhi)}, top 3{' '}
              {formatPercent(c.top3Share)}
            </caption>
            <thead>
              <HeadRow columns={['Country', 'Share']} />
            </thead>
            <tbody>
              {c.ranking.slice(0, 8).map((r) => (
                <tr key={r.country}>
                  <th scope="row">{countryName(r.country)}</th>
                  <td className="num">{formatPercent(r.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      <p className="muted small">
        Share of each stage's throughput by country. HHI: sum of squared shares (0–1; above 0.25 is
        highly concentrated).
      </p>
    </div>
  );
}

const NO_ENTRIES: readonly SweepEntry[] = [];

const SWEEP_COLUMNS: Record<string, (r: SweepEntry & { label: string }) => number | string> = {
  label: (r) => r.label,
  lostNoSubstitution: (r) => r.lostNoSubstitution,
  lostWithRerouting: (r) => r.lostWithRerouting ?? -1,
};

export function SweepView(props: {
  dataset: Dataset;
  run: AnalysisState['sweepRun'];
  /** With a material: who controls it (each node that puts it out withholds it in turn). */
  onRun: (material?: string) => void;
  onCancel: () => void;
  onSelect: (id: string) => void;
}) {
  const { dataset, run, onRun, onCancel, onSelect } = props;
  // The choice starts at what the last sweep asked, so coming back to the tab shows it.
  const [material, setMaterial] = useState(run.material ?? '');
  const materials = useMemo(() => flowMaterials(dataset), [dataset]);
  const entries = run.status === 'done' ? run.value : NO_ENTRIES;
  const rows = useMemo(() => {
    const label = labeller(dataset);
    return entries.map((e) => ({ ...e, label: label(e.id) }));
  }, [entries, dataset]);
  const { sorted, header: h } = useSort(rows, SWEEP_COLUMNS, 'lostNoSubstitution');
  const shown = run.status === 'done' ? run.material : undefined;
  const asked = material === '' ? undefined : material;
  return (
    <div>
      <p className="small">
        {materials.length > 1 && (
          <SelectField
            inline
            label="Material "
            value={material}
            choices={[
              { value: '', label: 'Every material (remove the node)' },
              ...plainChoices(materials),
            ]}
            onChange={setMaterial}
          />
        )}{' '}
        <button type="button" onClick={() => onRun(asked)} disabled={run.status === 'running'}>
          {run.status === 'done' && shown === asked ? 'Run again' : 'Run removal sweep'}
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
      <p className="small muted">
        {run.status === 'done' && shown !== undefined ? (
          <>
            Who controls {shown}: {rows.length.toLocaleString('en')}{' '}
            {rows.length === 1 ? 'node puts' : 'nodes put'} it out; each row is the end-user supply
            lost when that node alone withholds it and does the rest of its work as before.
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
      {rows.length > 0 && (
        <table className="data" aria-label="Removal sweep" data-material={shown ?? ''}>
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
