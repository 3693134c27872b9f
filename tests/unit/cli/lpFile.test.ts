// The --lp file any solver reads: a line break in the title or a label cannot inject LP text,
// and ids of 250 characters give short names (x1…, c1…) with the originals listed in comments.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../../src/cli/runAnalyze.ts';

const long = (c: string) => c.repeat(250);

const dataset = {
  title: 'Hostile\nMaximize\n obj: 1000000 bogus\nSubject To',
  nodes: [
    { id: long('m'), label: 'Mine\r\nEnd', stage: 'mine', country: 'AU', production: 10 },
    { id: long('p'), stage: 'processor', country: 'CN', capacity: 10 },
    { id: long('e'), label: 'User\u2028x', stage: 'end-user', country: 'DE' },
    { id: 'f', stage: 'end-user', country: 'FR' },
  ],
  edges: [
    { source: long('m'), target: long('p'), flow: 10 },
    { source: long('p'), target: long('e'), flow: 6 },
    { source: long('p'), target: 'f', flow: 4 },
  ],
};

describe('npm run analyze --lp', () => {
  it('writes a program no title can break, with short names and the originals in comments', async () => {
    const solver = await highsLoader();
    const dir = mkdtempSync(join(tmpdir(), 'lp-'));
    const files: Record<string, string> = { 'd.json': JSON.stringify(dataset) };
    const lpFile = join(dir, 'x.lp');
    const r = await runAnalyze(
      ['d.json', '--remove', long('e'), '--lp', lpFile, '--samples', '0'],
      {
        readFile: (f) => new TextEncoder().encode(files[f] ?? ''),
        fileSize: (f) => (files[f] ?? '').length,
        writeFile: (f, text) => void (files[f] = text),
        solver,
      },
    );
    expect(r.code).toBe(0);
    const text = files[lpFile] ?? readFileSync(lpFile, 'utf8');
    const code = text.split('\n').filter((l) => !l.startsWith('\\'));
    // Every line that is not a comment is the program's own: one objective, one End.
    expect(code.filter((l) => /^\s*(Maximize|Minimize)\s*$/.test(l))).toHaveLength(1);
    expect(code.filter((l) => l.trim() === 'End')).toHaveLength(1);
    expect(text).not.toContain('bogus\n');
    // Names are short; the longest line is within every reader's limit.
    for (const line of code) expect(line.length).toBeLessThan(255);
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThan(255);
    expect(text).toMatch(/^\\ x\d+ = f_m{198}$/m);
    const solved = solver.solve(text, { output_flag: false });
    expect(solved.Status).toBe('Optimal');
    const report = JSON.parse(r.stdout) as { totals: { reroutingMaximum: number } };
    expect(solved.ObjectiveValue).toBeCloseTo(report.totals.reroutingMaximum, 6);
  });
});
