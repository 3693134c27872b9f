// A worker thread of the command line's, by the name of its module beside this one. In the built
// command line each worker is a bundle of its own beside the bin (src/cli/build.mjs). Run from
// source (tsx, vitest), it is the .ts file, and a worker thread does not inherit the TypeScript
// loader, so the worker registers tsx's before importing it.
import { Worker } from 'node:worker_threads';

export function spawnCliWorker(name: string): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL(`./${name}.mjs`, import.meta.url));
  }
  const file = new URL(`./${name}.ts`, import.meta.url).href;
  const code = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); })`;
  return new Worker(code, { eval: true });
}
