// One lint setup for the repo, zero warnings allowed (npm run lint).
// The layering rule keeps imports one way: ui -> state -> {data, core}; workers/cli -> {data, core};
// data -> core; core -> nothing of ours (it must run in Node and in a Web Worker).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    ['**/ui/**', '**/workers/**', '**/cli/**', 'cytoscape'],
    'src/state may import src/data and src/core only.',
  ),
  // The UI reaches the workers through src/state and the two worker clients below only, so
  // there is one place that starts each worker and speaks its protocol.
  {
    ...layer(
      ['src/ui/**'],
      ['**/workers/**', '**/cli/**'],
      'src/ui reaches workers through src/state or its worker clients (results/engineClient.ts, graph/useLayoutPositions.ts).',
    ),
    ignores: ['src/ui/results/engineClient.ts', 'src/ui/graph/useLayoutPositions.ts'],
  },
  layer(
    ['src/workers/**', 'src/cli/**'],
    ['**/state/**', '**/ui/**', 'react', 'react-dom', 'zustand', 'cytoscape'],
    'workers and the CLI run src/core on data; no UI.',
  ),
);
