// The rerouting programs solved by a second solver, on the bundled dataset: every program the
// engine solves with HiGHS for a preset (LP 1, the largest total; each round of the fair share;
// the last Pareto check) is solved again by GLPK (glpk.ts), and the two optima agree within
// TOLERANCE (1e-6 relative, absolute below 1; glpkCheck.ts). The `--lp` file `analyze` writes
// for each preset has the same optimum for GLPK as the report's largest total, and so has every
// program analyze solves, an end user's best case (`--best-case`) included. Generated networks:
// glpkProperties.test.ts; over time: glpkPeriod.test.ts.
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { runAnalyze, nodeIo } from '../../../../../src/cli/runAnalyze.ts';
import { loadBundledDataset } from '../../../../../src/data/bundled.ts';
import { agrees, loadGlpk, readLp, solveGlpk, toGlpk, type LinearProgram } from './glpk.ts';
import { analyseRecording, disagreements, TOLERANCE } from './glpkCheck.ts';
import { recordingSolver } from './glpkRecorder.ts';

const DATASET = 'data/rare-earths.json';

/** Equal, or within the 15 significant digits GLPK writes. */
const same = (a: number | undefined, b: number) =>
  a === b || (a !== undefined && Math.abs(a - b) <= 1e-14 * Math.abs(b));

/** Where two programs differ (names, bounds, coefficients), as lines. */
function differences(once: LinearProgram, again: LinearProgram): string[] {
  const out: string[] = [];
  if (again.sense !== once.sense) out.push(`sense ${again.sense}`);
  if ([...again.rows.keys()].join() !== [...once.rows.keys()].join()) out.push('row names');
  for (const [name, row] of once.rows) {
    const other = again.rows.get(name);
    if (!same(other?.lower, row.lower) || !same(other?.upper, row.upper)) out.push(name);
    const coefs = [...row.coefs].filter(([, c]) => c !== 0);
    if (other?.coefs.size !== coefs.length) out.push(`${name}: terms`);
    for (const [v, c] of coefs) if (!same(other?.coefs.get(v), c)) out.push(`${name}: ${v}`);
  }
  for (const [name, col] of once.cols) {
    const other = again.cols.get(name) ?? { lower: 0, upper: Infinity };
    if (!same(other.lower, col.lower) || !same(other.upper, col.upper)) out.push(`bound ${name}`);
  }
  for (const [name, c] of once.objective) {
    if (!same(again.objective.get(name) ?? 0, c)) out.push(`objective ${name}`);
  }
  return out;
}

describe('GLPK agrees with HiGHS on every program of every bundled preset', () => {
  const dataset = loadBundledDataset();
  it('the reader: a program read, written by GLPK and read again is the same program', async () => {
    const glpk = await loadGlpk();
    const preset = dataset.scenarios.find((s) => s.interventions.length > 0);
    if (preset === undefined) throw new Error(`${DATASET} has no preset that cuts`);
    // LP 1 and a fair-share round (t from -1 to 1), as text.
    const { programs } = analyseRecording(await highsLoader(), dataset, preset.interventions, {
      models: false,
    });
    const texts = programs.flatMap((p) => (p.text === undefined ? [] : [p.text]));
    expect(texts.some((t) => t.includes('round 1'))).toBe(true);
    for (const text of texts.slice(0, 2)) {
      const once = readLp(text);
      expect(once.rows.size).toBeGreaterThan(10);
      expect(differences(once, readLp(glpk.write(toGlpk(glpk, once))))).toEqual([]);
    }
  });

  for (const preset of dataset.scenarios) {
    it(preset.id, async () => {
      const highs = await highsLoader();
      // As the app solves them (the fair share on a model kept in HiGHS's memory) and as text,
      // the engine's other way (every round written out).
      const kept = analyseRecording(highs, dataset, preset.interventions);
      const text = analyseRecording(highs, dataset, preset.interventions, { models: false });
      if (kept.programs.length === 0) {
        // Nobody short at once: the engine solves no program (nothing to reroute).
        expect(text.programs).toEqual([]);
        expect(kept.result.endUsers.every((e) => e.lostNoSubstitutionShare === 0)).toBe(true);
        return;
      }
      expect(await disagreements(kept.programs)).toEqual([]);
      expect(await disagreements(text.programs)).toEqual([]);
      // LP 1's optimum (solved from text) is the largest total the report gives.
      const lp1 = text.programs.filter((p) => p.what.includes('largest total'));
      expect(lp1.length).toBe(1);
      const total = kept.result.totals.reroutingMaximum;
      expect(agrees(total, lp1[0]?.highs as number, TOLERANCE), `${total}`).toBe(true);
    });
  }
});

describe('analyze: the --lp file and the best case, by GLPK', () => {
  const dataset = loadBundledDataset();
  const user = dataset.nodes.find((v) => v.stage === 'end-user')?.id as string;
  for (const preset of dataset.scenarios) {
    it(preset.id, async () => {
      const highs = await highsLoader();
      const files = new Map<string, string>();
      // Every program analyze solves (the fair share's and the best case's) is recorded too.
      const { solver, programs } = recordingSolver(highs);
      const r = await runAnalyze(
        [DATASET, '--preset', preset.id, '--samples', '0', '--lp', 'x.lp', '--best-case', user],
        { ...nodeIo, solver, writeFile: (path, text) => files.set(path, text) },
      );
      expect(r.stderr).toBe('');
      const text = files.get('x.lp') as string;
      const glpk = solveGlpk(await loadGlpk(), readLp(text));
      expect(glpk.optimal, `GLPK's status ${glpk.status}`).toBe(true);
      const again = highs.solve(text, { output_flag: false });
      expect(again.Status).toBe('Optimal');
      expect(agrees(glpk.objective, again.ObjectiveValue, TOLERANCE), `${glpk.objective}`).toBe(
        true,
      );
      // The report's largest total, where the engine solved it (someone short at once).
      const report = JSON.parse(r.stdout) as {
        totals: { reroutingMaximum: number | null };
        bestCase?: { served: number };
      };
      const max = report.totals.reroutingMaximum;
      if (max !== null) expect(agrees(glpk.objective, max, TOLERANCE), `${max}`).toBe(true);
      // The best case is one of the programs, and GLPK agrees with HiGHS on each.
      const best = programs.filter((p) => (p.text ?? '').includes('came first'));
      expect(best.length).toBe(1);
      expect(agrees(best[0]?.highs as number, report.bestCase?.served ?? NaN, TOLERANCE)).toBe(
        true,
      );
      expect(await disagreements(programs)).toEqual([]);
    });
  }
});
