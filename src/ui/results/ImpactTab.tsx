// The Impact tab: its tools (only the losers, the linear program to download), the "Impact on
// end users" table, the summary and the bar chart.
import { useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { Intervention } from '../../core/scenario.ts';
import type { AppStore } from '../../state/store.ts';
import { download } from '../export/exportImage.ts';
import { COLUMN_MEANING, ImpactChart, ImpactSummary, ImpactTable } from './ImpactView.tsx';
import type { Results } from './useResults.ts';
import { refusalInWords } from './headline.ts';

interface ImpactTools {
  /** Only end users that lose supply. */
  readonly onlyLosing: boolean;
  readonly setOnlyLosing: (only: boolean) => void;
  /** Downloads the rerouting linear program of the scenario the engine runs. */
  readonly download: () => void;
  /** Why the last download failed, or null. */
  readonly error: string | null;
}

/** The tab's choices, kept by the tabs so that they outlast a visit to another tab. */
export function useImpactTools(
  dataset: Dataset,
  actions: ReturnType<AppStore['getState']>,
  interventions: readonly Intervention[],
  scenarioText: string,
): ImpactTools {
  const [onlyLosing, setOnlyLosing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const downloadProgram = () => {
    const title = [`${dataset.title}: rerouting linear program.`, scenarioText];
    setError(null);
    actions
      .linearProgramOf({ interventions }, title)
      .then((text) => download('rerouting.lp', text, 'text/plain'))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return { onlyLosing, setOnlyLosing, download: downloadProgram, error };
}

export function ImpactTab({
  dataset,
  results,
  tools,
  onSelect,
}: {
  readonly dataset: Dataset;
  readonly results: Results;
  readonly tools: ImpactTools;
  readonly onSelect: (id: string) => void;
}) {
  const { result, stale, run } = results;
  const { onlyLosing, setOnlyLosing, download: downloadProgram, error } = tools;
  return result === null ? (
    <p className="muted">
      {run.status === 'error' ? refusalInWords(dataset, run.errors) : 'Analysing…'}
    </p>
  ) : (
    <>
      {/* The table first: at 1280×720 the panel opens a sixth of the screen high. */}
      <div className="row wrap small impact-tools" data-reveal-from>
        <label className="check">
          <input
            type="checkbox"
            checked={onlyLosing}
            onChange={(e) => setOnlyLosing(e.target.checked)}
          />
          Only end users that lose supply
        </label>
        <button type="button" onClick={downloadProgram}>
          Download linear program
        </button>
        <span className="muted">(CPLEX LP format: check the rerouting with any solver)</span>
        {error !== null && <span role="alert"> {error}</span>}
      </div>
      <div className={stale ? 'impact stale' : 'impact'} aria-busy={stale}>
        <ImpactTable
          dataset={dataset}
          result={result}
          onSelect={onSelect}
          onlyLosing={onlyLosing}
        />
        <details className="small column-meanings">
          <summary>What the columns mean</summary>
          <dl>
            <dt>No substitution</dt>
            <dd>{COLUMN_MEANING.noSubstitution}</dd>
            <dt>With rerouting</dt>
            <dd>{COLUMN_MEANING.withRerouting}</dd>
            <dt>Runs short in</dt>
            <dd>{COLUMN_MEANING.runsShortIn}</dd>
          </dl>
        </details>
        <ImpactSummary result={result} />
        <ImpactChart dataset={dataset} result={result} onlyLosing={onlyLosing} />
      </div>
    </>
  );
}
