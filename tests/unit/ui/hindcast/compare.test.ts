// The sentence beside each end user of the "2025: model and record" view: agrees, disagrees (and
// how, and why), or nothing to compare; on made-up figures, so each rule is seen to decide.
import { describe, expect, it } from 'vitest';
import type { RecordEntry } from '../../../../src/data/record.ts';
import {
  compare,
  dateText,
  firstDay,
  lastDay,
  type ModelFigures,
} from '../../../../src/ui/hindcast/compare.ts';

const model = (shortFrom: string | null, shortUntil: string | null = shortFrom): ModelFigures => ({
  id: 'x',
  shortFrom,
  shortUntil,
  daysShort: shortFrom === null ? 0 : 10,
  lostTonnes: 1,
  shortFromRange: null,
  atOnce: { shortFrom, shortUntil, daysShort: 10 },
});

const entry = (patch: Partial<RecordEntry>): RecordEntry => ({
  id: 'e',
  endUser: 'x',
  outcome: 'halt',
  who: 'Plant A',
  reported: '2025-06-05',
  quote: 'a quote from the source',
  source: { title: 't', publisher: 'p', year: 2025, url: 'https://example.org/a', kind: 'news' },
  ...patch,
});

describe('dates as precise as known', () => {
  it('a month is its first and last day; a day is itself', () => {
    expect(lastDay('2025-02') - firstDay('2025-02')).toBe(27);
    expect(lastDay('2025-05-26')).toBe(firstDay('2025-05-26'));
    expect(dateText('2025-05-26')).toBe('26 May 2025');
    expect(dateText('2025-05')).toBe('May 2025');
  });
});

describe('compare', () => {
  it('no report: nothing to compare, the model still said', () => {
    const v = compare(model('2025-05-01', '2025-06-30'), []);
    expect(v.kind).toBe('no record');
    expect(v.sentence).toContain('short from 1 May 2025 to 30 Jun 2025');
  });

  it('short within a month of the first reported halt: agrees', () => {
    const v = compare(model('2025-05-16', '2025-06-10'), [entry({ from: '2025-05' })]);
    expect(v.kind).toBe('agrees');
    expect(v.why).toBe('');
  });

  it('short months before the halt: disagrees, saying by how many days, with a reason', () => {
    const v = compare(model('2025-04-01', '2025-06-10'), [entry({ from: '2025-06-20' })]);
    expect(v.kind).toBe('disagrees');
    expect(v.sentence).toContain('80 days before the first reported halt');
    expect(v.why).toMatch(/^Likely why/);
  });

  it('an undated halt began within two months before its report', () => {
    const early = compare(model('2025-04-30', '2025-06-30'), [entry({ reported: '2025-06-04' })]);
    expect(early.kind).toBe('agrees');
    const tooEarly = compare(model('2025-02-01', '2025-06-30'), [
      entry({ reported: '2025-06-04' }),
    ]);
    expect(tooEarly.kind).toBe('disagrees');
    expect(tooEarly.sentence).toContain('not dated');
  });

  it('a shortage over before an undated report can have begun: disagrees', () => {
    const v = compare(model('2025-05-24', '2025-05-31'), [entry({ reported: '2025-08-04' })]);
    expect(v.kind).toBe('disagrees');
    expect(v.sentence).toContain('is over by 31 May 2025, before the first reported halt');
  });

  it('no shortage in the model against a reported halt: disagrees', () => {
    const v = compare(model(null), [entry({ from: '2025-05-26', to: '2025-06-16' })]);
    expect(v.kind).toBe('disagrees');
    expect(v.sentence).toContain('the model has no shortage');
    expect(v.sentence).toContain('26 May 2025');
  });

  it('short long after the last reported restart: disagrees on the length', () => {
    const v = compare(model('2025-05-20', '2025-12-31'), [
      entry({ from: '2025-05-26', to: '2025-06-16' }),
    ]);
    expect(v.kind).toBe('disagrees');
    expect(v.sentence).toContain('after the last reported restart');
    expect(v.sentence).toMatch(/^Disagrees: the start agrees/);
  });

  it('only statements of no impact, made while the model is short: disagrees', () => {
    const v = compare(model('2025-04-01', '2025-06-30'), [
      entry({ outcome: 'none', who: 'Firm B', reported: '2025-06-04' }),
    ]);
    expect(v.kind).toBe('disagrees');
    expect(v.sentence).toContain('Firm B (4 Jun 2025)');
  });

  it('statements of no impact before the model is short do not contradict it', () => {
    const v = compare(model('2025-09-01', '2025-12-31'), [
      entry({ outcome: 'none', reported: '2025-06-04' }),
    ]);
    expect(v.kind).toBe('agrees');
    expect(v.sentence).toMatch(/^Not contradicted/);
  });

  it('no shortage and only statements of no impact: agrees', () => {
    const v = compare(model(null), [entry({ outcome: 'none' })]);
    expect(v.kind).toBe('agrees');
  });
});
