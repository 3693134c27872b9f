// Scale a node's capacity: factor 0.3 = the node passes on 30% of what it would (a 70% cut);
// a factor above 1 raises it.
import { z } from '../zod.ts';
import { MAX_FIGURE, parseFigure } from '../figures.ts';
import {
  capacityFactor,
  change,
  extraFields,
  nodeId,
  scaleNode,
  unknownNode,
  type InterventionKind,
} from './kind.ts';

const schema = z.object({
  type: z.literal('scale-capacity'),
  node: nodeId,
  factor: capacityFactor,
});
export type ScaleCapacity = Readonly<z.infer<typeof schema>>;

export const scaleCapacity = {
  type: 'scale-capacity',
  label: "Cut a node's capacity",
  schema,
  describe: (i, names) =>
    `${i.factor <= 1 ? 'Cut' : 'Raise'} ${names.node(i.node)} ${change(i.factor)}`,
  url: {
    tag: 'cut',
    encode: (i) => [i.node, String(i.factor)],
    decode: (fields) => {
      const [node, text] = fields;
      const extra = extraFields(fields, 2, 'cut:NODE:FACTOR');
      if (extra !== null) return extra;
      const factor = parseFigure(text, 0, MAX_FIGURE);
      if (!factor.ok)
        return `capacity factor must be a number ≥ 0, got "${text ?? ''}" (${factor.error})`;
      return { type: 'scale-capacity', node: node ?? '', factor: factor.value };
    },
  },
  cli: {
    flag: '--factor',
    usage: ['--factor ID=F', "scale node ID's capacity by F (0.3 = a 70% cut)"],
    encode: (i) => `${i.node}=${i.factor}`,
    decode: (value) => {
      const at = value.lastIndexOf('=');
      if (at <= 0) return 'expected ID=F with F a number ≥ 0';
      const factor = parseFigure(value.slice(at + 1), 0, MAX_FIGURE);
      if (!factor.ok) return `expected ID=F with F a number ≥ 0 (${factor.error})`;
      return { type: 'scale-capacity', node: value.slice(0, at), factor: factor.value };
    },
  },
  check: (i, facts) => unknownNode('node', i.node, facts),
  apply: (i, target) => {
    if (!Number.isFinite(i.factor) || i.factor < 0) {
      return `factor ${i.factor} must be a number of at least 0`;
    }
    return scaleNode(target, i.node, i.factor);
  },
  form: {
    fields: [
      { key: 'node', label: 'Node', input: 'node' },
      { key: 'cut', label: 'Cut by (%)', input: 'percent', initial: 70, step: 5 },
    ],
    build: (v) => ({
      type: 'scale-capacity',
      node: v['node'] ?? '',
      factor: Math.round(100 - Number(v['cut'] ?? 0)) / 100,
    }),
    values: (i) => ({ node: i.node, cut: String(Math.round((1 - i.factor) * 100)) }),
  },
} as const satisfies InterventionKind<ScaleCapacity>;
