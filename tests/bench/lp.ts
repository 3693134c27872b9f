// The rerouting linear programs (both answers: the largest total, and the fair share by
// progressive filling), solved by HiGHS (WebAssembly, one instance) on generated networks with
// three materials (NdPr, Dy/Tb, magnet; mines and magnet makers are converters), the largest
// processor removed. Part of `npm run bench`; alone: `npx tsx tests/bench/lp.ts [sizes...]`.
import highsLoader from 'highs';
import {
  analyzeScenario,
  buildSupplyGraph,
  lpRerouter,
  propagateNoSubstitution,
  rerouteByLp,
  scenarioFactors,
  type SupplyGraph,
} from '../../src/core/analysis/index.ts';
import { generateThreeMaterialNetwork } from '../../src/core/analysis/lp/generate.ts';

function largestProcessor(g: SupplyGraph): string {
  let best = 0;
  for (let v = 0; v < g.n; v++) {
    if (g.stage[v] === 1 && (g.supply[v] as number) > (g.supply[best] as number)) best = v;
  }
  return g.ids[best] as string;
}

const time = (work: () => unknown): number => {
  const start = performance.now();
  work();
  return performance.now() - start;
};
const ms = (x: number) => (x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);

export async function lpBench(sizes: readonly number[]): Promise<string[]> {
  const highs = await highsLoader();
  highs.solve('Maximize\n obj: x\nSubject To\n c: x <= 1\nEnd\n'); // compile the WebAssembly
  const rows: Record<string, string[]> = {};
  const cell = (label: string, value: string) => (rows[label] ??= []).push(value);
  for (const size of sizes) {
    const g = buildSupplyGraph(generateThreeMaterialNetwork({ nodes: size, seed: 2026 }));
    const scenario = {
      interventions: [{ type: 'remove-node' as const, node: largestProcessor(g) }],
    };
    const compiled = scenarioFactors(g, scenario);
    if (!compiled.ok) throw new Error(compiled.errors.join('; '));
    const f = compiled.factors;
    const served = propagateNoSubstitution(g, f).served;
    let programs = 0;
    cell('edges (three materials)', String(g.m));
    cell('end users', String(g.endUsers.length));
    const lp = time(() => (programs = rerouteByLp(highs, g, f, served).programs));
    cell('linear programs, both answers', ms(lp));
    cell('programs solved (1 + fair-share rounds)', String(programs));
    cell(
      'one scenario, both outcomes, rerouting by linear programs',
      ms(time(() => analyzeScenario(g, scenario, { rerouter: lpRerouter(highs) }))),
    );
    process.stderr.write(`  linear programs at ${size} nodes done\n`);
  }
  return [
    `Rerouting by linear programs (HiGHS ${'1.15'}, one run each):`,
    '',
    `| | ${sizes.map((n) => `${n.toLocaleString('en')} nodes`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...Object.entries(rows).map(([label, values]) => `| ${label} | ${values.join(' | ')} |`),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const lines = await lpBench(sizes.length > 0 ? sizes : [1_000, 10_000]);
  process.stdout.write(`${lines.join('\n')}\n`);
}
