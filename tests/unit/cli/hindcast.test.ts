// `npm run analyze -- FILE --hindcast 2025`: the year from the baseline with the dataset's dated
// events, monthly series and stocks (periodFixture.ts, worked out by hand below), the first day
// short's range over balanced draws, and the CSV.
import highsLoader from 'highs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runAnalyze, nodeIo } from '../../../src/cli/runAnalyze.ts';
import { timeDataset, timeDatasetFile } from './periodFixture.ts';

const FILE = timeDatasetFile();
const solver = await highsLoader();
const run = (args: readonly string[], file = FILE) =>
  runAnalyze([file, ...args], { ...nodeIo, solver });

interface Figures {
  shortFrom: string | null;
  shortUntil: string | null;
  daysShort: number;
  lostTonnes: number;
}
interface Hindcast {
  hindcast: {
    year: number;
    from: string;
    to: string;
    outcome: string;
    outcomeMeaning: string;
    samples: number;
    seed: number;
    events: { id: string }[];
    series: string[];
    notes: string[];
    endUsers: (Figures & {
      id: string;
      shortFromRange: { p5: string | null; p95: string | null; shortInDraws: number } | null;
      atOnce: Figures;
      monthly: { month: string }[];
    })[];
  };
}

const hindcast = async (args: readonly string[] = []) => {
  const result = await run(['--hindcast', '2025', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as Hindcast).hindcast;
};

describe('--hindcast 2025', () => {
  it('runs the year with the dataset’s event, series and stock, as worked out by hand', async () => {
    const h = await hindcast(['--samples', '0']);
    expect(h).toMatchObject({
      year: 2025,
      from: '2025-01-01',
      to: '2025-12-31',
      outcome: 'afterRerouting',
      samples: 0,
      events: [{ id: 'march-cut' }],
      series: ['m1-ore'],
    });
    expect(h.outcomeMeaning).toMatch(/after rerouting/);
    expect(h.endUsers.map((e) => e.id)).toEqual(['a', 'b']);
    const [a, b] = h.endUsers;
    // At once: in March t draws its 10 t stock at 0.5 t a day for 20 days, so a and b are short
    // from 21 March to 31 March (11 days). From April the stock refills from m2's spare 0.2 t a
    // day (full after 50 days, by late May). In June the series halves m1 again (50 of 100): the
    // stock lasts 20 days, so 21-30 June are short (10 days). 21 days, 0.5 t a day each:
    // 10.5 t, two thirds of it a's.
    expect(a?.atOnce).toMatchObject({
      shortFrom: '2025-03-21',
      shortUntil: '2025-06-30',
      daysShort: 21,
    });
    expect(a?.atOnce.lostTonnes).toBeCloseTo(7, 6);
    expect(b?.atOnce.lostTonnes).toBeCloseTo(3.5, 6);
    // After rerouting m2's spare 0.2 t a day covers part of each cut, so the stock is drawn at
    // 0.3 t a day: nothing is short in March (9.3 t drawn), and less is lost over the year.
    for (const e of [a, b]) {
      const from = e?.shortFrom ?? null;
      expect(from === null || (from >= '2025-04-01' && from <= '2025-06-30')).toBe(true);
      expect(e?.lostTonnes).toBeLessThan(e?.atOnce.lostTonnes ?? 0);
    }
    expect(a?.shortFromRange).toBeNull();
    expect(a?.monthly).toHaveLength(12);
  });

  it('says how many draws the range rests on, and the range is theirs', async () => {
    const h = await hindcast(['--samples', '12', '--seed', '3']);
    expect(h).toMatchObject({ samples: 12, seed: 3 });
    for (const e of h.endUsers) {
      const r = e.shortFromRange;
      expect(r).not.toBeNull();
      // The stock drawn from 0-20 t: with little stock the cut bites in March, so early draws
      // are short early; p5 comes before (or on) p95 when both are days.
      if (r?.p5 != null && r.p95 != null) expect(r.p5 <= r.p95).toBe(true);
      expect(r?.p5 == null || (r.p5 >= '2025-01-01' && r.p5 <= '2025-12-31')).toBe(true);
      expect(r?.shortInDraws).toBeGreaterThanOrEqual(0);
      expect(r?.shortInDraws).toBeLessThanOrEqual(1);
      // p5 of 12 draws by nearest rank is the earliest. The stock is drawn from triangular(0, 10,
      // 20); below 9.3 t (in about 4 draws of 10) it runs out in March after rerouting (0.3 t a
      // day), which the point figures (10 t) never do: the earliest draw is short in March.
      expect(r?.p5 != null && r.p5 < '2025-04-01').toBe(true);
    }
    // The same seed gives the same range; the default is a modest number of draws.
    expect((await hindcast(['--samples', '12', '--seed', '3'])).endUsers).toEqual(h.endUsers);
    expect((await hindcast()).samples).toBe(20);
  });

  it('--format csv gives one row per end user', async () => {
    const result = await run(['--hindcast', '2025', '--samples', '4', '--format', 'csv']);
    expect(result.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(result.stdout.trim(), { header: true }).data;
    expect(rows.map((r) => r['id'])).toEqual(['a', 'b']);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'id',
      'outcome',
      'shortFrom',
      'shortUntil',
      'daysShort',
      'lostTonnes',
      'shortFromP5',
      'shortFromP95',
      'shortInDraws',
      'atOnceFirstDayShort',
      'atOnceLastDayShort',
      'atOnceDaysShort',
      'atOnceLostTonnes',
    ]);
    expect(rows[0]).toMatchObject({
      outcome: 'afterRerouting',
      atOnceFirstDayShort: '2025-03-21',
      atOnceLastDayShort: '2025-06-30',
      atOnceDaysShort: '21',
    });
  });

  it('a year with nothing dated in it is exit code 2', async () => {
    const result = await run(['--hindcast', '2024']);
    expect(result).toEqual({
      stdout: '',
      stderr:
        'analyze: --hindcast 2024: the dataset has no dated events and no monthly figures in 2024, so there is nothing to hindcast\n',
      code: 2,
    });
    const bare = timeDatasetFile({ ...timeDataset, events: [], periods: [] });
    expect((await run(['--hindcast', '2025'], bare)).code).toBe(2);
  });
});
