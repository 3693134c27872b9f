// The analysis engine in a Web Worker, so the page never freezes while it works.
// HiGHS (WebAssembly) solves the rerouting linear programs: one instance for this worker, loaded
// on the first scenario, its .wasm served as an asset of the build.
import '../security/zodJitless.ts';
import { expose } from 'comlink';
import highsLoader from 'highs';
import wasmUrl from 'highs/runtime?url';
import { createEngine } from './engine.ts';

expose(createEngine(() => highsLoader({ locateFile: () => wasmUrl })));
