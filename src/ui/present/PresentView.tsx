// Present mode: one story step per screen, arrow keys or a clicker to move on, the camera
// gliding to what the step shows. The caption (headline first), its sources and a short "who
// loses most" list sit in a column beside the graph, never over it; the full impact table is
// one click away.
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import type { Story } from '../../data/schema.ts';
import type { ScenarioResult } from '../../core/analysis/index.ts';
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import { SourceLinks } from '../details/SourceLinks.tsx';
import { ImpactTable } from '../results/ImpactView.tsx';
import { headlineText, losersForReader, refusedHeadline } from '../results/headline.ts';
import { labeller } from '../kit/labels.ts';
import type { DrawnAnalysis } from '../graph/decor.ts';
import { useGraphModel } from '../graph/useGraphModel.ts';
import { exitPresent, navigate, storyStepSearch } from '../kit/pageParams.ts';
import { PresentControls, usePresentKeys, WhoLosesMost } from './PresentParts.tsx';

const WHO_LOSES_MOST = 5;

interface Props {
  readonly story: Story;
  readonly step: number;
  readonly embed: boolean;
  readonly drawn: DrawnAnalysis;
  readonly sizeLabel: string | null;
  readonly result: ScenarioResult | null;
  /** Why the engine refused the step's scenario, when it did: said instead of "Analysing…". */
  readonly refused?: readonly string[] | null;
}

function frameStep(cy: Core, ids: readonly string[] | undefined) {
  const eles =
    ids === undefined || ids.length === 0
      ? cy.elements()
      : cy.nodes().filter((n) => ids.includes(n.id()));
  cy.stop();
  cy.animate({ fit: { eles, padding: 50 } }, { duration: 600, easing: 'ease-in-out-cubic' });
}

export function PresentView({ story, step, embed, drawn, sizeLabel, result, refused }: Props) {
  const model = useGraphModel(drawn);
  const { dataset, positions, select, cy } = model;
  const [showTable, setShowTable] = useState(false);
  const index = Math.min(Math.max(0, step), story.steps.length - 1);
  const current = story.steps[index];
  const go = (to: number) => {
    if (to >= 0 && to < story.steps.length) navigate(storyStepSearch(story.id, to, embed));
  };
  const exit = exitPresent;

  usePresentKeys(index, story.steps.length, go, exit, embed);

  const zoomTo = current?.view.zoomTo;
  useEffect(() => {
    if (cy !== null && !cy.destroyed()) frameStep(cy, zoomTo);
  }, [cy, positions, index, zoomTo]);

  if (current === undefined) return <p>This story has no steps.</p>;
  const headline =
    refused !== null && refused !== undefined
      ? refusedHeadline(dataset, refused)
      : headlineText(dataset, result, current.preset, 'audience');
  // A step under a preset and with no sources of its own cites the preset's.
  const preset = dataset.scenarios.find((p) => p.id === current.preset);
  const sources = current.sources.length > 0 ? current.sources : (preset?.sources ?? []);
  const label = labeller(dataset);
  const losers = result === null ? [] : losersForReader(dataset, result).slice(0, WHO_LOSES_MOST);
  return (
    <div className="present">
      <section className="caption" aria-label="Story step" aria-live="polite">
        <p className="present-headline" data-testid="present-headline">
          {headline ?? 'Analysing…'}
        </p>
        <p className="muted small">
          {story.title} · step {index + 1} of {story.steps.length}
        </p>
        <h2>{current.title}</h2>
        <p>{current.caption}</p>
        <SourceLinks dataset={dataset} ids={sources} />
        <WhoLosesMost losers={losers} label={label} />
        <PresentControls
          index={index}
          count={story.steps.length}
          go={go}
          showTable={showTable}
          onToggleTable={() => setShowTable((v) => !v)}
          embed={embed}
          exit={exit}
        />
      </section>
      <div className="present-graph">
        <GraphCanvas model={model} sizeLabel={sizeLabel} rendererChoice={false} />
      </div>
      {showTable && result !== null && (
        <section className="present-impact" aria-label="Impact">
          <ImpactTable
            dataset={dataset}
            result={result}
            compact
            onSelect={(id) => select({ type: 'node', id })}
          />
        </section>
      )}
    </div>
  );
}
