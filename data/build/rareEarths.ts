// Assembles data/rare-earths.json: metadata, sources, materials, the network and the presets.
// `npx tsx data/build/write.ts` writes the file; a unit test checks the file is what this
// produces, so edit the figures here (and their notes), not in the JSON.
import { STAGES } from '../../src/core/model.ts';
import { SCHEMA_VERSION } from '../../src/data/schema.ts';
import { buildNetwork } from './network.ts';
import { nodeGeo } from './geo.ts';
import { buildScenarios } from './scenarios.ts';
import { buildEvents } from './events.ts';
import { buildStories } from './stories.ts';
import { buildSources } from './sources.ts';
import { MATERIALS, MATERIAL_NOTES } from './materials.ts';
import { buildPeriods, buildPeriodSources } from './periods.ts';

export const LICENCE =
  'Figures are taken from the public sources listed in `sources`, or derived from them as each note says. The compilation (selection, arrangement, derivations and notes) may be reused under CC BY 4.0: credit "Chokepoint rare-earth dataset" and cite the underlying sources for any figure you quote. The sources keep their own terms. See data/README.md.';

export function buildRareEarths() {
  const network = buildNetwork();
  const stageOf = new Map(network.nodes.map((n) => [n.id, STAGES.indexOf(n.stage)]));
  const rank = (id: string) => stageOf.get(id) ?? STAGES.length;
  // Stable sorts: nodes by stage, flows by the stage they leave and then the stage they reach.
  const nodes = [...network.nodes]
    .sort((a, b) => rank(a.id) - rank(b.id))
    .map((n) => ({ ...n, geo: nodeGeo(n) }));
  const edges = [...network.edges].sort(
    (a, b) => rank(a.source) - rank(b.source) || rank(a.target) - rank(b.target),
  );
  return {
    format: 'chokepoint-dataset',
    schemaVersion: SCHEMA_VERSION,
    title: 'Rare-earth magnet supply chain, 2024 baseline',
    description:
      'Mines, separation plants, metal makers, trade hubs, magnet makers and end users of rare earths, with every flow in tonnes of rare-earth oxide equivalent a year (t REO) and the material it carries. Separation plants, metal makers and magnet makers are converters with recipes; what leaves the modelled chain goes to outside-demand nodes, so every tonne is accounted for. 2024 figures where the sources have them (USGS MCS 2026 for mining); each node and flow gives its year, sources and, for estimates, how it was derived. Method and caveats: data/README.md.',
    year: 2024,
    basis: 't REO',
    licence: LICENCE,
    sources: [...buildSources(), ...buildPeriodSources()],
    materials: Object.values(MATERIALS).map((id) => ({ id, notes: MATERIAL_NOTES[id] ?? '' })),
    nodes,
    edges,
    scenarios: buildScenarios(),
    stories: buildStories(),
    periods: buildPeriods(),
    events: buildEvents(),
  };
}
