// The end users that depend on a node, with the share of their supply passing through it,
// asked of the store's analysis engine when a node is selected.
import { useEffect, useState } from 'react';
import type { Dependent } from '../../core/analysis/index.ts';
import { useAppStore } from '../../state/useAppStore.ts';

export type Dependents =
  | { readonly status: 'done'; readonly value: readonly Dependent[] }
  | { readonly status: 'error'; readonly message: string };

/** Undefined while the engine works (or before the baseline is in). */
export function useDependents(nodeId: string | null, ready: boolean): Dependents | undefined {
  const dependentsOf = useAppStore((s) => s.dependentsOf);
  const [state, setState] = useState<{ id: string; answer: Dependents } | null>(null);
  useEffect(() => {
    if (nodeId === null || !ready) return undefined;
    let cancelled = false;
    dependentsOf(nodeId)
      .then((value) => {
        if (!cancelled) setState({ id: nodeId, answer: { status: 'done', value } });
      })
      .catch((e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        if (!cancelled) setState({ id: nodeId, answer: { status: 'error', message } });
      });
    return () => {
      cancelled = true;
    };
  }, [nodeId, ready, dependentsOf]);
  return state !== null && state.id === nodeId && ready ? state.answer : undefined;
}
