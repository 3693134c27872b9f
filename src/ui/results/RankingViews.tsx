// The chokepoint ranking (sortable, with the change the scenario makes) and concentration by
// stage. The removal sweep is SweepView.tsx.
import { useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { BaselineAnalysis, ScenarioResult } from '../../core/analysis/index.ts';
import { STAGES, STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import { formatNumber, formatPercent, formatTonnes } from '../kit/format.ts';
import { useSort } from '../kit/useSort.tsx';
import { VirtualTable } from '../kit/VirtualTable.tsx';
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
