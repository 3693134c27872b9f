// The oracle's multi-material fixtures (../shared/oracle/v2): networks with materials,
// converters, outside demand and stocks, each preset with its expected figures.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Intervention } from '../../../../src/core/scenario.ts';
import { ORACLE_DIR } from './oracleFixtures.ts';

export const ORACLE_V2_DIR = resolve(ORACLE_DIR, 'v2');

export interface OracleV2Scenario {
  readonly id: string;
  readonly interventions: readonly Intervention[];
  readonly expected: {
    readonly no_substitution_served: Record<string, number>;
    readonly rerouting_max_total: number;
    readonly rerouting_fair_served: Record<string, number>;
    readonly days_to_shortfall: Record<string, number | null>;
  };
}

export interface OracleV2Fixture {
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly scenarios: readonly OracleV2Scenario[];
  readonly expected: { readonly baseline_served: Record<string, number> };
}

export function oracleV2Fixtures(): OracleV2Fixture[] {
  return readdirSync(ORACLE_V2_DIR)
    .filter((f) => f.startsWith('multi-') && f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = resolve(ORACLE_V2_DIR, f);
      const text = readFileSync(path, 'utf8');
      const raw = JSON.parse(text) as Omit<OracleV2Fixture, 'name' | 'path' | 'text'>;
      return { name: f, path, text, scenarios: raw.scenarios, expected: raw.expected };
    });
}

/** Relative tolerance 1e-6 plus half a unit of the sixth decimal the figures are rounded to. */
export function closeEnough(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-6 * Math.abs(expected) + 5e-7;
}
