// `npm run analyze -- <dataset> [options]`: the report on stdout, problems on stderr
// (see runAnalyze.ts; --help lists the options).
import { runAnalyze } from './runAnalyze.ts';

const result = await runAnalyze(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
