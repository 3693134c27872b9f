// A thread for the draws of the loss ranges (see drawThreads.ts): runs each job it is sent.
import { parentPort } from 'node:worker_threads';
import { runDrawJob, type DrawJob } from './drawThreads.ts';

parentPort?.on('message', (job: DrawJob) => runDrawJob(job));
