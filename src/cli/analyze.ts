// `npm run analyze -- <dataset.json> [options]`: the command line run from source (tsx). The
// built `chokepoint analyze` (chokepoint.ts) does the same; see runAnalyze.ts, --help lists the
// options.
import { analyzeMain, exit } from './main.ts';

exit(analyzeMain(process.argv.slice(2)));
