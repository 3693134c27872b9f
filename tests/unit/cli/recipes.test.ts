// The command line on a dataset whose magnet maker has alternative recipes: the figures follow
// the recipes in both outcomes, nothing of the expansion shows in the report, and recipes that
// disagree with the flows are refused with the place named.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { nodeIo, runAnalyze } from '../../../src/cli/runAnalyze.ts';

// 100 t of magnets: 60 t of a Dy grade for EVs (0.9 t NdPr and 0.1 t Dy a tonne: 6 t of Dy from
// China), 40 t Dy-free for electronics (1 t NdPr a tonne). Half the Dy grade can be made by grain-
// boundary diffusion after 30 days instead (0.9 t NdPr and 0.05 t Tb a tonne); its baseline
// share is 1/6 (10 t, 0.5 t Tb). The Tb mine can produce 2 t (1.5 t spare).
const recipes = (dyPerTonne: number) => [
  {
    id: 'sintered-dy',
    output: 'magnet-dy',
    inputs: { NdPr: 0.9, Dy: dyPerTonne },
    share: 5 / 6,
  },
  {
    id: 'diffused',
    output: 'magnet-dy',
    inputs: { NdPr: 0.9, Tb: 0.05 },
    share: 1 / 6,
    maxShare: 0.5,
    leadDays: 30,
  },
  { id: 'dy-free', output: 'magnet-free', inputs: { NdPr: 1 }, share: 1 },
];
const dataset = (dyPerTonne: number) => ({
  schemaVersion: 3,
  title: 'Magnets by grade',
  nodes: [
    { id: 'nd', stage: 'mine', country: 'AU', production: 94, capacity: 200 },
    { id: 'dy', stage: 'mine', country: 'CN', production: 5 },
    { id: 'tb', stage: 'mine', country: 'MY', production: 0.5, capacity: 2 },
    {
      id: 'maker',
      stage: 'magnet-maker',
      country: 'JP',
      converter: true,
      recipes: recipes(dyPerTonne),
    },
    { id: 'ev', stage: 'end-user', country: 'US' },
    { id: 'electronics', stage: 'end-user', country: 'US' },
  ],
  edges: [
    { source: 'nd', target: 'maker', material: 'NdPr', flow: 94 },
    { source: 'dy', target: 'maker', material: 'Dy', flow: 5 },
    { source: 'tb', target: 'maker', material: 'Tb', flow: 0.5 },
    { source: 'maker', target: 'ev', material: 'magnet-dy', flow: 60 },
    { source: 'maker', target: 'electronics', material: 'magnet-free', flow: 40 },
  ],
});

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'chokepoint-recipes-')), 'magnets.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

interface Report {
  endUsers: { id: string; noSubstitution: number; withRerouting: number }[];
  sweep?: { id: string; lostNoSubstitution: number; lostWithRerouting: number }[];
}

describe('npm run analyze with recipes', () => {
  it('blocks China: electronics keep 40 t; EVs keep the diffused 10 t at once, 30 t after', async () => {
    // Needs: NdPr 50 × 0.9 + 10 × 0.9 + 40 = 94 t; Dy 50 × 0.1 = 5 t; Tb 10 × 0.05 = 0.5 t.
    // At once the Dy recipe stops: EVs get the 10 t diffused. After rerouting the diffused
    // recipe may make 0.5 × 60 = 30 t, needing 1.5 t of Tb (the mine has 2 t): EVs get 30 t.
    const solver = await highsLoader();
    const lp = join(mkdtempSync(join(tmpdir(), 'chokepoint-recipes-lp-')), 'scenario.lp');
    const path = file(dataset(0.1));
    const r = await runAnalyze([path, '--block-country', 'CN', '--sweep', '--lp', lp], {
      ...nodeIo,
      solver,
    });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(r.stdout) as Report;
    const user = (id: string) => report.endUsers.find((e) => e.id === id);
    expect(user('electronics')?.noSubstitution).toBeCloseTo(40, 9);
    expect(user('electronics')?.withRerouting).toBeCloseTo(40, 5);
    expect(user('ev')?.noSubstitution).toBeCloseTo(10, 9);
    expect(user('ev')?.withRerouting).toBeCloseTo(30, 4);
    // The sweep: without China's Dy, EVs lose the 50 t the Dy recipe made; rerouting wins back
    // 20 t by diffusion.
    const dy = report.sweep?.find((s) => s.id === 'dy');
    expect(dy?.lostNoSubstitution).toBeCloseTo(50, 9);
    expect(dy?.lostWithRerouting).toBeCloseTo(30, 4);
    expect(report.sweep?.map((s) => s.id).sort()).toEqual(
      ['dy', 'electronics', 'ev', 'maker', 'nd', 'tb'].sort(),
    );
    expect(r.stdout.includes('\\u0001')).toBe(false);
    // The written program has a variable per recipe.
    const text = readFileSync(lp, 'utf8');
    expect(text).toMatch(/x_maker_diffused/);
  });

  it('the same in CSV, with no row for a part of the maker', async () => {
    const r = await runAnalyze([file(dataset(0.1)), '--block-country', 'CN', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.includes('\u0001')).toBe(false);
  });

  it('refuses recipes that need more Dy than the maker receives, saying where', async () => {
    // 50 t × 0.2 = 10 t of Dy needed; 5 t arrive.
    const r = await runAnalyze([file(dataset(0.2))]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'nodes[3].recipes: "maker": recipes "sintered-dy" need 10 t of "Dy" (share × output × tonnes per tonne) but the node receives 5 t',
    );
  });
});
