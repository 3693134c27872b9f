// The sweep ranked by time to survive: for each node taken down, how long every end user stays
// fully served (stocks, rerouting, recipe switches), shortest first; beyond the horizon it says
// "more than 3 years". Sorted here rather than with useSort: the ranking reads shortest first,
// and a click reverses it (or sorts by another column), each header announcing its order.
import { useMemo, useState } from 'react';
import { labeller } from '../kit/labels.ts';
import type { Dataset } from '../../data/schema.ts';
import type { SweepSurviveEntry, SurviveFigure } from '../../core/analysis/time/survive.ts';
import { formatPercent, formatTonnes } from '../kit/format.ts';
import { sortRows } from '../kit/sortRows.ts';
import { LinkButton } from '../kit/LinkButton.tsx';

type Row = SweepSurviveEntry & { label: string };

/** "45 days", "1 day", "more than 3 years" (the horizon, in whole years when it is). */
export function surviveText(figure: SurviveFigure | null, horizonDays: number): string {
  if (figure === null) return '–';
  if (figure.days === null) {
    const years = horizonDays / 365;
    return Number.isInteger(years)
      ? `more than ${years} year${years === 1 ? '' : 's'}`
      : `more than ${horizonDays} days`;
  }
  return `${figure.days.toLocaleString('en')} day${figure.days === 1 ? '' : 's'}`;
}

/** The first two names, and how many more: the full list is the cell's title. */
const shortList = (names: readonly string[]): string =>
  names.length === 0
    ? '–'
    : names.length <= 2
      ? names.join(', ')
      : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;

const days = (f: SurviveFigure | null) => (f === null ? Infinity : (f.days ?? Infinity));

const COLUMNS: Record<string, { ascending: boolean; get: (r: Row) => number | string }> = {
  label: { ascending: true, get: (r) => r.label },
  survive: { ascending: true, get: (r) => days(r.survive.afterRerouting ?? r.survive.atOnce) },
  atOnce: { ascending: true, get: (r) => days(r.survive.atOnce) },
  lost: { ascending: false, get: (r) => r.lostNoSubstitution },
};

export function SurviveTable({
  dataset,
  entries,
  onSelect,
}: {
  dataset: Dataset;
  entries: readonly SweepSurviveEntry[];
  onSelect: (id: string) => void;
}) {
  const label = useMemo(() => labeller(dataset), [dataset]);
  const rows = useMemo(() => entries.map((e) => ({ ...e, label: label(e.id) })), [entries, label]);
  const [sort, setSort] = useState({ key: 'survive', ascending: true });
  const sorted = useMemo(() => {
    const column = COLUMNS[sort.key] ?? COLUMNS['survive'];
    return column === undefined ? rows : sortRows(rows, column.get, !sort.ascending);
  }, [rows, sort]);
  const header = (text: string, key: string) => {
    const order = sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none';
    const toggle = () =>
      setSort((s) => ({
        key,
        ascending: s.key === key ? !s.ascending : (COLUMNS[key]?.ascending ?? true),
      }));
    return (
      <th scope="col" aria-sort={order}>
        <button type="button" className="sort" onClick={toggle}>
          {text}
          {order === 'descending' ? ' ▼' : order === 'ascending' ? ' ▲' : ''}
        </button>
      </th>
    );
  };
  const horizon = entries[0]?.survive.horizonDays ?? 0;
  return (
    <table className="data" aria-label="Time to survive" data-reveal-from>
      <thead>
        <tr>
          {header('Node', 'label')}
          {header('Time to survive', 'survive')}
          {header('With stocks alone', 'atOnce')}
          <th scope="col">Short first</th>
          {header('Lost at once', 'lost')}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => {
          const ranked = r.survive.afterRerouting ?? r.survive.atOnce;
          return (
            <tr key={r.id} data-id={r.id} data-days={ranked.days ?? ''}>
              <th scope="row">
                <LinkButton onClick={() => onSelect(r.id)}>{r.label}</LinkButton>
              </th>
              <td className="num">{surviveText(ranked, horizon)}</td>
              <td className="num" data-days={r.survive.atOnce.days ?? ''}>
                {surviveText(r.survive.atOnce, horizon)}
              </td>
              <td title={ranked.shortFirst.map(label).join(', ')}>
                {shortList(ranked.shortFirst.map(label))}
              </td>
              <td className="num">
                {formatTonnes(r.lostNoSubstitution)} ({formatPercent(r.lostNoSubstitutionShare)})
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
