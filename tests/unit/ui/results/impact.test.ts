// How the Impact table words days to shortfall and ranges.
import { describe, expect, it } from 'vitest';
import { lossWithRange, runsShortClause, runsShortIn } from '../../../../src/ui/results/impact.ts';

describe('runsShortIn', () => {
  it('says days, and years from two years on', () => {
    expect(runsShortIn(null)).toBe('never');
    expect(runsShortIn(0)).toBe('at once');
    expect(runsShortIn(60.2)).toBe('60 days');
    expect(runsShortIn(729)).toBe('729 days');
    expect(runsShortIn(2631)).toBe('7.2 years');
  });

  it('is a clause that reads as English in a sentence', () => {
    expect(runsShortClause(0)).toBe('runs short at once');
    expect(runsShortClause(60)).toBe('runs short in 60 days');
    expect(runsShortClause(null)).toBe('never runs short');
  });
});

describe('lossWithRange', () => {
  it('shows a range only when the draws differ', () => {
    expect(lossWithRange(0, { p5: 0, p50: 0, p95: 0 })).toBe('0%');
    expect(lossWithRange(1, { p5: 1, p50: 1, p95: 1 })).toBe('100%');
    expect(lossWithRange(0.96, { p5: 0.9314, p50: 0.96, p95: 0.982 })).toMatch(/\(93\.1–98\.2%\)$/);
    expect(lossWithRange(0.5, null)).toBe(lossWithRange(0.5, undefined));
  });
});
