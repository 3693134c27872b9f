// The GLPK cross-check (glpkCheck.ts) on the simulation over time of the bundled dataset: the
// months its monthly series cover, with its dated events, as `analyze --from … --to …` runs them.
// Every program the simulation solves after rerouting (a fair share per step, the least drawn
// from stocks) is solved again by GLPK and the optima agree within TOLERANCE.
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../../../src/core/analysis/time/simulate.ts';
import { loadBundledDataset } from '../../../../../src/data/bundled.ts';
import { disagreements } from './glpkCheck.ts';
import { recordingSolver } from './glpkRecorder.ts';

/** The simulation is a few seconds on two busy cores; GLPK adds a few more. */
const LIMIT = 120_000;

describe('GLPK agrees with HiGHS over time on the bundled dataset', () => {
  it(
    'every program of the months the monthly series cover, with the dated events',
    async () => {
      const dataset = loadBundledDataset();
      const months = dataset.periods.flatMap((s) => Object.keys(s.points)).sort();
      const first = months[0];
      const last = months[months.length - 1];
      if (first === undefined || last === undefined) throw new Error('no monthly series');
      const { solver, programs } = recordingSolver(await highsLoader());
      const result = simulate({
        network: dataset,
        from: `${first}-01`,
        to: lastDay(last),
        events: dataset.events.map((e) => ({
          from: e.from,
          ...(e.to === undefined ? {} : { to: e.to }),
          interventions: e.interventions,
        })),
        series: dataset.periods,
        solver,
      });
      expect(result.afterRerouting).not.toBeNull();
      // The series cut China's exports in some months: the simulation reroutes, so it solves.
      expect(programs.length).toBeGreaterThan(0);
      expect(await disagreements(programs)).toEqual([]);
    },
    LIMIT,
  );
});

/** The last day of month YYYY-MM. */
function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
