// A betweenness thread of the command line (see betweennessThreads.ts): runs each job it is sent.
import { parentPort } from 'node:worker_threads';
import { runBetweennessJob, type BetweennessJob } from './betweennessThreads.ts';

parentPort?.on('message', (job: BetweennessJob) => runBetweennessJob(job));
