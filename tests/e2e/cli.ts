// The command line's answer for a scenario, to hold the browser's figures against.
import { execFileSync } from 'node:child_process';

export interface CliEndUser {
  id: string;
  baseline: number;
  noSubstitution: number;
  withRerouting: number;
}

export interface CliReport {
  endUsers: CliEndUser[];
  centrality: Record<string, Record<string, number>>;
}

export function analyze(args: readonly string[]): CliReport {
  const out = execFileSync('npx', ['tsx', 'src/cli/analyze.ts', 'data/rare-earths.json', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as CliReport;
}
