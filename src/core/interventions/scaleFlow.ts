// Scale a flow: every flow from `source` to `target` (of `material`, when given) falls to `factor`
// of baseline (0.26 = down 74%). A flow-level export control, for a buyer a route cannot name
// (e.g. "China's magnet exports to other countries", whose node is in China).
import { z } from '../zod.ts';
import { parseFigure } from '../figures.ts';
import {
  checkFlowBetween,
  carries,
  change,
  material,
  nodeId,
  ofMaterial,
  ofWhat,
  extraFields,
  scaleEdges,
  shareKept,
  type InterventionKind,
} from './kind.ts';

const schema = z.object({
  type: z.literal('scale-flow'),
  source: nodeId,
  target: nodeId,
  factor: shareKept,
  material: material.optional(),
});
export type ScaleFlow = Readonly<z.infer<typeof schema>>;

function flow(source: string, target: string, factor: number, m: string | undefined): ScaleFlow {
  return m === undefined || m === ''
    ? { type: 'scale-flow', source, target, factor }
    : { type: 'scale-flow', source, target, factor, material: m };
}

const FACTOR = 'the factor must be between 0 and 1';

export const scaleFlow = {
  type: 'scale-flow',
  label: 'Cut a flow',
  schema,
  describe: (i, names) =>
    `Cut ${names.node(i.source)} → ${names.node(i.target)}${ofMaterial(i.material)} ${change(i.factor)}`,
  url: {
    tag: 'flow',
    // flow:SOURCE:TARGET:0.26, flow:SOURCE:TARGET:0.26:NdFeB magnets
    encode: (i) => [
      i.source,
      i.target,
      String(i.factor),
      ...(i.material === undefined ? [] : [i.material]),
    ],
    decode: (fields) => {
      const [source, target, text, m] = fields;
      const extra = extraFields(fields, 4, 'flow:SOURCE:TARGET:FACTOR[:MATERIAL]');
      if (extra !== null) return extra;
      if ((source ?? '') === '' || (target ?? '') === '') return 'expected SOURCE:TARGET node ids';
      const factor = parseFigure(text, 0, 1);
      if (!factor.ok) return `${FACTOR}, got "${text ?? ''}" (${factor.error})`;
      return flow(source ?? '', target ?? '', factor.value, m);
    },
  },
  cli: {
    flag: '--scale-flow',
    usage: ['--scale-flow ID>ID=F[@M]', 'cut the flows from one node to another to F (of M)'],
    encode: (i) =>
      `${i.source}>${i.target}=${i.factor}${i.material === undefined ? '' : `@${i.material}`}`,
    decode: (value) => {
      const gt = value.indexOf('>');
      const eq = value.indexOf('=', gt + 1);
      if (gt <= 0 || eq < 0 || eq === gt + 1) return 'expected SOURCE>TARGET=F, such as a>b=0.3';
      const at = value.indexOf('@', eq + 1);
      const text = at < 0 ? value.slice(eq + 1) : value.slice(eq + 1, at);
      const factor = parseFigure(text, 0, 1);
      if (!factor.ok) return `${FACTOR} (${factor.error})`;
      return flow(
        value.slice(0, gt),
        value.slice(gt + 1, eq),
        factor.value,
        at < 0 ? undefined : value.slice(at + 1),
      );
    },
  },
  check: (i, facts) => checkFlowBetween(i, facts),
  apply: (i, target) => {
    const { g } = target;
    if (!Number.isFinite(i.factor) || i.factor < 0 || i.factor > 1) {
      return `factor ${i.factor} must be between 0 and 1`;
    }
    const s = g.index.get(i.source);
    const t = g.index.get(i.target);
    if (s === undefined) return `unknown node ${JSON.stringify(i.source)}`;
    if (t === undefined) return `unknown node ${JSON.stringify(i.target)}`;
    return scaleEdges(
      target,
      (e) =>
        g.edgeSource[e] === s && g.edgeTarget[e] === t && carries(g.edgeMaterial[e], i.material),
      i.factor,
      `no flow${ofWhat(i.material)} from ${JSON.stringify(i.source)} to ${JSON.stringify(i.target)}`,
    );
  },
} as const satisfies InterventionKind<ScaleFlow>;
