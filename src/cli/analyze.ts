// `npm run analyze -- <dataset> [options]`: the command line run from source (tsx). The
// built `chokepoint analyze` (chokepoint.ts) does the same; see runAnalyze.ts, --help lists the
// options.
import highsLoader from 'highs';
import { analyzeMain, exit } from './main.ts';

// One HiGHS instance for the run: its first solve compiles the WebAssembly.
exit(await analyzeMain(process.argv.slice(2), await highsLoader()));
