import { describe, expect, it } from 'vitest';
import {
  formatExact,
  formatFigure,
  formatLoss,
  formatQuantity,
  formatShare,
} from '../../../src/core/format.ts';
import { conversionSum } from '../../../src/ui/details/facts.ts';

describe('one number formatter', () => {
  it('keeps three significant figures whatever the magnitude', () => {
    expect(formatFigure(347_807)).toBe('348,000');
    expect(formatFigure(44_366)).toBe('44,400');
    expect(formatFigure(1_234)).toBe('1,230');
    expect(formatFigure(999.6)).toBe('1,000');
    expect(formatFigure(13)).toBe('13.0');
    expect(formatFigure(6.674)).toBe('6.67');
    expect(formatFigure(0.01234)).toBe('0.0123');
    expect(formatFigure(-2_500_000)).toBe('-2,500,000');
    expect(formatFigure(1e-9)).toBe('0');
    expect(formatFigure(0.0004)).toBe('4.00e-4');
  });

  it('always gives the unit, and says when a figure is unknown', () => {
    expect(formatQuantity(347_807)).toBe('348,000 t/yr');
    expect(formatQuantity(6.674)).toBe('6.67 t/yr');
    expect(formatQuantity(0)).toBe('0 t/yr');
    expect(formatQuantity(12, 't')).toBe('12.0 t');
    expect(formatQuantity(null)).toBe('unknown');
    expect(formatQuantity(Number.NaN)).toBe('unknown');
  });

  it('writes shares with two significant figures, never rounding a near-total loss to 100%', () => {
    expect(formatShare(0.9617)).toBe('96%');
    expect(formatShare(0.075)).toBe('7.5%');
    expect(formatShare(0.0035)).toBe('0.35%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0.9996)).toBe('99.9%');
    expect(formatLoss(0.82)).toBe('−82%');
    expect(formatLoss(-0.05)).toBe('+5.0%');
    expect(formatLoss(0)).toBe('0%');
  });

  it('gives the exact figure for a hover', () => {
    expect(formatExact(347_807.125, 't/yr')).toBe('347,807.125 t/yr');
    expect(formatExact(1e-9)).toBe('0');
  });

  it('writes a conversion with figures that multiply out', () => {
    expect(conversionSum(44_366, 0.6086, 27_000)).toBe(
      '44,366 × 0.6086 = 27,001.15 t/yr, recorded as 27,000 t/yr',
    );
    expect(conversionSum(3_000, 0.975, 2_925)).toBe('3,000 × 0.975 = 2,925 t/yr');
  });
});
