// Files that used to end badly on the command line: a graph from another tool with no flows
// (a report of 0 nodes and exit 0), 120,000 rows (a stack overflow, exit 1), deep JSON in graph
// metadata, a CSV whose folder named the wrong role, a stage value we do not know (its flows
// dropped without a line). Each now ends in a result or a refusal (exit 2) that says what.
import { describe, expect, it } from 'vitest';
import { runAnalyze, type RunIo } from '../../../src/cli/runAnalyze.ts';
import { importFiles } from '../../../src/data/formats/importFiles.ts';

const enc = new TextEncoder();
const ioOf = (files: Record<string, string>): RunIo => ({
  readFile: (f) => enc.encode(files[f] ?? ''),
  fileSize: (f) => (files[f] ?? '').length,
});

const LES_MIS_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <meta><creator>Gephi</creator></meta>
  <graph defaultedgetype="undirected">
    <nodes><node id="0" label="Myriel"/><node id="1" label="Napoleon"/><node id="2" label="Cravatte"/></nodes>
    <edges><edge id="0" source="1" target="0"/><edge id="1" source="2" target="0"/></edges>
  </graph>
</gexf>`;

const NETWORKX_GRAPHML = `<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="d0">A</data></node><node id="b"/><node id="c"/>
    <edge source="a" target="b"/><edge source="b" target="c"/>
  </graph>
</graphml>`;

describe('npm run analyze on files that used to end quietly or in an internal error', () => {
  it.each([
    [
      'lesmis.gexf',
      LES_MIS_GEXF,
      /lesmis\.gexf: none of its 2 edges has a flow \(no "flow" or "weight" attribute\)/,
    ],
    ['yeast.graphml', NETWORKX_GRAPHML, /yeast\.graphml: none of its 2 edges has a flow/],
  ])(
    '%s with no flow attribute: refused (exit 2), saying what is missing',
    async (name, text, message) => {
      const r = await runAnalyze([name], ioOf({ [name]: text }));
      expect(r).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toMatch(message);
    },
  );

  it('a graph whose every node lacks a country: refused (exit 2), never an empty report', async () => {
    const weighted = LES_MIS_GEXF.replace(/<edge (.*?)\/>/g, '<edge $1 weight="1"/>');
    const r = await runAnalyze(['g.gexf'], ioOf({ 'g.gexf': weighted }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing to analyse: no node could be imported/);
  });

  it('GEXF metadata nested 5,000 deep: refused with its place (exit 2)', async () => {
    const deep = LES_MIS_GEXF.replace(/<edge (.*?)\/>/g, '<edge $1 weight="1"/>').replace(
      '<creator>Gephi</creator>',
      `<chokepoint>${'['.repeat(5000)}</chokepoint>`,
    );
    const r = await runAnalyze(['deep.gexf'], ioOf({ 'deep.gexf': deep }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /deep\.gexf: GEXF metadata "chokepoint": not JSON: nested more than 256 levels/,
    );
  });

  it('a CSV takes its role from its file name, not its folder (flows/nodes.csv holds nodes)', async () => {
    const files = {
      'flows/nodes.csv': 'id,stage,country\nm,mine,AU\nu,end-user,JP\n',
      'flows/edges.csv': 'source,target,flow\nm,u,5\n',
    };
    const r = await runAnalyze(['flows/nodes.csv', 'flows/edges.csv'], ioOf(files));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dataset: { nodes: 2, edges: 1 } });
  });

  it('120,000 rows import without overflowing the stack', async () => {
    const n = 120_000;
    const edges = ['source,target,flow'];
    for (let i = 0; i < n; i++) edges.push(`m${i % 400},u${i % 300},1`);
    const nodes = ['id,stage,country'];
    for (let i = 0; i < 400; i++) nodes.push(`m${i},mine,AU`);
    for (let i = 0; i < 300; i++) nodes.push(`u${i},end-user,JP`);
    const r = await importFiles([
      { name: 'nodes.csv', data: enc.encode(nodes.join('\n')) },
      { name: 'edges.csv', data: enc.encode(edges.join('\n')) },
    ]);
    // Repeated pairs are refused as duplicates, each with its row: what matters is the answer.
    expect(r.ok).toBe(true);
    expect(r.ok && r.report.refused.length).toBe(n - 1200);
  }, 60_000);
});

describe('refusals in our words, with the place and what', () => {
  it.each([
    ['a.gexf', '<gexf></gexf>', 'a.gexf: no <graph> element: the file holds no nodes or edges'],
    [
      'd.graphml',
      '<graphml></graphml>',
      'd.graphml: no <graph> element: the file holds no nodes or edges',
    ],
    [
      'b.gexf',
      '<gexf><graph><nodes><node id="a"/></nodes></graph></gexf>',
      'b.gexf: the graph has no edges: nothing flows, so there is nothing to analyse',
    ],
    [
      'c.gexf',
      '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="zz"/></edges></graph></gexf>',
      'c.gexf edge 1: its target "zz" is no node in the file',
    ],
  ])('%s', async (name, text, message) => {
    const r = await importFiles([{ name, data: enc.encode(text) }]);
    expect(r.ok || r.errors).toEqual([message]);
  });

  it('a weight that is no number is named so, not "NaN"', async () => {
    const text =
      '<gexf><graph defaultedgetype="directed"><attributes class="edge"><attribute id="w" title="weight" type="double"/></attributes><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" weight="x"/></edges></graph></gexf>';
    const r = await importFiles([{ name: 'w.gexf', data: enc.encode(text) }]);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/NaN|undefined|Cannot/);
  });
});

describe('imports that say everything (stage values we do not know, lost flows, balance)', () => {
  const nodes = 'id,stage,country\nm,mine,AU\nr,refinery,CN\nc,customer,DE\nx,processor,Atlantis\n';
  const edges = 'source,target,flow\nm,r,10\nr,c,8\nm,x,2\n';

  it('infers an unknown stage from the flows, lists the value for mapping, and names every lost flow', async () => {
    const r = await importFiles([
      { name: 'nodes.csv', data: enc.encode(nodes) },
      { name: 'edges.csv', data: enc.encode(edges) },
    ]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.dataset.nodes.map((n) => [n.id, n.stage])).toEqual([
      ['m', 'mine'],
      ['r', 'magnet-maker'],
      ['c', 'end-user'],
    ]);
    expect(r.report.unknownStages).toEqual([
      { text: 'refinery', nodes: ['r'] },
      { text: 'customer', nodes: ['c'] },
    ]);
    expect(r.report.inferred.map((i) => i.reason)).toEqual([
      'its stage "refinery" is not one we know; it supplies an end user directly',
      'its stage "customer" is not one we know; nothing flows out of it',
    ]);
    expect(r.report.refused).toEqual([
      {
        place: 'edges.csv row 4',
        reason: 'lost with its target node "x", refused at nodes.csv row 5',
      },
      {
        place: 'nodes.csv row 5',
        reason: 'country "Atlantis" is not an ISO 3166 code or country name',
      },
    ]);
    expect(r.report.notes).toContainEqual(
      expect.stringMatching(/\("r"\) is unbalanced: it receives 10 but ships 8/),
    );
  });

  it('the command line lists the unknown stage values and every lost flow on stderr', async () => {
    const r = await runAnalyze(
      ['nodes.csv', 'edges.csv'],
      ioOf({ 'nodes.csv': nodes, 'edges.csv': edges }),
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'stage values not known (read from the flows instead; map them to a stage to choose): "refinery" (r); "customer" (c)',
    );
    expect(r.stderr).toContain(
      'refused edges.csv row 4: lost with its target node "x", refused at nodes.csv row 5',
    );
    expect(JSON.parse(r.stdout)).toMatchObject({
      import: { unknownStages: [{ text: 'refinery' }, { text: 'customer' }] },
    });
  });

  it('a stage value the user mapped is read as that stage', async () => {
    const r = await importFiles(
      [
        { name: 'nodes.csv', data: enc.encode(nodes) },
        { name: 'edges.csv', data: enc.encode(edges) },
      ],
      { stages: { refinery: 'intermediary' } },
    );
    expect(r.ok && r.dataset.nodes.find((n) => n.id === 'r')?.stage).toBe('intermediary');
  });
});
