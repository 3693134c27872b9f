// The "Details" region: everything known about the selected node or flow, with its sources.
import type { Selection } from '../../state/document.ts';
import { NodeDetails, type NodeDetailsProps } from './NodeDetails.tsx';
import { FlowDetails } from './FlowDetails.tsx';

export function DetailsPanel(props: NodeDetailsProps & { readonly selection: Selection | null }) {
  const { dataset, selection } = props;
  return (
    <section className="panel details" aria-label="Details">
      <h2>Details</h2>
      {selection === null && (
        <p className="muted">Click a node or a flow, or pick one in the Nodes table.</p>
      )}
      {selection?.type === 'node' && <NodeDetails {...props} id={selection.id} />}
      {selection?.type === 'edge' && (
        <FlowDetails dataset={dataset} index={selection.index} onSelect={props.onSelect} />
      )}
    </section>
  );
}
