// A month of 2025 as a what-if: src/core/periods.ts turns the dataset's monthly series into
// scale-flow interventions, and `--period` / `--periods` print what they do.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeScenario, buildSupplyGraph } from '../../../src/core/analysis/index.ts';
import { monthScenario, periodMonths, seriesMonth } from '../../../src/core/periods.ts';
import type { Intervention } from '../../../src/core/scenario.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { runAnalyze } from '../../../src/cli/runAnalyze.ts';

const FILE = 'data/rare-earths.json';
const dataset = loadBundledDataset();
const g = buildSupplyGraph(dataset);

const analyze = (interventions: readonly Intervention[]) => {
  const outcome = analyzeScenario(g, { interventions: [...interventions] });
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return outcome.result;
};

/** China's 2024 monthly magnet exports to the US the dataset reads months against. */
const US_BASELINE_MONTH = 602.8;
const CN_BASELINE_MONTH = 4_846;
/** The US end users China's magnet makers supply. */
// US defence takes no magnets from China (DFARS 252.225-7052): not in the US series' flows.
const US = ['us-auto', 'us-electronics', 'us-industry'];

describe('a month as a what-if', () => {
  it('lists every month of 2025, the missing ones too', async () => {
    expect(periodMonths(dataset.periods)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('May 2025 gives the same analysis as the preset built by hand from the same figures', async () => {
    // By hand, from the sources: 46 t to the US in May (Reuters) against 602.8 t a month in 2024;
    // 1,238 t in total (Reuters) against 58,152 / 12 = 4,846 t; rare-earth exports 5,864.6 t
    // (Global Times), above 2024's 4,619 t a month, so left at baseline.
    const toUs = 46 / US_BASELINE_MONTH;
    const total = 1_238 / CN_BASELINE_MONTH;
    const magnets = (target: string, factor: number): Intervention => ({
      type: 'scale-flow',
      source: 'cn-ndfeb-magnets',
      target,
      factor,
      material: 'NdFeB magnets',
    });
    const byHand: Intervention[] = [
      ...US.map((t) => magnets(t, toUs)),
      ...[
        'eu-auto',
        'eu-wind',
        'eu-industry',
        'kr-magnet-users',
        'vn-magnet-users',
        'in-magnet-users',
        'row-cn-magnets',
      ].map((t) => magnets(t, total)),
    ];
    const may = monthScenario(dataset.periods, '2025-05');
    const a = analyze(may.interventions);
    const b = analyze(byHand);
    expect(a.totals).toEqual(b.totals);
    expect(a.endUsers.map((e) => [e.id, e.noSubstitution, e.withRerouting])).toEqual(
      b.endUsers.map((e) => [e.id, e.noSubstitution, e.withRerouting]),
    );
    // What reaches US end users from China's magnet makers: 46 t a month × 12 × 0.35 t REO per t.
    const usFromChina = US.reduce(
      (s, id) => s + (a.endUsers.find((e) => e.id === id)?.noSubstitution ?? 0),
      0,
    );
    // Less what they get from elsewhere (Noveon's magnets in the US), which May leaves alone.
    const elsewhere = dataset.edges
      .filter((e) => US.includes(e.target) && e.source !== 'cn-ndfeb-magnets')
      .reduce((s, e) => s + e.flow, 0);
    expect((usFromChina - elsewhere) / (46 * 12 * 0.35)).toBeCloseTo(1, 2);
  });

  it('leaves a month above its baseline, or without a figure, at baseline, and says why', async () => {
    const us = dataset.periods.find((s) => s.id === 'cn-magnets-us');
    if (us === undefined) throw new Error('no US series');
    expect(seriesMonth(us, '2025-04')).toMatchObject({
      value: null,
      factor: null,
      note: 'no figure for this month',
    });
    expect(seriesMonth(us, '2025-07')).toMatchObject({ value: 619, factor: 1 });
    const jp = dataset.periods.find((s) => s.id === 'cn-magnets-jp');
    if (jp === undefined) throw new Error('no Japan series');
    expect(seriesMonth(jp, '2025-09')).toMatchObject({
      value: 228,
      factor: null,
      note: 'no baseline to read it against',
    });
    // January 2025 has no figure in any series that scales flows: the baseline itself.
    expect(monthScenario(dataset.periods, '2025-01').interventions).toEqual([]);
  });
});

describe('npm run analyze -- --period / --periods', () => {
  it('--period 2025-05 applies May and reports the series it used', async () => {
    const r = await runAnalyze([FILE, '--period', '2025-05', '--samples', '0']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as {
      period: { month: string; series: { series: string; value: number | null }[] };
      endUsers: { id: string; noSubstitution: number }[];
    };
    expect(report.period.month).toBe('2025-05');
    expect(report.period.series.find((s) => s.series === 'cn-magnets-us')?.value).toBe(46);
    const usAuto = report.endUsers.find((e) => e.id === 'us-auto');
    const flow = dataset.edges.find(
      (e) => e.source === 'cn-ndfeb-magnets' && e.target === 'us-auto',
    );
    expect(usAuto?.noSubstitution).toBeCloseTo((flow?.flow ?? 0) * (46 / US_BASELINE_MONTH), 6);
  });

  it('--periods --format csv prints the baseline and one row a month, missing figures empty', async () => {
    const r = await runAnalyze([FILE, '--periods', '--format', 'csv']);
    expect(r.stderr).toBe('');
    const rows = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true }).data;
    expect(rows.map((row) => row.period)).toEqual(['baseline', ...periodMonths(dataset.periods)]);
    const may = rows.find((row) => row.period === '2025-05');
    expect(may?.['cn-magnets-us']).toBe('46');
    const april = rows.find((row) => row.period === '2025-04');
    expect(april?.['cn-magnets-us']).toBe('');
    expect(april?.['cn-magnets-us note']).toBe('no figure for this month');
    expect(Number(rows[0]?.lostNoSubstitutionPercent)).toBe(0);
    expect(Number(may?.['us-auto lostNoSubstitutionPercent'])).toBeCloseTo(
      100 * (1 - 46 / US_BASELINE_MONTH),
      6,
    );
  });

  it('refuses a month outside the series and a malformed one, naming the flag', async () => {
    expect((await runAnalyze([FILE, '--period', '2024-05'])).stderr).toBe(
      "analyze: --period 2024-05: the dataset's series run from 2025-01 to 2025-12\n",
    );
    expect((await runAnalyze([FILE, '--period', 'May'])).stderr).toBe(
      'analyze: --period must be a month such as 2025-05, not "May"\n',
    );
    expect((await runAnalyze([FILE, '--periods', '--sweep'])).code).toBe(2);
  });
});
