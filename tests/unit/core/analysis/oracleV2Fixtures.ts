// The oracle's multi-material fixtures (tests/fixtures/oracle/v2, and ../shared/oracle/v2 when it
// exists): networks with materials,
// converters, outside demand and stocks, each preset with its expected figures.
import { readFileSync } from 'node:fs';
import type { Intervention } from '../../../../src/core/scenario.ts';
import { oracleFiles } from '../../../fixtures/oracle.ts';

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
  return oracleFiles(2).map(({ name, path }) => {
    const text = readFileSync(path, 'utf8');
    const raw = JSON.parse(text) as Omit<OracleV2Fixture, 'name' | 'path' | 'text'>;
    return { name, path, text, scenarios: raw.scenarios, expected: raw.expected };
  });
}

/** Relative tolerance 1e-6 plus half a unit of the sixth decimal the figures are rounded to. */
export function closeEnough(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-6 * Math.abs(expected) + 5e-7;
}
