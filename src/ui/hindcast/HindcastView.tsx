// "2025: model and record": per end user, the hindcast's days short on a month axis beside what
// was reported (halts, slowdowns, statements of no impact, each dated and linked to its source),
// with a plain sentence: agrees, or where and how they part and why they probably do. The
// figures are the command line's `--hindcast` (run in the analysis worker); the record is
// data/record-2025.json, which the model never reads.
import { useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { Record2025, RecordEntry } from '../../data/record.ts';
import { labeller } from '../kit/labels.ts';
import { formatTonnes } from '../kit/format.ts';
import { LinkButton } from '../kit/LinkButton.tsx';
import {
  compare,
  dateText,
  entryStart,
  firstDay,
  type ModelFigures,
  type Verdict,
} from './compare.ts';
import { YearChart } from './YearChart.tsx';
import { RecordList, YearKey } from './HindcastParts.tsx';
import './hindcast.css';

/** What the view reads of the command line's `hindcast` block. */
export interface ModelYear {
  readonly year: number;
  readonly outcome: 'afterRerouting' | 'atOnce';
  readonly samples: number;
  readonly seed: number;
  readonly endUsers: readonly ModelFigures[];
}

interface Row {
  readonly model: ModelFigures;
  readonly name: string;
  readonly entries: readonly RecordEntry[];
  readonly verdict: Verdict;
}

/** Reported first, by when; then short in the model, earliest first; then the rest. */
function order(a: Row, b: Row): number {
  const ra = a.entries[0];
  const rb = b.entries[0];
  if (ra !== undefined || rb !== undefined) {
    if (ra === undefined) return 1;
    if (rb === undefined) return -1;
    return firstDay(entryStart(ra)) - firstDay(entryStart(rb));
  }
  const fa = a.model.shortFrom;
  const fb = b.model.shortFrom;
  if (fa === null || fb === null) return fa === fb ? 0 : fa === null ? 1 : -1;
  return fa.localeCompare(fb);
}

export function HindcastView({
  dataset,
  model,
  record,
  onSelect,
}: {
  dataset: Dataset;
  model: ModelYear;
  record: Record2025;
  onSelect: (id: string) => void;
}) {
  const [all, setAll] = useState(false);
  const rows = useMemo(() => {
    const label = labeller(dataset);
    const byUser = new Map<string, RecordEntry[]>();
    for (const e of record.year === model.year ? record.entries : []) {
      byUser.set(e.endUser, [...(byUser.get(e.endUser) ?? []), e]);
    }
    return model.endUsers
      .map((m): Row => {
        const entries = [...(byUser.get(m.id) ?? [])].sort(
          (a, b) => firstDay(entryStart(a)) - firstDay(entryStart(b)),
        );
        return { model: m, name: label(m.id), entries, verdict: compare(m, entries) };
      })
      .sort(order);
  }, [dataset, model, record]);
  const quiet = (r: Row) => r.entries.length === 0 && r.model.shortFrom === null;
  const shown = all ? rows : rows.filter((r) => !quiet(r));
  const hidden = rows.length - shown.length;
  const reported = rows.filter((r) => r.entries.length > 0);
  const agree = reported.filter((r) => r.verdict.kind === 'agrees').length;
  return (
    <div className="hindcast">
      <p className="hindcast-summary">
        {model.year} simulated from the baseline with the dataset’s dated events, monthly series,
        ramps and stocks ({model.outcome === 'afterRerouting' ? 'after rerouting' : 'at once'};
        first day short’s range over {model.samples} draws, seed {model.seed}). Of {reported.length}{' '}
        end users with a report, the model agrees with {agree} and disagrees with{' '}
        {reported.length - agree}. The record is for comparison only: the model never reads it.
      </p>
      <YearKey year={model.year} />
      <ol className="hindcast-rows" aria-label={`${model.year}: model and record, by end user`}>
        {shown.map((r) => (
          <li
            key={r.model.id}
            data-end-user={r.model.id}
            className={`verdict-${r.verdict.kind.replace(' ', '-')}`}
          >
            <div className="hindcast-who">
              <LinkButton onClick={() => onSelect(r.model.id)}>{r.name}</LinkButton>
              <ModelFiguresText model={r.model} />
            </div>
            <YearChart year={model.year} model={r.model} entries={r.entries} name={r.name} />
            <div className="hindcast-text">
              <p className="verdict">
                <strong>{verdictWord(r.verdict)}</strong> {afterLead(r.verdict.sentence)}
                {r.verdict.why !== '' && <span className="why"> {r.verdict.why}</span>}
              </p>
              <RecordList entries={r.entries} />
            </div>
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <LinkButton onClick={() => setAll((v) => !v)}>
          {all
            ? 'Hide the end users with no shortage and no report'
            : `Show ${hidden} more end user${hidden === 1 ? '' : 's'} with no shortage in the model and no report`}
        </LinkButton>
      )}
    </div>
  );
}

/** The sentence after its lead ("Disagrees: "), which the bold word says already. */
function afterLead(sentence: string): string {
  const rest = sentence.replace(/^[^:]*: /, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function verdictWord(v: Verdict): string {
  if (v.kind === 'no record') return 'No report.';
  if (v.sentence.startsWith('Not contradicted')) return 'Not contradicted.';
  return v.kind === 'agrees' ? 'Agrees.' : 'Disagrees.';
}

/** The figures as the command line gives them; dates in <time> so a reader (or test) has them. */
function ModelFiguresText({ model }: { model: ModelFigures }) {
  const range = model.shortFromRange;
  if (model.shortFrom === null) {
    return (
      <p className="figures">
        Model: not short in the year
        {range !== null && range.shortInDraws > 0 && (
          <> (short in {Math.round(range.shortInDraws * 100)}% of the draws)</>
        )}
        <span hidden data-field="daysShort">
          {model.daysShort}
        </span>
      </p>
    );
  }
  return (
    <p className="figures">
      Model: short from{' '}
      <time data-field="shortFrom" dateTime={model.shortFrom}>
        {dateText(model.shortFrom)}
      </time>{' '}
      to{' '}
      <time dateTime={model.shortUntil ?? ''}>{dateText(model.shortUntil ?? model.shortFrom)}</time>
      , <span data-field="daysShort">{model.daysShort}</span> days,{' '}
      {formatTonnes(model.lostTonnes, 't')} lost
      {range !== null && range.p5 !== null && (
        <>
          {' '}
          (first day p5{' '}
          <time data-field="p5" dateTime={range.p5}>
            {dateText(range.p5)}
          </time>
          , p95{' '}
          {range.p95 === null ? (
            'not short'
          ) : (
            <time data-field="p95" dateTime={range.p95}>
              {dateText(range.p95)}
            </time>
          )}
          )
        </>
      )}
    </p>
  );
}
