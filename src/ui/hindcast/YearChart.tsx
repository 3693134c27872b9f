// One end user's year on a month axis: the model's days short as bars (after rerouting, solid;
// at once, thin and striped), the spread of its first day short over the draws (p5–p95) as a
// whisker, and the record's reports as marks beside it, each a link to its source: a triangle
// for a halt or slowdown (with its span when the source dates one), a circle for "not affected".
import type { RecordEntry } from '../../data/record.ts';
import { dateText, entryStart, firstDay, lastDay, type ModelFigures } from './compare.ts';

export const MONTH_W = 30;
const AXIS_W = MONTH_W * 12;
const PAD = 8;
export const CHART_W = AXIS_W + PAD * 2;
const H = 58;
const MONTHS = 'JFMAMJJASOND'.split('');

/** x of a day of `year` (0 on 1 January, AXIS_W after 31 December), months of equal width. */
function xOf(day: number, year: number): number {
  const d = new Date(day * 86_400_000);
  const m = d.getUTCMonth() + (d.getUTCFullYear() - year) * 12;
  const days = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
  const x = (m + (d.getUTCDate() - 1) / days) * MONTH_W;
  return PAD + Math.max(0, Math.min(AXIS_W, x));
}

const OUTCOME_WORD = { halt: 'halt', slowdown: 'slowdown', none: 'no impact reported' } as const;

export function entryLabel(e: RecordEntry): string {
  const when =
    e.from === undefined
      ? `reported ${dateText(e.reported)}`
      : `${dateText(e.from)}${e.to === undefined ? '' : ` to ${dateText(e.to)}`}`;
  return `${e.who}: ${OUTCOME_WORD[e.outcome]}, ${when} (${e.source.publisher}, ${e.source.year})`;
}

function Bar({
  from,
  until,
  year,
  y,
  h,
  className,
}: {
  from: string | null;
  until: string | null;
  year: number;
  y: number;
  h: number;
  className: string;
}) {
  if (from === null) return null;
  const x0 = xOf(firstDay(from), year);
  const x1 = xOf(lastDay(until ?? from) + 1, year);
  return <rect x={x0} y={y} width={Math.max(2, x1 - x0)} height={h} className={className} />;
}

export function YearChart({
  year,
  model,
  entries,
  name,
}: {
  year: number;
  model: ModelFigures;
  entries: readonly RecordEntry[];
  name: string;
}) {
  const range = model.shortFromRange;
  const p5 = range?.p5 ?? null;
  const p95 = range?.p95 ?? null;
  const whiskerTo = p95 === null ? (p5 === null ? null : AXIS_W + PAD) : xOf(firstDay(p95), year);
  return (
    <svg
      className="year-chart"
      width={CHART_W}
      height={H}
      role="group"
      aria-label={`${name}: ${year}, the model's days short and the record's reports`}
    >
      {MONTHS.map((m, i) => (
        <g key={i} className="month">
          <rect x={PAD + i * MONTH_W} y={2} width={MONTH_W} height={H - 16} />
          <text x={PAD + i * MONTH_W + MONTH_W / 2} y={H - 3} textAnchor="middle">
            {m}
          </text>
        </g>
      ))}
      <Bar
        from={model.shortFrom}
        until={model.shortUntil}
        year={year}
        y={6}
        h={10}
        className="bar-model"
      />
      <Bar
        from={model.atOnce.shortFrom}
        until={model.atOnce.shortUntil}
        year={year}
        y={18}
        h={5}
        className="bar-at-once"
      />
      {p5 !== null && whiskerTo !== null && (
        <g className="whisker">
          <title>{`First day short over the draws: p5 ${p5}, p95 ${p95 ?? 'not short in the year'}`}</title>
          <line x1={xOf(firstDay(p5), year)} x2={whiskerTo} y1={11} y2={11} />
          <line x1={xOf(firstDay(p5), year)} x2={xOf(firstDay(p5), year)} y1={7} y2={15} />
          <line x1={whiskerTo} x2={whiskerTo} y1={7} y2={15} />
        </g>
      )}
      {entries.map((e, i) => {
        const x = xOf(firstDay(entryStart(e)), year);
        const y = 31 + (i % 2) * 6;
        const label = entryLabel(e);
        return (
          <a
            key={e.id}
            href={e.source.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={label}
            data-entry={e.id}
            className={`mark mark-${e.outcome}`}
          >
            <title>{label}</title>
            {e.to !== undefined && (
              <line x1={x} x2={xOf(lastDay(e.to) + 1, year)} y1={y} y2={y} className="span" />
            )}
            {e.outcome === 'none' ? (
              <circle cx={x} cy={y} r={4} />
            ) : (
              <path d={`M${x - 5},${y - 5} L${x + 5},${y - 5} L${x},${y + 4} Z`} />
            )}
          </a>
        );
      })}
    </svg>
  );
}
