// A GEXF whose "chokepoint" metadata has the wrong shape is refused by the command line as any
// unreadable file is: one line on stderr naming the field, exit code 2, nothing on stdout (no
// stack trace, no "internal error").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { nodeIo, runAnalyze } from '../../../src/cli/runAnalyze.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function gexfWith(chokepoint: string): string {
  const g = new MultiDirectedGraph();
  g.setAttribute('chokepoint', chokepoint);
  g.addNode('mine', { stage: 'mine', country: 'AU' });
  g.addNode('user', { stage: 'end-user', country: 'DE' });
  g.addEdgeWithKey('e0', 'mine', 'user', { weight: 5, material: 'ore' });
  return writeGexf(g, { version: '1.3' });
}

/** The file held in memory: runAnalyze reads it through `io` as it reads a file from disk. */
const memoryIo = (files: Record<string, string>) => ({
  ...nodeIo,
  readFile: (path: string) => new TextEncoder().encode(files[path] ?? ''),
  fileSize: (path: string) => (files[path] ?? '').length,
});

const MESSAGE = 'analyze: bad.gexf: GEXF metadata "chokepoint": sources: must be a list, got 5\n';

describe('analyze refuses a GEXF with malformed metadata', () => {
  it('in-process: one line on stderr, exit code 2, nothing on stdout', async () => {
    const io = memoryIo({ 'bad.gexf': gexfWith('{"sources":5}') });
    const r = await runAnalyze(['bad.gexf'], io);
    expect(r).toEqual({ stdout: '', stderr: MESSAGE, code: 2 });
  });

  it('in-process: metadata that is not JSON, or nests too deep, is refused the same way', async () => {
    const io = memoryIo({
      'broken.gexf': gexfWith('{"sources":'),
      'deep.gexf': gexfWith(`{"stories":${'['.repeat(5000)}${']'.repeat(5000)}}`),
    });
    const broken = await runAnalyze(['broken.gexf'], io);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^analyze: broken.gexf: GEXF metadata "chokepoint": not JSON: /);
    const deep = await runAnalyze(['deep.gexf'], io);
    expect(deep.code).toBe(2);
    expect(deep.stderr).toMatch(
      /GEXF metadata "chokepoint": not JSON: nested more than 256 levels deep at line 1/,
    );
  });

  it('as a process, the way a user runs it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-metadata-'));
    writeFileSync(join(dir, 'bad.gexf'), gexfWith('{"sources":5}'));
    const r = spawnSync(TSX, [join(ROOT, 'src/cli/analyze.ts'), 'bad.gexf'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(MESSAGE);
  }, 30_000);
});
