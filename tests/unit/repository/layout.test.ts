// The repository's shape: the top level the README names, and the lint rules that keep the
// layers one way, driven on files that break them.
import { execFileSync } from 'node:child_process';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ALLOWED_TOP_LEVEL = [
  // the design card
  'src',
  'public',
  'data',
  'tests',
  'index.html',
  'vite.config.ts',
  'package.json',
  'tsconfig.json',
  'README.md',
  // config files, the lock file, and the files a repository carries beside its README
  'package-lock.json',
  'eslint.config.js',
  'playwright.config.ts',
  'LICENSE',
  'SECURITY.md',
];

const eslint = new ESLint();
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the repository', () => {
  it('has no top-level entry beyond the design card, config files and dotfiles', () => {
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n');
    const top = new Set(tracked.filter(Boolean).map((path) => path.split('/')[0] as string));
    const extra = [...top].filter((e) => !e.startsWith('.') && !ALLOWED_TOP_LEVEL.includes(e));
    expect(extra).toEqual([]);
  });

  it('refuses an import from ui/kit up to the shell, a feature folder or the state', async () => {
    const found = await ruleIds(
      [
        "import { App } from '../shell/App.tsx';",
        "import { GraphView } from '../graph/GraphView.tsx';",
        "import { useAppStore } from '../../state/useAppStore.ts';",
        "import { formatTonnes } from '../../core/format.ts';",
        'export const all = [App, GraphView, useAppStore, formatTonnes];',
      ].join('\n'),
      'src/ui/kit/Probe.ts',
    );
    expect(found.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(3);
    expect(found.join('\n')).not.toMatch(/core\/format/);
  });

  it('refuses an import from a feature folder up to the shell, and from core up to ui', async () => {
    const feature = await ruleIds(
      "import { App } from '../shell/App.tsx';\nexport const a = App;",
      'src/ui/graph/Probe.ts',
    );
    expect(feature).toEqual([expect.stringMatching(/^no-restricted-imports: .*ui\/shell/)]);
    const core = await ruleIds(
      "import { Modal } from '../ui/kit/Modal.tsx';\nexport const m = Modal;",
      'src/core/Probe.ts',
    );
    expect(core).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
  });

  it('refuses a function over 120 lines, a component file over 250 and a source file over 400', async () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`);
    const fn = (n: number) =>
      [
        'export function long() {',
        ...body(n),
        `  return [${Array.from({ length: n }, (_, i) => `v${i}`).join(', ')}];`,
        '}',
      ].join('\n');
    expect(await ruleIds(fn(117), 'src/core/Probe.ts')).toEqual([]);
    expect(await ruleIds(fn(118), 'src/core/Probe.ts')).toEqual([
      expect.stringMatching(/^max-lines-per-function/),
    ]);
    const consts = (n: number) =>
      Array.from({ length: n }, (_, i) => `export const c${i} = ${i};`).join('\n');
    expect(await ruleIds(consts(400), 'src/data/Probe.ts')).toEqual([]);
    expect(await ruleIds(consts(401), 'src/data/Probe.ts')).toEqual([
      expect.stringMatching(/^max-lines/),
    ]);
    expect(await ruleIds(consts(251), 'src/ui/kit/Probe.tsx')).toEqual([
      expect.stringMatching(/^max-lines/),
    ]);
  });
});
