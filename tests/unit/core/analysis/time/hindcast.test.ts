// The hindcast as core computes it, for the command line and the explorer's worker alike: on the
// hand-worked dataset of the command line's tests, it is exactly what `--hindcast 2025` prints
// (the command line only parses and prints), it reports its progress run by run, it says why a
// year with nothing dated cannot be hindcast, and without a solver it says its figures are at once.
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import {
  hindcast,
  eventsWithin,
  type HindcastBlock,
} from '../../../../../src/core/analysis/time/hindcast.ts';
import { loadDataset } from '../../../../../src/data/loadDataset.ts';
import { nodeIo, runAnalyze } from '../../../../../src/cli/runAnalyze.ts';
import { timeDataset, timeDatasetFile } from '../../../cli/periodFixture.ts';

const solver = await highsLoader();
const loaded = loadDataset(timeDataset);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const dataset = loaded.dataset;
const input = { network: dataset, events: dataset.events, series: dataset.periods };

describe('hindcast (core)', () => {
  it('is what the command line prints for --hindcast 2025, draws and all', async () => {
    const cli = await runAnalyze(
      [timeDatasetFile(), '--hindcast', '2025', '--samples', '6', '--seed', '3'],
      { ...nodeIo, solver },
    );
    expect(cli.code).toBe(0);
    const printed = (JSON.parse(cli.stdout) as { hindcast: HindcastBlock }).hindcast;
    const block = hindcast({ ...input, year: 2025, samples: 6, seed: 3, solver });
    expect(typeof block).toBe('object');
    expect(JSON.parse(JSON.stringify(block))).toEqual(printed);
  });

  it('reports its progress: the year, then each draw', () => {
    const seen: [number, number][] = [];
    hindcast({
      ...input,
      year: 2025,
      samples: 3,
      seed: 1,
      onProgress: (d, t) => seen.push([d, t]),
    });
    expect(seen).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('without a solver, the figures are at once and say so', () => {
    const block = hindcast({ ...input, year: 2025, samples: 0, seed: 1 });
    if (typeof block === 'string') throw new Error(block);
    expect(block.outcome).toBe('atOnce');
    const a = block.endUsers.find((e) => e.id === 'a');
    expect(a?.shortFrom).toBe(a?.atOnce.shortFrom);
    expect(a?.atOnce).toMatchObject({ shortFrom: '2025-03-21', daysShort: 21 });
  });

  it('a year with no dated event and no monthly figure: the reason, not a block', () => {
    expect(hindcast({ ...input, year: 2030, samples: 0, seed: 1 })).toMatch(
      /no dated events and no monthly figures in 2030/,
    );
  });

  it('takes the events that touch the year, an open-ended one too', () => {
    const events = [
      { from: '2024-11-01', to: '2024-12-31' },
      { from: '2024-12-01', to: '2025-01-05' },
      { from: '2025-12-31' },
      { from: '2026-01-01' },
    ];
    expect(eventsWithin(events, '2025-01-01', '2025-12-31')).toEqual([events[1], events[2]]);
  });
});
