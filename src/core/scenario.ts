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

export interface Scenario {
  readonly interventions: readonly Intervention[];
}

/** How an intervention names things: ids and codes by default; the UI passes labels and names. */
export interface Namer {
  readonly node: (id: string) => string;
  readonly country: (code: string) => string;
}

const BY_ID: Namer = { node: (id) => id, country: (code) => code };

/** "by 70%" for a cut, "to 150%" for a raise: a factor is a share of baseline. */
function change(factor: number): string {
  return factor <= 1 ? `by ${Math.round((1 - factor) * 100)}%` : `to ${Math.round(factor * 100)}%`;
}

/** One sentence per intervention, the same in the explorer, exports and the command line. */
export function describeIntervention(i: Intervention, names: Namer = BY_ID): string {
  const of = (material: string | undefined) => (material === undefined ? '' : ` (${material})`);
  switch (i.type) {
    case 'remove-node':
      return `Remove ${names.node(i.node)}`;
    case 'scale-capacity':
      return `${i.factor <= 1 ? 'Cut' : 'Raise'} ${names.node(i.node)} ${change(i.factor)}`;
    case 'block-edge':
      return `Block ${names.node(i.source)} → ${names.node(i.target)}${of(i.material)}`;
    case 'block-country':
      return `Block ${names.country(i.country)}`;
    case 'block-route': {
      const what = i.factor === undefined || i.factor === 0 ? 'Block' : `Cut ${change(i.factor)}:`;
      return `${what} ${names.country(i.from)} → ${names.country(i.to)}${of(i.material)}`;
    }
  }
}
