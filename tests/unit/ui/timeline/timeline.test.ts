// What the timeline marks and how the chart names missing months.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { periodMonths } from '../../../../src/core/periods.ts';
import { timelineEvents } from '../../../../src/ui/timeline/Timeline.tsx';
import { runsOf } from '../../../../src/ui/timeline/PeriodChart.tsx';

describe('the timeline', () => {
  const dataset = loadBundledDataset();
  const months = periodMonths(dataset.periods);

  it('marks the dated presets and the story steps that use them, in month order', () => {
    const events = timelineEvents(dataset, months);
    expect(events.map((e) => e.month)).toEqual([...events.map((e) => e.month)].sort());
    expect(events).toContainEqual(expect.objectContaining({ month: '2025-04', kind: 'preset' }));
    expect(events.filter((e) => e.kind === 'story').map((e) => e.month)).toContain('2025-06');
    // The 2024 baseline preset and Myanmar's October 2024 fall outside 2025.
    expect(events.every((e) => e.month.startsWith('2025-'))).toBe(true);
  });

  it('names runs of missing months as ranges', () => {
    expect(runsOf(['2025-01', '2025-02', '2025-03', '2025-04', '2025-06'])).toEqual([
      'January–April 2025',
      'June 2025',
    ]);
    expect(runsOf([])).toEqual([]);
  });
});
