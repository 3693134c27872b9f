// `npm run analyze -- <dataset.json> [options]`: the report on stdout, problems on stderr
// (see runAnalyze.ts; --help lists the options).
import highsLoader from 'highs';
import { nodeIo, runAnalyze } from './runAnalyze.ts';

// One HiGHS instance for the run: its first solve compiles the WebAssembly.
const solver = await highsLoader();
const result = runAnalyze(process.argv.slice(2), { ...nodeIo, solver });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
