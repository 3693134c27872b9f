// The timeline's month in the link: `month=2025-05`, read back only when the dataset's series
// have that month; anything else is ignored with a notice.
import { describe, expect, it } from 'vitest';
import { documentToSearch, searchToDocument, type UrlContext } from '../../../src/state/url.ts';
import { DEFAULT_VIEW } from '../../../src/state/document.ts';
import { documentScenario } from '../../../src/state/period.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';

const ctx: UrlContext = {
  nodeIds: new Set(['a']),
  edgeCount: 1,
  countries: new Set(['CN']),
  materials: new Set(),
  measures: new Set(['chokepoint']),
  months: new Set(['2025-01', '2025-05']),
};

describe('the month in the link', () => {
  it('writes the month and reads it back', () => {
    const doc = { scenario: [], view: { ...DEFAULT_VIEW, period: '2025-05' } };
    expect(documentToSearch(doc)).toBe('?month=2025-05');
    expect(searchToDocument('?month=2025-05', ctx)).toEqual({ document: doc, notices: [] });
  });

  it('ignores a month the series do not have, or that is not a month, with a notice', () => {
    for (const bad of ['2024-05', '2025-13', '<script>', '2025-5']) {
      const parsed = searchToDocument(`?month=${encodeURIComponent(bad)}`, ctx);
      expect(parsed.document.view.period).toBeUndefined();
      expect(parsed.notices).toEqual([
        `ignored month "${bad}": not a month of this dataset's series`,
      ]);
    }
  });

  it('runs the month before the scenario’s own interventions', () => {
    const dataset = loadBundledDataset();
    const own = { type: 'remove-node', node: 'cn-processing' } as const;
    const scenario = documentScenario(
      {
        scenario: [{ intervention: own, enabled: true }],
        view: { ...DEFAULT_VIEW, period: '2025-05' },
      },
      dataset,
    );
    expect(scenario.interventions.at(-1)).toEqual(own);
    // May 2025 is below baseline for magnets (to the US and in total): one cut per flow they
    // measure, then the scenario's own.
    const measured = dataset.periods
      .filter((s) => s.id === 'cn-magnets-us' || s.id === 'cn-magnets-total')
      .reduce((n, s) => n + (s.flows?.length ?? 0), 0);
    expect(measured).toBeGreaterThan(0);
    expect(scenario.interventions.length).toBe(measured + 1);
    expect(scenario.interventions.slice(0, -1).every((i) => i.type === 'scale-flow')).toBe(true);
    expect(
      documentScenario({ scenario: [], view: { ...DEFAULT_VIEW, period: '2025-01' } }, dataset)
        .interventions,
    ).toEqual([]);
  });
});
