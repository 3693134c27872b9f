// The report says its layout's version, and every share in it is a fraction (0–1); the CSV shows
// shares in percent under column names that say so.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../src/cli/runAnalyze.ts';
import { REPORT_VERSION } from '../../../src/cli/analyzeReport.ts';

const FILE = 'data/rare-earths.json';

interface Shares {
  lostNoSubstitution: number;
  lostNoSubstitutionShare: number;
  lostWithReroutingShare: number;
  baseline: number;
}

describe('the report’s version and its shares', () => {
  it('carries reportVersion 2, with shares as fractions of baseline', async () => {
    const r = await runAnalyze([FILE, '--preset', 'myanmar-unrest', '--samples', '50']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as {
      reportVersion: number;
      totals: Shares;
      endUsers: (Shares & { ranges: { lostNoSubstitutionShare: { p95: number } } })[];
    };
    expect(REPORT_VERSION).toBe(2);
    expect(report.reportVersion).toBe(2);
    for (const e of [report.totals, ...report.endUsers]) {
      expect(e.lostNoSubstitutionShare).toBeGreaterThanOrEqual(0);
      expect(e.lostNoSubstitutionShare).toBeLessThanOrEqual(1);
      expect(e.lostWithReroutingShare).toBeLessThanOrEqual(1);
      if (e.baseline > 0)
        expect(e.lostNoSubstitutionShare).toBeCloseTo(e.lostNoSubstitution / e.baseline, 12);
    }
    for (const e of report.endUsers)
      expect(e.ranges.lostNoSubstitutionShare.p95).toBeLessThanOrEqual(1);
  });

  it('writes shares in percent in the CSV, under names that say so', async () => {
    const json = JSON.parse(
      (await runAnalyze([FILE, '--preset', 'myanmar-unrest', '--samples', '0'])).stdout,
    ) as { endUsers: (Shares & { id: string })[] };
    const csv = await runAnalyze([
      FILE,
      '--preset',
      'myanmar-unrest',
      '--samples',
      '0',
      '--format',
      'csv',
    ]);
    const rows = Papa.parse<Record<string, string>>(csv.stdout.trim(), { header: true }).data;
    expect(Object.keys(rows[0] ?? {})).toContain('lostNoSubstitutionPercent');
    expect(Object.keys(rows[0] ?? {})).not.toContain('lostNoSubstitutionShare');
    for (const e of json.endUsers) {
      const row = rows.find((x) => x.id === e.id);
      expect(Number(row?.lostNoSubstitutionPercent)).toBeCloseTo(
        100 * e.lostNoSubstitutionShare,
        9,
      );
    }
  });
});
