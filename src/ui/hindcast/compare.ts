// The model's 2025 beside the record's: for one end user, whether the hindcast's first day short
// falls where the reported halts began, and a plain sentence saying so, or where and how they
// part and why they probably do. Pure, so the sentence a reader sees is tested.
import type { RecordEntry } from '../../data/record.ts';

/** What the view reads of one end user's hindcast (the command line's `hindcast.endUsers[]`). */
export interface ModelFigures {
  readonly id: string;
  readonly shortFrom: string | null;
  readonly shortUntil: string | null;
  readonly daysShort: number;
  readonly lostTonnes: number;
  readonly shortFromRange: {
    readonly p5: string | null;
    readonly p95: string | null;
    readonly shortInDraws: number;
  } | null;
  readonly atOnce: {
    readonly shortFrom: string | null;
    readonly shortUntil: string | null;
    readonly daysShort: number;
  };
}

export type VerdictKind = 'agrees' | 'disagrees' | 'no record';

export interface Verdict {
  readonly kind: VerdictKind;
  /** Where and how, in one or two plain sentences. */
  readonly sentence: string;
  /** Why they probably part (empty when they agree or there is nothing to compare). */
  readonly why: string;
}

/** Within this many days the model's first day short and the first reported halt agree. */
export const AGREE_DAYS = 31;
/** The model's shortage ending this much after (or before) the last reported restart disagrees. */
export const LONGER_DAYS = 60;
/** A shortage reported with no start began within this many days before the report. */
export const UNDATED_DAYS = 62;

const DAY_MS = 86_400_000;

/** The first day a date as precise as known can mean: "2025-05" is 1 May. */
export function firstDay(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS;
}

/** The last day it can mean: "2025-05" is 31 May. */
export function lastDay(date: string): number {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return firstDay(date);
  if (m !== undefined) return Date.UTC(Number(y), Number(m), 0) / DAY_MS;
  return Date.UTC(Number(y), 11, 31) / DAY_MS;
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** "26 May 2025", "May 2025" or "2025", as precise as the date is. */
export function dateText(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m === undefined ? '' : `${MONTHS[Number(m) - 1] ?? m} `;
  return d === undefined ? `${month}${y}` : `${Number(d)} ${month}${y}`;
}

/** Where a report sits on the axis: when the outcome began, else when it was reported. */
export const entryStart = (e: RecordEntry) => e.from ?? e.reported;

const isShortage = (e: RecordEntry) => e.outcome !== 'none';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const WHY = {
  early:
    'Likely why: the model treats the end user as one sector holding the stocks its sources give and short as soon as the cut flows exceed them; firms held more (or got licences sooner) than the model assumes.',
  late: 'Likely why: a halt at one plant or one model (one supplier’s magnets running out) is a small part of a sector’s supply; the model is short only when the sector as a whole is, with its stocks pooled.',
  never:
    'Likely why: the reported halt hit one firm or one supplier; the model pools the sector’s stocks and supply, so a shortage at part of it does not show, or the flows the series cut reach this end user only in part.',
  longer:
    'Likely why: the model keeps a month’s cut wherever the series is low and restocks no faster than the baseline flow, while firms reported restarts once licences came through.',
  shorter:
    'Likely why: the model refills stocks at the baseline flow as soon as the series recover, while firms waited for licences and parts after the exports came back.',
  none: 'Likely why: the statements are single firms’ (often the largest, holding their own stocks), while the model’s shortage is the sector’s; or stocks and licences that did reach these firms are missing from the model.',
} as const;

/** The model's figures for one end user beside the record's entries for it. */
export function compare(model: ModelFigures, entries: readonly RecordEntry[]): Verdict {
  const modelText =
    model.shortFrom === null
      ? 'the model has no shortage in the year'
      : `the model has it short from ${dateText(model.shortFrom)} to ${dateText(model.shortUntil ?? model.shortFrom)} (${plural(model.daysShort, 'day')})`;
  if (entries.length === 0) {
    return {
      kind: 'no record',
      sentence: `No report found for this end user, so nothing to compare: ${modelText}.`,
      why: '',
    };
  }
  const halts = entries
    .filter(isShortage)
    .sort((a, b) => firstDay(entryStart(a)) - firstDay(entryStart(b)));
  const nones = entries.filter((e) => !isShortage(e));
  const first = halts[0];
  if (model.shortFrom === null) {
    if (first === undefined) {
      const latest = nones.map((e) => `${e.who} (${dateText(e.reported)})`).join('; ');
      return {
        kind: 'agrees',
        sentence: `Agrees: the model has no shortage, and the record has only statements of no impact: ${latest}.`,
        why: '',
      };
    }
    return {
      kind: 'disagrees',
      sentence: `Disagrees: the record has a ${first.outcome} from ${dateText(entryStart(first))} (${first.who}), but ${modelText}.`,
      why: WHY.never,
    };
  }
  const from = firstDay(model.shortFrom);
  const until = model.shortUntil === null ? from : firstDay(model.shortUntil);
  if (first === undefined) {
    const within = nones.filter(
      (e) => lastDay(e.reported) >= from && firstDay(e.reported) <= until,
    );
    if (within.length === 0) {
      const last = nones.map((e) => dateText(e.reported)).join(', ');
      return {
        kind: 'agrees',
        sentence: `Not contradicted: ${modelText}; the record's statements of no impact (${last}) came before the model's shortage began, and no later report was found.`,
        why: '',
      };
    }
    const said = within.map((e) => `${e.who} (${dateText(e.reported)})`).join('; ');
    return {
      kind: 'disagrees',
      sentence: `Disagrees: ${modelText}, yet within that time the record has only statements of no impact: ${said}.`,
      why: WHY.none,
    };
  }
  return compareShortages(model, modelText, { from, until }, halts, nones);
}

/**
 * When a reported shortage can have begun: its `from` as precise as given; with no `from`, within
 * UNDATED_DAYS before it was reported (the source says only that it had happened by then).
 */
export function startWindow(e: RecordEntry): { earliest: number; latest: number } {
  if (e.from !== undefined) return { earliest: firstDay(e.from), latest: lastDay(e.from) };
  return { earliest: firstDay(e.reported) - UNDATED_DAYS, latest: lastDay(e.reported) };
}

const startText = (e: RecordEntry) =>
  e.from === undefined ? `reported ${dateText(e.reported)}, not dated` : `from ${dateText(e.from)}`;

function compareShortages(
  model: ModelFigures,
  modelText: string,
  span: { from: number; until: number },
  halts: readonly RecordEntry[],
  nones: readonly RecordEntry[],
): Verdict {
  const first = [...halts].sort((a, b) => startWindow(a).latest - startWindow(b).latest)[0];
  if (first === undefined) throw new Error('compareShortages: no reported shortage');
  const { earliest, latest } = startWindow(first);
  const firstText = `the first reported ${first.outcome} (${first.who}, ${startText(first)})`;
  const parts: string[] = [];
  const whys: string[] = [];
  if (span.from < earliest - AGREE_DAYS) {
    parts.push(`${modelText}: ${plural(earliest - span.from, 'day')} before ${firstText}`);
    whys.push(WHY.early);
  } else if (span.from > latest + AGREE_DAYS) {
    parts.push(`${modelText}: ${plural(span.from - latest, 'day')} after ${firstText}`);
    whys.push(WHY.late);
  }
  if (span.until < earliest) {
    parts.push(
      `the model's shortage is over by ${dateText(model.shortUntil ?? '')}, before ${firstText} can have begun`,
    );
    whys.push(WHY.shorter);
  }
  const ends = halts.flatMap((e) => (e.to === undefined ? [] : [{ e, day: lastDay(e.to) }]));
  const last = ends.sort((a, b) => b.day - a.day)[0];
  if (last !== undefined && span.until - last.day > LONGER_DAYS) {
    parts.push(
      `the model keeps it short until ${dateText(model.shortUntil ?? '')}, ${plural(span.until - last.day, 'day')} after the last reported restart (${last.e.who}, ${dateText(last.e.to ?? '')})`,
    );
    whys.push(WHY.longer);
  } else if (last !== undefined && last.day - span.until > LONGER_DAYS) {
    parts.push(
      `the model's shortage ends ${dateText(model.shortUntil ?? '')}, ${plural(last.day - span.until, 'day')} before the last reported restart (${last.e.who}, ${dateText(last.e.to ?? '')})`,
    );
    whys.push(WHY.shorter);
  }
  const mixed = nones.filter(
    (e) => lastDay(e.reported) >= span.from && firstDay(e.reported) <= span.until,
  );
  const also =
    mixed.length === 0
      ? ''
      : ` Within the model's shortage others said they were not affected: ${mixed.map((e) => `${e.who} (${dateText(e.reported)})`).join('; ')}, as a shortage at part of a sector allows.`;
  if (parts.length === 0) {
    return {
      kind: 'agrees',
      sentence: `Agrees: ${modelText}, within ${plural(AGREE_DAYS, 'day')} of ${firstText}.${also}`,
      why: '',
    };
  }
  const startAgrees = whys[0] !== WHY.early && whys[0] !== WHY.late;
  const lead = startAgrees
    ? `the start agrees (${modelText}, within ${plural(AGREE_DAYS, 'day')} of ${firstText}), but `
    : '';
  const sentence = `Disagrees: ${lead}${parts.join('; and ')}.${also}`;
  return { kind: 'disagrees', sentence, why: whys.join(' ') };
}
