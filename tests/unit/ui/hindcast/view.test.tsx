// The "2025: model and record" view drawn to HTML on made-up figures: each end user's figures
// are the model's as given (dates in <time>), each report a link to its source, and the verdict
// says agrees or disagrees.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import type { Record2025 } from '../../../../src/data/record.ts';
import { HindcastView, type ModelYear } from '../../../../src/ui/hindcast/HindcastView.tsx';
import type { ModelFigures } from '../../../../src/ui/hindcast/compare.ts';

const figures = (
  id: string,
  shortFrom: string | null,
  shortUntil: string | null,
): ModelFigures => ({
  id,
  shortFrom,
  shortUntil,
  daysShort: shortFrom === null ? 0 : 47,
  lostTonnes: 12.5,
  shortFromRange:
    shortFrom === null ? null : { p5: '2025-05-04', p95: '2025-06-03', shortInDraws: 0.95 },
  atOnce: { shortFrom, shortUntil, daysShort: shortFrom === null ? 0 : 47 },
});

const model: ModelYear = {
  year: 2025,
  outcome: 'afterRerouting',
  samples: 20,
  seed: 1,
  endUsers: [
    figures('us-auto', '2025-05-16', '2025-07-01'),
    figures('jp-auto', null, null),
    figures('cn-wind', null, null),
  ],
};

const source = {
  title: 't',
  publisher: 'Pub',
  year: 2025,
  url: 'https://example.org/r',
  kind: 'news' as const,
};
const record: Record2025 = {
  format: 'chokepoint-record',
  version: 1,
  year: 2025,
  title: 't',
  purpose: 'comparison only',
  entries: [
    {
      id: 'a',
      endUser: 'us-auto',
      outcome: 'halt',
      who: 'Plant A',
      from: '2025-05',
      to: '2025-05',
      reported: '2025-06-17',
      quote: 'paused for a week',
      source,
    },
    {
      id: 'b',
      endUser: 'jp-auto',
      outcome: 'halt',
      who: 'Plant B',
      from: '2025-05-26',
      reported: '2025-06-06',
      quote: 'halted from May 26',
      source: { ...source, url: 'https://example.org/b' },
    },
  ],
};

const html = renderToStaticMarkup(
  <HindcastView
    dataset={loadBundledDataset()}
    model={model}
    record={record}
    onSelect={() => undefined}
  />,
);
const row = (id: string) => {
  const start = html.indexOf(`data-end-user="${id}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</li>', html.indexOf('</ul>', start)));
};

describe('HindcastView', () => {
  it("gives the model's first day short, its range and days short as the figures say", () => {
    const us = row('us-auto');
    expect(us).toContain('data-field="shortFrom" dateTime="2025-05-16"');
    expect(us).toContain('data-field="p5" dateTime="2025-05-04"');
    expect(us).toContain('data-field="p95" dateTime="2025-06-03"');
    expect(us).toMatch(/data-field="daysShort">47</);
  });

  it('links every report to its source, in the chart and in the list', () => {
    for (const e of record.entries) {
      const marks = html.split(`href="${e.source.url}"`).length - 1;
      expect(marks, e.id).toBe(2);
    }
    expect(row('jp-auto')).toContain('data-entry="b"');
  });

  it('says where model and record part', () => {
    expect(row('us-auto')).toContain('Agrees.');
    expect(row('jp-auto')).toContain('Disagrees.');
    expect(row('jp-auto')).toContain('Likely why');
  });

  it('leaves out end users with no shortage and no report, and says how many', () => {
    expect(row('cn-wind')).toBe('');
    expect(html).toContain('Show 1 more end user with');
  });
});
