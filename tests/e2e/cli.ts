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

export interface CliRange {
  p5: number;
  p50: number;
  p95: number;
}

export interface CliEndUserV3 extends CliEndUser {
  outside: boolean;
  daysToShortfall: number | null;
  supplyCurve: { day: number; served: number }[];
  lostNoSubstitutionByMaterial: Record<string, number>;
  ranges: { lostNoSubstitutionShare: CliRange; lostWithReroutingShare: CliRange | null };
}

export interface CliReportV3 {
  endUsers: CliEndUserV3[];
  uncertainty: { figuresWithRanges: number; samples: number };
}

/** The command line's answer for any dataset file. */
export function analyzeFile(file: string, args: readonly string[]): CliReportV3 {
  const out = execFileSync('npx', ['tsx', 'src/cli/analyze.ts', file, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as CliReportV3;
}
