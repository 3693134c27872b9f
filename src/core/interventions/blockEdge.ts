// Block a flow: every flow from `source` to `target` (of `material`, when given) stops.
import { z } from '../zod.ts';
import {
  checkFlowBetween,
  carries,
  extraFields,
  material,
  nodeId,
  ofMaterial,
  ofWhat,
  scaleEdges,
  type InterventionKind,
} from './kind.ts';

const schema = z.object({
  type: z.literal('block-edge'),
  source: nodeId,
  target: nodeId,
  material: material.optional(),
});
export type BlockEdge = Readonly<z.infer<typeof schema>>;

const withMaterial = (source: string, target: string, m: string | undefined): BlockEdge =>
  m === undefined || m === ''
    ? { type: 'block-edge', source, target }
    : { type: 'block-edge', source, target, material: m };

export const blockEdge = {
  type: 'block-edge',
  label: 'Block a flow',
  schema,
  describe: (i, names) =>
    `Block ${names.node(i.source)} → ${names.node(i.target)}${ofMaterial(i.material)}`,
  url: {
    tag: 'edge',
    encode: (i) => [i.source, i.target, ...(i.material === undefined ? [] : [i.material])],
    decode: (fields) =>
      extraFields(fields, 3, 'edge:SOURCE:TARGET:MATERIAL') ??
      withMaterial(fields[0] ?? '', fields[1] ?? '', fields[2]),
  },
  cli: {
    flag: '--block-edge',
    usage: ['--block-edge ID>ID[@M]', 'stop the flows from one node to another (of material M)'],
    encode: (i) => `${i.source}>${i.target}${i.material === undefined ? '' : `@${i.material}`}`,
    decode: (value) => {
      const at = value.indexOf('>');
      if (at <= 0 || at === value.length - 1) return 'expected SOURCE>TARGET node ids';
      const rest = value.slice(at + 1);
      const m = rest.indexOf('@');
      if (m === 0) return 'expected SOURCE>TARGET node ids';
      return m < 0
        ? withMaterial(value.slice(0, at), rest, undefined)
        : withMaterial(value.slice(0, at), rest.slice(0, m), rest.slice(m + 1));
    },
  },
  check: (i, facts) => checkFlowBetween(i, facts),
  apply: (i, target) => {
    const { g } = target;
    const s = g.index.get(i.source);
    const t = g.index.get(i.target);
    if (s === undefined) return `unknown node ${JSON.stringify(i.source)}`;
    if (t === undefined) return `unknown node ${JSON.stringify(i.target)}`;
    const none = `no flow${ofWhat(i.material)} from ${JSON.stringify(i.source)} to ${JSON.stringify(i.target)}`;
    return scaleEdges(
      target,
      (e) =>
        g.edgeSource[e] === s && g.edgeTarget[e] === t && carries(g.edgeMaterial[e], i.material),
      0,
      none,
    );
  },
  form: {
    fields: [
      { key: 'node', label: 'From node', input: 'node' },
      { key: 'target', label: 'To node', input: 'node' },
      { key: 'material', label: 'Material', input: 'material' },
    ],
    build: (v) => withMaterial(v['node'] ?? '', v['target'] ?? '', v['material']),
    values: (i) => ({ node: i.source, target: i.target, material: i.material ?? '' }),
  },
} as const satisfies InterventionKind<BlockEdge>;
