// One lint setup for the repo, zero warnings allowed (npm run lint).
// The layering rule keeps imports one way: ui -> state -> {workers, data, core};
// workers/cli -> {data, core}; data -> core; core -> nothing of ours (it must run in Node and in
// a Web Worker). The UI reaches the workers only through src/state (workerClients.ts).
// Inside src/ui: ui/shell (the page: App, Explorer, toolbar) -> feature folders -> ui/kit (the
// shared components and formatting). No feature folder imports the shell; the kit imports no
// other ui folder and no state.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const uiFolders = readdirSync(new URL('./src/ui', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message: why })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Sizes a reader can hold in mind: no function over 120 lines, no component file over 250,
  // no other source file over 400 (every line counts, blank and comment lines too).
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 120 }] },
  },
  { files: ['src/**/*.tsx'], rules: { 'max-lines': ['error', { max: 250 }] } },
  { files: ['src/**/*.ts'], rules: { 'max-lines': ['error', { max: 400 }] } },
  layer(
    ['src/core/**'],
    [
      '**/data/**',
      '**/state/**',
      '**/ui/**',
      '**/workers/**',
      '**/cli/**',
      'react',
      'react-dom',
      'react-dom/*',
      'zustand',
      'zustand/*',
      'cytoscape',
    ],
    'src/core is pure TypeScript: it imports nothing of ours and no UI library.',
  ),
  layer(
    ['src/data/**'],
    [
      '**/state/**',
      '**/ui/**',
      '**/workers/**',
      '**/cli/**',
      'react',
      'react-dom',
      'zustand',
      'cytoscape',
    ],
    'src/data may import only src/core.',
  ),
  layer(
    ['src/state/**'],
    ['**/ui/**', '**/cli/**', 'cytoscape'],
    'src/state may import src/workers (its worker clients), src/data and src/core only.',
  ),
  // One place starts each worker and speaks its protocol: src/state/workerClients.ts.
  // Feature folders use the kit, never the page shell that composes them.
  layer(
    ['src/ui/**'],
    ['**/workers/**', '**/cli/**', 'comlink', '**/ui/shell/**', '../shell/*'],
    'src/ui feature folders use ui/kit; only ui/shell composes them (and reaches workers via src/state).',
  ),
  layer(
    ['src/ui/shell/**'],
    ['**/workers/**', '**/cli/**', 'comlink'],
    'src/ui reaches the workers only through src/state (workerClients.ts and the store).',
  ),
  layer(
    ['src/ui/kit/**'],
    [
      '**/workers/**',
      '**/cli/**',
      'comlink',
      '**/state/**',
      ...uiFolders.filter((d) => d !== 'kit').map((d) => `../${d}/**`),
      'cytoscape',
    ],
    'ui/kit is the shared kit: it imports src/core and src/data only, no ui folder above it and no state.',
  ),
  layer(
    ['src/workers/**', 'src/cli/**'],
    ['**/state/**', '**/ui/**', 'react', 'react-dom', 'zustand', 'cytoscape'],
    'workers and the CLI run src/core on data; no UI.',
  ),
);
