// The end users that depend on a node, with the share of their supply passing through it,
// asked of the worker when a node is selected.
import { useEffect, useState } from 'react';
import type { Dependent } from './engineClient.ts';
import { analysisEngine } from './engineClient.ts';

export function useDependents(
  nodeId: string | null,
  ready: boolean,
): readonly Dependent[] | undefined {
  const [state, setState] = useState<{ id: string; value: readonly Dependent[] } | null>(null);
  useEffect(() => {
    if (nodeId === null || !ready) return undefined;
    let cancelled = false;
    void analysisEngine()
      .dependents(nodeId)
      .then((value) => {
        if (!cancelled) setState({ id: nodeId, value });
      });
    return () => {
      cancelled = true;
    };
  }, [nodeId, ready]);
  return state !== null && state.id === nodeId && ready ? state.value : undefined;
}
