// A scenario is data: a list of interventions applied to a baseline network. Applying one
// never changes the baseline; it yields a result, and impact is the difference of two results.

export type Intervention =
  | { readonly type: 'remove-node'; readonly node: string }
  /** factor 0.3 = the node passes on 30% of what it would (a 70% cut). */
  | { readonly type: 'scale-capacity'; readonly node: string; readonly factor: number }
  /** Every flow from `source` to `target` (of `material`, when given) stops. */
  | {
      readonly type: 'block-edge';
      readonly source: string;
      readonly target: string;
      readonly material?: string | undefined;
    }
  /** Every node in the country goes offline. */
  | { readonly type: 'block-country'; readonly country: string }
  /**
   * Flows from nodes in country `from` to nodes in country `to` (of `material`, when given) stop,
   * or fall to `factor` of baseline when given (0.18 = down 82%): an export control.
   */
  | {
      readonly type: 'block-route';
      readonly from: string;
      readonly to: string;
      readonly material?: string | undefined;
      readonly factor?: number | undefined;
    };

export type InterventionType = Intervention['type'];

export interface Scenario {
  readonly interventions: readonly Intervention[];
}

export const EMPTY_SCENARIO: Scenario = { interventions: [] };

export function describeIntervention(i: Intervention): string {
  switch (i.type) {
    case 'remove-node':
      return `remove ${i.node}`;
    case 'scale-capacity':
      return `cut ${i.node} to ${Math.round(i.factor * 100)}% of capacity`;
    case 'block-edge':
      return `block ${i.source} → ${i.target}${i.material === undefined ? '' : ` (${i.material})`}`;
    case 'block-country':
      return `block country ${i.country}`;
    case 'block-route':
      return `${i.factor === undefined || i.factor === 0 ? 'block' : `cut to ${Math.round(i.factor * 100)}%:`} route ${i.from} → ${i.to}${i.material === undefined ? '' : ` (${i.material})`}`;
  }
}
