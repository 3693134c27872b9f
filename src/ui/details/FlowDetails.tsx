// Details of one flow: its ends, the figure as recorded and as reported, the conversion between
// them, and its sources.
import type { Dataset } from '../../data/schema.ts';
import type { Selection } from '../../state/document.ts';
import { labeller } from '../kit/labels.ts';
import { formatExact, formatTonnes } from '../kit/format.ts';
import { Tonnes } from '../kit/Figure.tsx';
import { SourceLinks } from './SourceLinks.tsx';
import { LinkButton } from '../kit/LinkButton.tsx';
import { conversionSum } from './facts.ts';

export function FlowDetails({
  dataset,
  index,
  onSelect,
}: {
  dataset: Dataset;
  index: number;
  onSelect: (s: Selection) => void;
}) {
  const e = dataset.edges[index];
  if (e === undefined) return <p>Unknown flow.</p>;
  const label = labeller(dataset);
  return (
    <div>
      <h3>
        <LinkButton onClick={() => onSelect({ type: 'node', id: e.source })}>
          {label(e.source)}
        </LinkButton>{' '}
        →{' '}
        <LinkButton onClick={() => onSelect({ type: 'node', id: e.target })}>
          {label(e.target)}
        </LinkButton>
      </h3>
      <dl className="facts">
        <dt>Flow</dt>
        <dd>
          <Tonnes value={e.flow} />
        </dd>
        {e.estimate !== undefined && (
          <>
            <dt>Estimate</dt>
            <dd>
              {formatTonnes(e.estimate.low)} – {formatTonnes(e.estimate.high)}
            </dd>
          </>
        )}
        {e.reported !== undefined && (
          <>
            <dt>As reported</dt>
            <dd>
              {formatExact(e.reported.value)} {e.reported.unit} ({e.reported.basis})
            </dd>
          </>
        )}
        {e.reported !== undefined && e.conversion !== undefined && (
          <>
            <dt>Conversion</dt>
            <dd data-testid="conversion">
              {conversionSum(e.reported.value, e.conversion.factor, e.flow)}
            </dd>
          </>
        )}
        <dt>Material</dt>
        <dd>{e.material ?? 'not stated'}</dd>
        <dt>Year</dt>
        <dd>{e.year ?? 'not stated'}</dd>
      </dl>
      {e.conversion !== undefined && (
        <p className="notes">
          Conversion: {e.conversion.note}{' '}
          <SourceLinks dataset={dataset} ids={e.conversion.sources} />
        </p>
      )}
      {e.notes !== undefined && <p className="notes">{e.notes}</p>}
      <h4>Sources</h4>
      <SourceLinks dataset={dataset} ids={e.sources} />
    </div>
  );
}
