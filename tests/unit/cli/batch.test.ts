// `--batch FILE`: scenarios as JSON lines, one JSON line back each, in one process.
import { describe, expect, it } from 'vitest';
import { runAnalyze, type RunIo } from '../../../src/cli/runAnalyze.ts';
import { readFileSync, statSync } from 'node:fs';

const DATASET = 'data/rare-earths.json';

/** Reads the dataset from disk and the batch file from memory. */
function io(batch: string): RunIo {
  return {
    fileSize: (path) => (path === 'scenarios.jsonl' ? batch.length : statSync(path).size),
    readFile: (path) =>
      path === 'scenarios.jsonl' ? new TextEncoder().encode(batch) : readFileSync(path),
  };
}

// Batch lines carry no uncertainty ranges (drawing them costs a thousand scenarios a line).
const report = async (argv: string[]) =>
  JSON.parse((await runAnalyze([DATASET, '--samples', '0', ...argv])).stdout);
const answers = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('analyze --batch', () => {
  it('answers each line as the single report answers the same scenario', async () => {
    const lines = [
      JSON.stringify({ id: 'cn', interventions: [{ type: 'block-country', country: 'CN' }] }),
      '',
      JSON.stringify({ id: 7, preset: 'myanmar-unrest' }),
      JSON.stringify({}),
    ].join('\n');
    const r = await runAnalyze([DATASET, '--batch', 'scenarios.jsonl'], io(lines));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [cn, myanmar, baseline] = answers(r.stdout);
    expect(cn.line).toBe(1);
    expect(cn.id).toBe('cn');
    const single = await report(['--block-country', 'CN']);
    expect(cn.totals).toEqual(single.totals);
    expect(cn.singleMaterialBound).toEqual(single.singleMaterialBound);
    expect(cn.endUsers).toEqual(
      single.endUsers.map(({ supplyByOrigin: _, ...rest }: Record<string, unknown>) => rest),
    );
    expect(cn.topChokepointsAfter).toEqual(single.topChokepointsAfter);
    expect(myanmar).toMatchObject({ line: 3, id: 7 });
    expect(myanmar.totals).toEqual((await report(['--preset', 'myanmar-unrest'])).totals);
    expect(baseline.line).toBe(4);
    expect(baseline.totals.lostNoSubstitution).toBe(0);
  });

  it('applies the command line flags first to every line', async () => {
    const lines = JSON.stringify({ interventions: [{ type: 'block-country', country: 'MM' }] });
    const r = await runAnalyze(
      [DATASET, '--block-country', 'CN', '--batch', 'scenarios.jsonl'],
      io(lines),
    );
    const [both] = answers(r.stdout);
    expect(both.interventions).toEqual([
      { type: 'block-country', country: 'CN' },
      { type: 'block-country', country: 'MM' },
    ]);
    expect(both.totals).toEqual(
      (await report(['--block-country', 'CN', '--block-country', 'MM'])).totals,
    );
  });

  it('answers the good lines and says where and what for a bad one', async () => {
    const lines = [
      JSON.stringify({ interventions: [{ type: 'remove-node', node: 'cn-processing' }] }),
      '{"interventions": [',
      JSON.stringify({ id: 'x', interventions: [{ type: 'remove-node', node: 'nowhere' }] }),
      JSON.stringify({ interventions: [{ type: 'remove-nod', node: 'a' }] }),
      JSON.stringify({ preset: 'no-such' }),
      JSON.stringify({ id: 'y', remove: 'a' }),
    ].join('\n');
    const r = await runAnalyze([DATASET, '--batch', 'scenarios.jsonl'], io(lines));
    expect(r.code).toBe(2);
    const out = answers(r.stdout);
    expect(out).toHaveLength(6);
    expect(out[0].totals.lostNoSubstitution).toBeGreaterThan(0);
    expect(out[1]).toEqual({ line: 2, error: expect.stringMatching(/^not JSON/) });
    expect(out[2]).toEqual({
      line: 3,
      id: 'x',
      error: 'interventions[0]: unknown node "nowhere"',
    });
    expect(out[3].error).toMatch(/^interventions\[0\]\.type/);
    expect(out[4].error).toMatch(
      /^preset: unknown preset "no-such" \(the dataset has: .*myanmar-unrest/,
    );
    expect(out[5].error).toMatch(/remove/);
    const stderr = r.stderr.trim().split('\n');
    expect(stderr).toHaveLength(5);
    expect(stderr[1]).toBe(
      'analyze: scenarios.jsonl line 3: interventions[0]: unknown node "nowhere"',
    );
  });

  it('answers a sweep of 1,000 scenarios, one line each, in order', async () => {
    const dataset = JSON.parse(readFileSync(DATASET, 'utf8')) as { nodes: { id: string }[] };
    const ids = dataset.nodes.map((n) => n.id);
    const lines = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify({
        id: i,
        interventions: [
          { type: 'scale-capacity', node: ids[i % ids.length], factor: (i % 10) / 10 },
        ],
      }),
    );
    const r = await runAnalyze([DATASET, '--batch', 'scenarios.jsonl'], io(lines.join('\n')));
    expect(r.code).toBe(0);
    const out = answers(r.stdout);
    expect(out.map((a) => a.id)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    // Line i cuts node i mod n to (i mod 10) / 10 of its capacity: the deeper cut of the same
    // node never loses less.
    const n = ids.length;
    for (let i = 0; i + n < 1000; i++) {
      const [a, b] = [out[i], out[i + n]];
      const [fa, fb] = [(i % 10) / 10, ((i + n) % 10) / 10];
      const [deeper, shallower] = fa < fb ? [a, b] : [b, a];
      expect(deeper.totals.lostNoSubstitution).toBeGreaterThanOrEqual(
        shallower.totals.lostNoSubstitution - 1e-6,
      );
    }
  }, 60_000);

  it('refuses --batch with --sweep or CSV, and a batch file it cannot read', async () => {
    expect((await runAnalyze([DATASET, '--batch', 'a', '--sweep'])).stderr).toBe(
      'analyze: --batch writes JSON lines; it cannot be used with --sweep\n',
    );
    expect((await runAnalyze([DATASET, '--batch', 'a', '--format', 'csv'])).code).toBe(2);
    const missing = await runAnalyze([DATASET, '--batch', '/nonexistent/s.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^analyze: --batch: cannot read \/nonexistent\/s\.jsonl/);
  });
});
