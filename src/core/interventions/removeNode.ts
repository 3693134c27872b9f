// Remove a node: it passes nothing on, as if it had closed.
import { z } from '../zod.ts';
import { extraFields, nodeId, scaleNode, unknownNode, type InterventionKind } from './kind.ts';

const schema = z.object({ type: z.literal('remove-node'), node: nodeId });
export type RemoveNode = Readonly<z.infer<typeof schema>>;

export const removeNode = {
  type: 'remove-node',
  label: 'Remove a node',
  schema,
  describe: (i, names) => `Remove ${names.node(i.node)}`,
  url: {
    tag: 'remove',
    encode: (i) => [i.node],
    decode: (fields) =>
      extraFields(fields, 1, 'remove:NODE') ?? { type: 'remove-node', node: fields[0] ?? '' },
  },
  cli: {
    flag: '--remove',
    usage: ['--remove ID', 'take node ID out (repeatable)'],
    encode: (i) => i.node,
    decode: (value) => (value === '' ? 'needs a node id' : { type: 'remove-node', node: value }),
  },
  check: (i, facts) => unknownNode('node', i.node, facts),
  apply: (i, target) => scaleNode(target, i.node, 0),
  form: {
    fields: [{ key: 'node', label: 'Node', input: 'node' }],
    build: (v) => ({ type: 'remove-node', node: v['node'] ?? '' }),
    values: (i) => ({ node: i.node }),
  },
} as const satisfies InterventionKind<RemoveNode>;
