// A component's way to the engine's one-off questions: the entry of `q` read from the store,
// asked of it once while `q` is given (null: nothing wanted yet).
import { useEffect } from 'react';
import {
  questionKey,
  selectQuery,
  type AnswerOf,
  type Question,
  type QueryEntry,
} from './queries.ts';
import { useAppStore } from './useAppStore.ts';

export function useQuery<Q extends Question>(q: Q | null): QueryEntry<AnswerOf<Q>> | undefined {
  const ask = useAppStore((s) => s.query);
  const dataset = useAppStore((s) => s.dataset);
  const key = q === null ? null : questionKey(q);
  useEffect(() => {
    if (q !== null) ask(q);
    // Asked again only for another question or dataset, not for an equal one written anew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, dataset, ask]);
  return useAppStore((s) => (q === null ? undefined : selectQuery(q)(s)));
}
