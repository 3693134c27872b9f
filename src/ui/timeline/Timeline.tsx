// The timeline under the graph: a slider named "Month" over "<year> baseline" and each month of
// the dataset's period series. The chosen month is a what-if built from the series (each
// measured flow scaled to its month's share of the baseline month), so the graph, the impact
// table and the chokepoint ranking show that month against the baseline. Play steps through
// the months; dated presets and story steps are marked where they fall.
import { useEffect, useState } from 'react';
import { monthLabel, periodMonths, seriesMonth } from '../../core/periods.ts';
import type { Dataset } from '../../data/schema.ts';
import { formatPercent } from '../kit/format.ts';

/** How long Play stays on a month. */
export const PLAY_STEP_MS = 1_500;

export interface TimelineEvent {
  readonly month: string;
  readonly label: string;
  readonly kind: 'preset' | 'story';
}

/** Dated presets and story steps that fall within the series' months, in month order. */
export function timelineEvents(dataset: Dataset, months: readonly string[]): TimelineEvent[] {
  const within = new Set(months);
  const dateOf = new Map(dataset.scenarios.map((p) => [p.id, p.date]));
  const out: TimelineEvent[] = [];
  for (const p of dataset.scenarios) {
    const month = p.date?.slice(0, 7);
    if (month !== undefined && within.has(month))
      out.push({ month, label: p.label, kind: 'preset' });
  }
  for (const story of dataset.stories) {
    story.steps.forEach((step, i) => {
      const month = step.preset === undefined ? undefined : dateOf.get(step.preset)?.slice(0, 7);
      if (month !== undefined && within.has(month)) {
        out.push({ month, label: `${story.title}, step ${i + 1}: ${step.title}`, kind: 'story' });
      }
    });
  }
  return out.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

export function Timeline({
  dataset,
  period,
  onChange,
}: {
  dataset: Dataset;
  period: string | undefined;
  onChange: (period: string | undefined) => void;
}) {
  const months = periodMonths(dataset.periods);
  const [playing, setPlaying] = useState(false);
  const index = period === undefined ? 0 : months.indexOf(period) + 1;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = months[index]; // index 0 is the baseline, so months[index] is the next month
      if (next === undefined) setPlaying(false);
      else onChange(next);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, index, months, onChange]);

  if (months.length === 0) return null;
  const baselineLabel = `${dataset.year ?? ''} baseline`.trim();
  const label = period === undefined ? baselineLabel : monthLabel(period);
  const events = timelineEvents(dataset, months);
  const position = (m: string) => `${((months.indexOf(m) + 1) / months.length) * 100}%`;
  const atEnd = index >= months.length;

  return (
    <section className="timeline" aria-label="Timeline">
      <button
        type="button"
        className="timeline-play"
        aria-pressed={playing}
        onClick={() => {
          if (playing) setPlaying(false);
          else {
            if (atEnd) onChange(undefined);
            setPlaying(true);
          }
        }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <div className="timeline-track">
        <input
          type="range"
          aria-label="Month"
          aria-valuetext={label}
          min={0}
          max={months.length}
          step={1}
          value={index}
          list="timeline-months"
          onChange={(e) => {
            setPlaying(false);
            const i = Number(e.target.value);
            onChange(i === 0 ? undefined : months[i - 1]);
          }}
        />
        <datalist id="timeline-months">
          <option value={0} label={baselineLabel} />
          {months.map((m, i) => (
            <option key={m} value={i + 1} label={monthLabel(m)} />
          ))}
        </datalist>
        <div className="timeline-marks" aria-hidden="true">
          <span className="timeline-tick" style={{ left: 0 }}>
            {dataset.year ?? ''}
          </span>
          {months.map((m) => (
            <span key={m} className="timeline-tick" style={{ left: position(m) }}>
              {monthLabel(m).slice(0, 3)}
            </span>
          ))}
          {events.map((e, i) => (
            <span
              key={`${e.month}-${i}`}
              className={`timeline-event ${e.kind}`}
              style={{ left: position(e.month) }}
              title={`${monthLabel(e.month)}: ${e.label}`}
            />
          ))}
        </div>
      </div>
      <p className="timeline-status" aria-live="polite" title={statusTitle(dataset, period, label)}>
        <strong>{label}</strong>{' '}
        {period === undefined ? (
          <span className="muted">every flow at its 2024 figure</span>
        ) : (
          <MonthSummary dataset={dataset} month={period} />
        )}
      </p>
      <ul className="sr-only" aria-label="Events on the timeline">
        {events.map((e, i) => (
          <li key={`${e.month}-${i}`}>
            {monthLabel(e.month)}: {e.label}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The whole status line, for a hover when it is cut to one line. */
function statusTitle(dataset: Dataset, period: string | undefined, label: string): string {
  if (period === undefined) return `${label}: every flow at its 2024 figure`;
  return `${label}: ${monthParts(dataset, period)
    .map((p) => `${p.label}: ${p.text}`)
    .join('; ')}`;
}

/** A source's figure as it gives it ("1,238", "5,864.6"), not rounded to three figures. */
const asGiven = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 1 });

/** What the month does, series by series: the figure against its baseline, or that it has none. */
function monthParts(dataset: Dataset, month: string) {
  return dataset.periods
    .filter((s) => s.baseline !== undefined && s.flows.length > 0)
    .map((s) => {
      const m = seriesMonth(s, month);
      const base = s.baseline?.value ?? 0;
      const text =
        m.value === null
          ? 'no figure for this month (flows at baseline)'
          : `${asGiven(m.value)} t against ${asGiven(base)} t a month in 2024 → ${
              m.factor !== null && m.factor < 1
                ? `flows at ${formatPercent(m.factor)}`
                : 'at or above: flows at baseline'
            }`;
      return { id: s.id, label: s.label, text };
    });
}

function MonthSummary({ dataset, month }: { dataset: Dataset; month: string }) {
  const parts = monthParts(dataset, month);
  return (
    <span className="small">
      {parts.map((p, i) => (
        <span key={p.id}>
          {i > 0 ? '; ' : ''}
          {p.label}: {p.text}
        </span>
      ))}
    </span>
  );
}
