// The oracle fixtures (tests/fixtures/oracle, and ../shared/oracle when it exists) and the
// comparison they call for: a relative tolerance of 1e-6, widened only by the rounding the
// figures went through.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { AnalysisNetwork } from '../../../../src/core/analysis/index.ts';
import { oracleCopy, oracleFiles, type OracleVersion } from '../../../fixtures/oracle.ts';

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

/** Every oracle fixture of one version, in name order, each with its name and path. */
export function readFixtures<T>(version: OracleVersion): (T & { name: string; path: string })[] {
  return oracleFiles(version).map(({ name, path }) => ({
    ...(JSON.parse(readFileSync(path, 'utf8')) as T),
    name,
    path,
  }));
}

export const oracleFixtures = (): OracleFixture[] =>
  readFixtures<Omit<OracleFixture, 'name' | 'path'>>(1);

/**
 * The small fixture the command-line tests run on (supply-34n-s2.json), its path, and the node
 * its removal case removes.
 */
export function smallOracleCase(): { small: OracleFixture; file: string; removed: string } {
  const file = oracleCopy(1, 'supply-34n-s2.json');
  const small = {
    ...(JSON.parse(readFileSync(file, 'utf8')) as Omit<OracleFixture, 'name'>),
    name: 'supply-34n-s2.json',
  };
  const removed = small.expected.removal_case.removed[0] as string;
  return { small, file, removed };
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
