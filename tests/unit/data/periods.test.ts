// Monthly series (`periods`): how a file carrying them loads, migrates and is refused, and the
// bundled 2025 series checked against the totals their sources state (not the figures the series
// were built from).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { parseAnyVersion, schemaVersionOf } from '../../../src/data/migrations.ts';
import type { PeriodSeries } from '../../../src/data/schema.ts';
import { buildRareEarths } from '../../../data/build/rareEarths.ts';
import { periodsTable, withPeriodsTable } from '../../../data/build/periods.ts';

const file = (periods: unknown, schemaVersion: number | undefined = 3) => ({
  format: 'chokepoint-dataset',
  ...(schemaVersion === undefined ? {} : { schemaVersion }),
  sources: [{ id: 's1', title: 'Customs', publisher: 'Reuters', year: 2025 }],
  nodes: [
    { id: 'maker', stage: 'magnet-maker', country: 'CN', production: 10 },
    { id: 'user', stage: 'end-user', country: 'US' },
  ],
  edges: [{ source: 'maker', target: 'user', flow: 10, material: 'NdFeB magnets' }],
  ...(periods === undefined ? {} : { periods }),
});

const series = (over: Record<string, unknown> = {}) => ({
  id: 'to-us',
  label: 'Magnets to the US',
  unit: 't/month',
  basis: 't of magnets',
  baseline: { value: 600, year: 2024, sources: ['s1'] },
  flows: [{ source: 'maker', target: 'user', material: 'NdFeB magnets' }],
  points: { '2025-05': { value: 46, year: 2025, sources: ['s1'] } },
  ...over,
});

const errorsOf = (raw: unknown) => {
  const r = loadDataset(raw);
  return r.ok ? [] : r.errors;
};

describe('period series in a dataset file', () => {
  it('loads a series with its points, sources and flows', () => {
    const r = loadDataset(file([series()]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [s] = r.dataset.periods;
    expect(s?.points['2025-05']).toEqual({ value: 46, year: 2025, sources: ['s1'] });
    expect(s?.flows).toHaveLength(1);
  });

  it('gives files without periods, of every version, an empty list', () => {
    for (const v of [1, 2, 3]) {
      const r = loadDataset(file(undefined, v));
      expect(r.ok && r.dataset.periods, `v${v}`).toEqual([]);
    }
  });

  it('reads an unversioned file with periods as version 3', () => {
    expect(schemaVersionOf(file([series()], undefined))).toEqual({ ok: true, version: 3 });
    const r = parseAnyVersion(file([series()], undefined));
    expect(r.ok && r.data.periods.length).toBe(1);
  });

  it('refuses periods in a version 1 or 2 file rather than dropping them', () => {
    expect(errorsOf(file([series()], 2))).toEqual([
      'periods: monthly series need schemaVersion 3; this file declares 2 (set "schemaVersion": 3, or remove "periods")',
    ]);
  });

  it('says where and what is wrong with a month or a figure', () => {
    const bad = series({
      points: {
        '2025-13': { value: 1, year: 2025, sources: ['s1'] },
        '2025-06': { value: -3, year: 2025, sources: ['s1'] },
        '2025-07': { value: 5, year: 2025, sources: [] },
        '2025-08': { value: 5, year: 2025, sources: ['nope'] },
      },
    });
    const errors = errorsOf(file([bad])).join('\n');
    expect(errors).toContain(
      'periods[0].points.2025-13: the key "2025-13" is not a month (YYYY-MM, e.g. 2025-05)',
    );
    expect(errors).toContain('periods[0].points.2025-06.value: must be ≥ 0, got -3');
    expect(errors).toContain('periods[0].points.2025-07.sources: must have at least 1 item');
  });

  it('names an unknown source, a flow that does not exist and a missing baseline', () => {
    const unknownSource = series({
      points: { '2025-08': { value: 5, year: 2025, sources: ['nope'] } },
    });
    expect(errorsOf(file([unknownSource]))).toEqual([
      'periods[0].points.2025-08.sources[0]: unknown source "nope"',
    ]);
    expect(errorsOf(file([series({ flows: [{ source: 'user', target: 'maker' }] })]))).toEqual([
      'periods[0].flows[0]: no flow from "user" to "maker"',
    ]);
    expect(errorsOf(file([series({ baseline: undefined })]))).toEqual([
      'periods[0].baseline: is missing (a series that scales flows needs the baseline month it is read against)',
    ]);
    expect(errorsOf(file([series(), series()]))).toEqual([
      'periods[1].id: duplicate series id "to-us"',
    ]);
  });

  it('asks an estimated month for its note and keeps it inside its range', () => {
    const noNote = series({
      points: {
        '2025-04': { value: 5, year: 2025, sources: ['s1'], estimate: { low: 4, high: 6 } },
      },
    });
    expect(errorsOf(file([noNote])).join('\n')).toContain(
      'an estimate needs a note saying how it was derived',
    );
    const outside = series({
      points: {
        '2025-04': {
          value: 9,
          year: 2025,
          sources: ['s1'],
          estimate: { low: 4, high: 6 },
          notes: 'derived',
        },
      },
    });
    expect(errorsOf(file([outside]))).toEqual([
      'periods[0].points.2025-04.value: 9 lies outside its estimate range 4–6',
    ]);
  });
});

describe('the bundled 2025 series', () => {
  const { periods } = loadBundledDataset();
  const byId = new Map(periods.map((s) => [s.id, s]));
  const get = (id: string): PeriodSeries => {
    const s = byId.get(id);
    if (s === undefined) throw new Error(`no series ${id}`);
    return s;
  };
  const sum = (s: PeriodSeries, months: readonly string[]) =>
    months.reduce((t, m) => t + (s.points[m]?.value ?? Number.NaN), 0);
  const months = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => `2025-${String(from + i).padStart(2, '0')}`);

  it('has the series the sources give, each point with sources and a year', () => {
    expect(periods.map((s) => s.id).sort()).toEqual([
      'cn-magnets-de',
      'cn-magnets-in',
      'cn-magnets-jp',
      'cn-magnets-kr',
      'cn-magnets-total',
      'cn-magnets-us',
      'cn-magnets-vn',
      'cn-re-exports',
    ]);
    for (const s of periods) {
      for (const [m, p] of Object.entries(s.points)) {
        expect(p.sources.length, `${s.id} ${m}`).toBeGreaterThan(0);
        expect(p.year, `${s.id} ${m}`).toBe(2025);
      }
    }
  });

  it('leaves the months the sources do not give missing', () => {
    expect(Object.keys(get('cn-magnets-us').points)).not.toContain('2025-04');
    expect(Object.keys(get('cn-magnets-total').points)).not.toContain('2025-01');
    expect(Object.keys(get('cn-re-exports').points)).not.toContain('2025-02');
  });

  it('adds up to the cumulative totals Reuters reported for magnets', () => {
    const total = get('cn-magnets-total');
    // June–September = January–September 39,817 t less January–May 19,132 t.
    expect(sum(total, months(6, 9))).toBe(39_817 - 19_132);
    // October = 45,290 − 39,817; November = 51,440 − 45,290; December = 57,392 − 51,440.
    expect(sum(total, months(10, 10))).toBe(45_290 - 39_817);
    expect(sum(total, months(11, 11))).toBe(51_440 - 45_290);
    expect(sum(total, months(12, 12))).toBe(57_392 - 51_440);
    // To the US: July–December against 5,933 t for the year less 2,510 t in H1. The monthly
    // reports are rounded and revised, so within 1%.
    expect(sum(get('cn-magnets-us'), months(7, 12)) / (5_933 - 2_510)).toBeCloseTo(1, 1);
  });

  it('adds up to China’s 62,585 t of rare-earth exports in 2025 with January–February’s 8,511 t', () => {
    expect(sum(get('cn-re-exports'), months(3, 12)) + 8_511).toBeCloseTo(62_585, 0);
  });

  it('has data/README.md’s table of every monthly figure as the build makes it', () => {
    const readme = readFileSync(join(__dirname, '../../../data/README.md'), 'utf8');
    expect(readme).toBe(withPeriodsTable(readme, periodsTable(buildRareEarths().sources)));
  });
});
