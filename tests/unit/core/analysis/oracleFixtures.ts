// The oracle fixtures (../shared/oracle, next to the repository) and the comparison they call
// for: a relative tolerance of 1e-6, widened only by the rounding the figures went through.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { AnalysisNetwork } from '../../../../src/core/analysis/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const ORACLE_DIR = resolve(here, '../../../../../shared/oracle');

interface SupplyCase {
  readonly no_substitution_end_users: Record<string, { baseline_in: number; scenario_in: number }>;
}

export interface OracleFixture extends AnalysisNetwork {
  readonly name: string;
  readonly expected: {
    readonly betweenness_unweighted_raw: Record<string, number>;
    readonly betweenness_unweighted_normalized: Record<string, number>;
    readonly pagerank_flow_weighted_alpha085: Record<string, number>;
    readonly single_points_of_failure_per_end_user: Record<string, string[]>;
    readonly max_flow_to_end_users_baseline: number;
    readonly removal_case: SupplyCase & {
      readonly removed: string[];
      readonly max_flow_to_end_users_after_removal: number;
    };
    readonly partial_case: SupplyCase & { readonly capacity_factors: Record<string, number> };
  };
}

/** The JSON files in `dir` whose names start with `prefix`, in name order, each with its name. */
export function readFixtures<T>(dir: string, prefix: string): (T & { name: string })[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .sort()
    .map((f) => ({ ...(JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as T), name: f }));
}

export const oracleFixtures = (): OracleFixture[] =>
  readFixtures<Omit<OracleFixture, 'name'>>(ORACLE_DIR, 'supply-');

/**
 * The small fixture the command-line tests run on (supply-34n-s2.json), its path, and the node
 * its removal case removes.
 */
export function smallOracleCase(): { small: OracleFixture; file: string; removed: string } {
  const small = oracleFixtures().find((f) => f.name === 'supply-34n-s2.json');
  if (small === undefined) throw new Error('oracle fixture supply-34n-s2.json is missing');
  const removed = small.expected.removal_case.removed[0] as string;
  return { small, file: resolve(ORACLE_DIR, small.name), removed };
}

/**
 * |actual - expected| <= 1e-6 * |expected| + half a unit of the last decimal the figure was
 * rounded to (9 decimals for centralities, 6 for tonnes): a value like 0.000406449 carries a
 * rounding error of up to 1.2e-6 relative, which no exact answer can beat.
 */
export function expectClose(actual: number, expected: number, decimals: number, what: string) {
  const tolerance = 1e-6 * Math.abs(expected) + 0.5 * 10 ** -decimals;
  expect(
    Math.abs(actual - expected),
    `${what}: ${actual} vs expected ${expected}`,
  ).toBeLessThanOrEqual(tolerance);
}
