// The end users that depend on a node, with the share of their supply passing through it, as
// the store's query for the selected node answers it.
import type { Dependent } from '../../core/analysis/index.ts';
import { useQuery } from '../../state/useQuery.ts';

export type Dependents =
  | { readonly status: 'done'; readonly value: readonly Dependent[] }
  | { readonly status: 'error'; readonly message: string };

/** Undefined while the engine works (or before the baseline is in). */
export function useDependents(nodeId: string | null, ready: boolean): Dependents | undefined {
  const entry = useQuery(nodeId === null || !ready ? null : { kind: 'dependents', nodeId });
  if (entry === undefined || entry.status === 'pending') return undefined;
  return entry.status === 'done' ? entry : { status: 'error', message: entry.message };
}
