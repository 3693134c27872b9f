// `chokepoint analyze <dataset> [options]`: the command line built ahead of time
// (npm run build:cli, run by npm ci and npm install), so a call starts in a fraction of the time
// tsx takes to compile the sources. Same options and output as `npm run analyze`.
import { fileURLToPath } from 'node:url';
import highsLoader from 'highs';
import { analyzeMain, exit } from './main.ts';

const COMMANDS = `Usage: chokepoint analyze <dataset> [options]

Commands:
  analyze    the supply-chain report for a dataset, with a scenario applied
             (chokepoint analyze --help lists its options)`;

const [command, ...rest] = process.argv.slice(2);
if (command === 'analyze')
  exit(
    await analyzeMain(
      rest,
      // The build puts highs.wasm beside this bundle.
      await highsLoader({ locateFile: (file) => fileURLToPath(new URL(file, import.meta.url)) }),
    ),
  );
else if (command === undefined || command === '-h' || command === '--help') {
  exit({ stdout: `${COMMANDS}\n`, stderr: '', code: command === undefined ? 2 : 0 });
} else {
  exit({ stdout: '', stderr: `chokepoint: unknown command "${command}" (try --help)\n`, code: 2 });
}
