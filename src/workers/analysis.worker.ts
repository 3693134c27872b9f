// The analysis engine in a Web Worker, so the page never freezes while it works.
import { expose } from 'comlink';
import { createEngine } from './engine.ts';

expose(createEngine());
