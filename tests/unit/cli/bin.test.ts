// The built command line (`chokepoint analyze`, npm run build:cli) prints what `npm run analyze`
// prints: the same report on a small file, and on a file big enough that betweenness runs on
// worker threads (the bundled worker, not the source one).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import highsLoader from 'highs';
import { nodeIo, runAnalyze } from '../../../src/cli/runAnalyze.ts';
import { generateSupplyNetwork } from '../../fixtures/generate.ts';

const dir = mkdtempSync(join(tmpdir(), 'chokepoint-bin-'));
const bin = join(dir, 'chokepoint.mjs');

let io = nodeIo;
beforeAll(async () => {
  execFileSync('node', ['src/cli/build.mjs', dir]);
  // The same solver as the built command line loads, so both give the fair share.
  io = { ...nodeIo, solver: await highsLoader() };
}, 60_000);

const run = (...args: string[]) =>
  spawnSync('node', [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

describe('chokepoint (built)', () => {
  it('prints the same report as npm run analyze', async () => {
    const argv = ['data/rare-earths.json', '--block-country', 'CN'];
    const built = run('analyze', ...argv);
    expect(built.status).toBe(0);
    expect(built.stdout).toBe((await runAnalyze(argv, io)).stdout);
  }, 30_000);

  it('prints the same report on a file big enough for worker threads', async () => {
    const file = join(dir, 'big.json');
    const network = generateSupplyNetwork({ nodes: 3000, seed: 4 });
    writeFileSync(file, JSON.stringify({ title: 'big', ...network }));
    const built = run('analyze', file, '--remove', 'pro400');
    expect(built.stderr).toBe('');
    expect(built.stdout).toBe((await runAnalyze([file, '--remove', 'pro400'], io)).stdout);
  }, 120_000);

  it('says what is wrong with a command, with exit code 2', async () => {
    const unknown = run('analyse', 'x.json');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('chokepoint: unknown command "analyse" (try --help)\n');
    expect(run('--help').stdout).toMatch(/^Usage: chokepoint analyze <dataset>/);
    expect(run('analyze', '--remove').stderr).toBe('analyze: --remove needs a value\n');
  }, 30_000);
});
