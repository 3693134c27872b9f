// The "2025: model and record" view's key to its marks, and one end user's reports as a list:
// each dated, its outcome, who, the source's words and a link to the source.
import type { RecordEntry } from '../../data/record.ts';
import { dateText } from './compare.ts';

export function YearKey({ year }: { year: number }) {
  return (
    <p className="hindcast-key">
      <svg width={22} height={12} aria-hidden="true">
        <rect x={1} y={1} width={20} height={10} className="bar-model" />
      </svg>{' '}
      model: days short in {year} (after rerouting){' '}
      <svg width={22} height={12} aria-hidden="true">
        <rect x={1} y={4} width={20} height={5} className="bar-at-once" />
      </svg>{' '}
      at once{' '}
      <svg width={22} height={12} aria-hidden="true" className="whisker">
        <line x1={2} x2={20} y1={6} y2={6} />
        <line x1={2} x2={2} y1={2} y2={10} />
        <line x1={20} x2={20} y1={2} y2={10} />
      </svg>{' '}
      first day short, p5–p95 over the draws{' '}
      <svg width={14} height={12} aria-hidden="true" className="mark mark-halt">
        <path d="M2,2 L12,2 L7,11 Z" />
      </svg>{' '}
      reported halt or slowdown{' '}
      <svg width={14} height={12} aria-hidden="true" className="mark mark-none">
        <circle cx={7} cy={6} r={4} />
      </svg>{' '}
      reported not affected (each mark links to its source)
    </p>
  );
}

const WORD = { halt: 'Halt', slowdown: 'Slowdown', none: 'Not affected' } as const;

function when(e: RecordEntry): string {
  if (e.from === undefined) return `reported ${dateText(e.reported)}`;
  const span =
    e.to === undefined ? `from ${dateText(e.from)}` : `${dateText(e.from)} – ${dateText(e.to)}`;
  return `${span}; reported ${dateText(e.reported)}`;
}

export function RecordList({ entries }: { entries: readonly RecordEntry[] }) {
  if (entries.length === 0) return <p className="muted record-none">No report found.</p>;
  return (
    <ul className="record-list">
      {entries.map((e) => (
        <li key={e.id} data-record={e.id}>
          <span className={`outcome outcome-${e.outcome}`}>{WORD[e.outcome]}</span>{' '}
          <time dateTime={e.from ?? e.reported}>{when(e)}</time>: {e.who}. <q>{e.quote}</q>{' '}
          <a href={e.source.url} target="_blank" rel="noopener noreferrer">
            {e.source.publisher}, {e.source.year}
          </a>
        </li>
      ))}
    </ul>
  );
}
