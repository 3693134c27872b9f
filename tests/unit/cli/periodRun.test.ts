// `npm run analyze -- FILE --from D --to D [--events]`: a period simulated day by day, on the
// dataset of periodFixture.ts, whose figures are worked out by hand in the comments.
import highsLoader from 'highs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runAnalyze, nodeIo } from '../../../src/cli/runAnalyze.ts';
import { timeDatasetFile } from './periodFixture.ts';

const FILE = timeDatasetFile();
const solver = await highsLoader();
const run = (args: readonly string[]) => runAnalyze([FILE, ...args], { ...nodeIo, solver });

interface Figures {
  firstDayShort: string | null;
  lastDayShort: string | null;
  daysShort: number;
  lostTonnes: number;
}
interface PeriodReport {
  reportVersion: number;
  period: {
    from: string;
    to: string;
    days: number;
    events: { id: string }[];
    series: string[];
    endUsers: { id: string; atOnce: Figures; afterRerouting: Figures | null }[];
  };
}

const report = async (args: readonly string[]) => {
  const result = await run(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as PeriodReport;
};
const user = (r: PeriodReport, id: string) => {
  const found = r.period.endUsers.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no end user ${id}`);
  return found;
};

const MARCH = ['--from', '2025-03-01', '--to', '2025-03-31'];
const NEVER = { firstDayShort: null, lastDayShort: null, daysShort: 0, lostTonnes: 0 };

describe('--from/--to: a scenario held over a period', () => {
  it('reports each end user in both outcomes, worked out by hand', async () => {
    // m1's 365 t a year halved: t receives 0.5 t a day less and draws its 10 t stock for 20
    // days (1-20 March). From 21 March a and b are short of 0.5 t a day in their 2:1 baseline
    // proportion, for 11 days: a loses 0.5 × 2/3 × 11 = 3.667 t, b 1.833 t.
    // After rerouting, m2's 73 t a year of spare capacity (0.2 t a day) takes over part of it,
    // and the stock covers the other 0.3 t a day for 33 days: nobody is short in March.
    const r = await report([...MARCH, '--preset', 'm1-halved']);
    expect(r.reportVersion).toBe(2);
    expect(r.period).toMatchObject({ from: '2025-03-01', to: '2025-03-31', days: 31 });
    expect(r.period.events).toEqual([]);
    const a = user(r, 'a');
    const b = user(r, 'b');
    expect(a.atOnce).toMatchObject({
      firstDayShort: '2025-03-21',
      lastDayShort: '2025-03-31',
      daysShort: 11,
    });
    expect(a.atOnce.lostTonnes).toBeCloseTo((0.5 * 2 * 11) / 3, 6);
    expect(b.atOnce).toMatchObject({ firstDayShort: '2025-03-21', daysShort: 11 });
    expect(b.atOnce.lostTonnes).toBeCloseTo((0.5 * 11) / 3, 6);
    expect(a.afterRerouting).toMatchObject(NEVER);
    expect(b.afterRerouting).toMatchObject(NEVER);
  });

  it('without --events the dataset’s dated events stay out; with it they count', async () => {
    const quiet = await report(MARCH);
    for (const e of quiet.period.endUsers) {
      expect(e.atOnce).toMatchObject(NEVER);
      expect(e.afterRerouting).toMatchObject(NEVER);
    }
    // The dataset's March event is the preset's cut on the same days: the same figures.
    const dated = await report([...MARCH, '--events']);
    expect(dated.period.events.map((e) => e.id)).toEqual(['march-cut']);
    expect(dated.period.series).toEqual(['m1-ore']);
    const held = await report([...MARCH, '--preset', 'm1-halved']);
    expect(dated.period.endUsers).toEqual(held.period.endUsers);
    // An event outside the period is not listed.
    const april = await report(['--from', '2025-04-01', '--to', '2025-04-30', '--events']);
    expect(april.period.events).toEqual([]);
  });

  it('--format csv gives one row per end user with both outcomes', async () => {
    const result = await run([...MARCH, '--preset', 'm1-halved', '--format', 'csv']);
    expect(result.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(result.stdout.trim(), { header: true }).data;
    expect(rows.map((r) => r['id'])).toEqual(['a', 'b']);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'id',
      'from',
      'to',
      'atOnceFirstDayShort',
      'atOnceLastDayShort',
      'atOnceDaysShort',
      'atOnceLostTonnes',
      'afterReroutingFirstDayShort',
      'afterReroutingLastDayShort',
      'afterReroutingDaysShort',
      'afterReroutingLostTonnes',
    ]);
    expect(rows[0]).toMatchObject({
      from: '2025-03-01',
      to: '2025-03-31',
      atOnceFirstDayShort: '2025-03-21',
      atOnceLastDayShort: '2025-03-31',
      atOnceDaysShort: '11',
      afterReroutingFirstDayShort: '',
      afterReroutingDaysShort: '0',
    });
    expect(Number(rows[0]?.['atOnceLostTonnes'])).toBeCloseTo((0.5 * 2 * 11) / 3, 6);
  });

  it('a scenario that names an unknown node is exit code 2, naming the flag', async () => {
    const result = await run([...MARCH, '--remove', 'nowhere']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^analyze: --remove nowhere: .*nowhere/);
  });
});
