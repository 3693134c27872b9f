// Details of one node: its facts, the what-if buttons, its measures, flows in and out, the end
// users that depend on it and its sources.
import type { ReactNode } from 'react';
import { labeller } from '../kit/labels.ts';
import type { Dataset } from '../../data/schema.ts';
import { neighbourhood } from '../../core/neighbourhood.ts';
import type { Intervention, Scenario } from '../../core/scenario.ts';
import type { Selection, ViewDoc } from '../../state/document.ts';
import { formatTonnes } from '../kit/format.ts';
import type { MeasureRow } from '../results/drawn.ts';
import type { Dependents } from '../results/useDependents.ts';
import { SourceLinks } from './SourceLinks.tsx';
import { BestCase } from './BestCase.tsx';
import { LinkButton } from '../kit/LinkButton.tsx';
import {
  DependentsList,
  MeasuresTable,
  NodeActions,
  NodeFacts,
  PresetsWith,
} from './NodeDetailsParts.tsx';

export interface NodeDetailsProps {
  readonly dataset: Dataset;
  readonly focus: ViewDoc['focus'];
  readonly measures?: readonly MeasureRow[] | undefined;
  /** From the engine; undefined while it works. */
  readonly dependents?: Dependents | undefined;
  readonly onIntervene: (i: Intervention) => void;
  readonly onFocus: (focus: ViewDoc['focus']) => void;
  readonly onSelect: (s: Selection) => void;
  /** The embedded view shows facts only: no scenario editing. */
  readonly readOnly?: boolean;
  /** For an end user under the scenario: its supply over time. */
  readonly supply?: ReactNode;
  /** What the node handles under the scenario, at once; undefined at baseline. */
  readonly underScenario?: number | undefined;
  /**
   * For an end user: the most it could get after rerouting if it came first, worked out on
   * request under `scenario`.
   */
  readonly bestCase?: { readonly scenario: Scenario } | undefined;
  /** Loads a preset of the dataset (those that act on the node are offered). */
  readonly onLoadPreset?: ((id: string) => void) | undefined;
}

export function NodeDetails({
  dataset,
  id,
  focus,
  measures,
  dependents,
  onIntervene,
  onFocus,
  onSelect,
  readOnly,
  supply,
  underScenario,
  bestCase,
  onLoadPreset,
}: NodeDetailsProps & { readonly id: string }) {
  const hood = neighbourhood(dataset);
  const node = dataset.nodes.find((n) => n.id === id);
  const label = labeller(dataset);
  if (node === undefined) return <p>Unknown node.</p>;
  const ins = hood.inEdges.get(id) ?? [];
  const outs = hood.outEdges.get(id) ?? [];
  const inflow = ins.reduce((s, i) => s + (dataset.edges[i]?.flow ?? 0), 0);
  // The engine's definition (what the node takes in), so this agrees with the measures below.
  const throughput = inflow + (node.production ?? 0);

  return (
    <div>
      <h3>{node.label}</h3>
      {/* What can be done with it first: the note below can be a dozen lines. */}
      <NodeActions
        id={id}
        focus={focus}
        canIntervene={readOnly !== true && node.stage !== 'end-user'}
        onIntervene={onIntervene}
        onFocus={onFocus}
      />
      {readOnly !== true && onLoadPreset !== undefined && (
        <PresetsWith dataset={dataset} id={id} onLoad={onLoadPreset} />
      )}
      <NodeFacts node={node} throughput={throughput} underScenario={underScenario} />
      {supply}
      {node.notes !== undefined && <p className="notes">{node.notes}</p>}
      {node.balance !== undefined && <p className="notes">Not balanced: {node.balance.note}</p>}
      <MeasuresTable measures={measures} />
      {[
        { title: 'Flows in', edges: ins, other: (e: Dataset['edges'][number]) => e.source },
        { title: 'Flows out', edges: outs, other: (e: Dataset['edges'][number]) => e.target },
      ].map((list) => (
        <FlowList key={list.title} {...list} dataset={dataset} label={label} onSelect={onSelect} />
      ))}
      {node.stage === 'end-user' && bestCase !== undefined && (
        <BestCase id={id} baseline={inflow} scenario={bestCase.scenario} />
      )}
      {node.stage !== 'end-user' && (
        <DependentsList id={id} dependents={dependents} label={label} onSelect={onSelect} />
      )}
      <h4>Sources</h4>
      <SourceLinks dataset={dataset} ids={node.sources} />
    </div>
  );
}

function FlowList(props: {
  title: string;
  dataset: Dataset;
  edges: readonly number[];
  other: (e: Dataset['edges'][number]) => string;
  label: (id: string) => string;
  onSelect: (s: Selection) => void;
}) {
  const { title, dataset, edges, other, label, onSelect } = props;
  return (
    <>
      <h4>{title}</h4>
      {edges.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="plain">
          {edges.map((i) => {
            const e = dataset.edges[i];
            if (e === undefined) return null;
            return (
              <li key={i}>
                <LinkButton onClick={() => onSelect({ type: 'edge', index: i })}>
                  {label(other(e))}
                </LinkButton>
                : {formatTonnes(e.flow)}
                {e.material !== undefined && <span className="muted"> ({e.material})</span>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
