// Builds the command line ahead of time into dist-cli/: chokepoint.mjs (the `chokepoint` bin) and
// betweennessWorker.mjs and drawWorker.mjs (its worker threads), each one bundled, minified ES module. Run by
// `npm run build:cli`, which `prepare` runs on npm ci and npm install.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

await build({
  entryPoints: {
    chokepoint: 'src/cli/chokepoint.ts',
    betweennessWorker: 'src/cli/betweennessWorker.ts',
    drawWorker: 'src/cli/drawWorker.ts',
  },
  outdir: process.argv[2] ?? 'dist-cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ES module builds first: jsonc-parser's CommonJS build is a UMD wrapper that bundlers cannot follow.
  mainFields: ['module', 'main'],
  minify: process.argv[3] !== 'plain',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS packages (papaparse) may call require for Node's own modules.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});

// HiGHS's WebAssembly goes beside the bundle, where chokepoint.ts looks for it.
copyFileSync(
  'node_modules/highs/build/highs.wasm',
  join(process.argv[2] ?? 'dist-cli', 'highs.wasm'),
);
