// The results panel's "2025: model and record" tab: asks the analysis worker for the year's
// hindcast (the command line's `--hindcast 2025`, same draws and seed) once per dataset, and
// shows it beside the bundled record of what end users reported.
import { useMemo } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { loadBundledRecord } from '../../data/recordBundled.ts';
import { useQuery } from '../../state/useQuery.ts';
import { HindcastView } from './HindcastView.tsx';

export const HINDCAST_YEAR = 2025;
export const HINDCAST_TAB_LABEL = `${HINDCAST_YEAR}: model and record`;

const QUESTION = { kind: 'hindcast', year: HINDCAST_YEAR } as const;

export function HindcastTab({
  dataset,
  onSelect,
}: {
  dataset: Dataset;
  onSelect: (id: string) => void;
}) {
  const entry = useQuery(QUESTION);
  const record = useMemo(() => loadBundledRecord(), []);
  if (entry === undefined || entry.status === 'pending') {
    return (
      <p className="muted" role="status">
        Simulating {HINDCAST_YEAR} day by day, then again on each draw of the figures’ ranges (as
        the command line’s <code>--hindcast {HINDCAST_YEAR}</code>)…
      </p>
    );
  }
  if (entry.status === 'failed') {
    return (
      <p role="alert">
        The {HINDCAST_YEAR} hindcast failed: {entry.message}
      </p>
    );
  }
  if (typeof entry.value === 'string') {
    return (
      <p>
        No {HINDCAST_YEAR} hindcast: {entry.value}.
      </p>
    );
  }
  return <HindcastView dataset={dataset} model={entry.value} record={record} onSelect={onSelect} />;
}
