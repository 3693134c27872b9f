// The dataset's own parts ride in a GEXF or GraphML file as one JSON attribute, "chokepoint".
// A file whose attribute has the wrong shape, is not JSON or nests too deep is refused with the
// place, never half-read and never by an exception.
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../src/data/formats/importFiles.ts';
import { readDatasetAttribute } from '../../../../src/data/formats/graphTables.ts';
import { file } from './helpers.ts';

/** A two-node graph written by graphology-gexf, with `chokepoint` as its graph attribute. */
function gexfWith(chokepoint: string): string {
  const g = new MultiDirectedGraph();
  g.setAttribute('title', 'Hand edited');
  g.setAttribute('chokepoint', chokepoint);
  g.addNode('mine', { label: 'Mine', stage: 'mine', country: 'AU' });
  g.addNode('user', { label: 'User', stage: 'end-user', country: 'DE' });
  g.addEdgeWithKey('e0', 'mine', 'user', { weight: 5, material: 'ore' });
  return writeGexf(g, { version: '1.3' });
}

const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function graphmlWith(chokepoint: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g_chokepoint" for="graph" attr.name="chokepoint" attr.type="string"/>
  <key id="n_stage" for="node" attr.name="stage" attr.type="string"/>
  <key id="n_country" for="node" attr.name="country" attr.type="string"/>
  <key id="e_flow" for="edge" attr.name="flow" attr.type="double"/>
  <key id="e_material" for="edge" attr.name="material" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <data key="g_chokepoint">${escapeXml(chokepoint)}</data>
    <node id="mine"><data key="n_stage">mine</data><data key="n_country">AU</data></node>
    <node id="user"><data key="n_stage">end-user</data><data key="n_country">DE</data></node>
    <edge source="mine" target="user"><data key="e_flow">5</data><data key="e_material">ore</data></edge>
  </graph>
</graphml>
`;
}

describe('the "chokepoint" metadata of a GEXF or GraphML file', () => {
  it('a well-formed attribute is read: sources become a table', async () => {
    const text = JSON.stringify({
      year: 2024,
      sources: [{ id: 's1', title: 'A report', year: 2024 }],
      materials: [],
      scenarios: [],
      stories: [],
    });
    const r = await importFiles([file('ok.gexf', gexfWith(text))]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.dataset.sources.map((s) => s.id)).toEqual(['s1']);
    expect(r.dataset.nodes).toHaveLength(2);
  });

  it('{"sources":5} in a GEXF is refused with the field and what it holds', async () => {
    const r = await importFiles([file('bad.gexf', gexfWith('{"sources":5}'))]);
    expect(r).toEqual({
      ok: false,
      errors: ['bad.gexf: GEXF metadata "chokepoint": sources: must be a list, got 5'],
    });
  });

  it('the same in a GraphML file names GraphML', async () => {
    const r = await importFiles([file('bad.graphml', graphmlWith('{"materials":[1]}'))]);
    expect(r).toEqual({
      ok: false,
      errors: [
        'bad.graphml: GraphML metadata "chokepoint": materials[0]: must be an object, got 1',
      ],
    });
  });

  it.each([
    ['a list', '[1,2]', '(top level): must be an object, got a list'],
    ['a number', '7', '(top level): must be an object, got 7'],
    ['a year that is an object', '{"year":{}}', 'year: an object matches none of the forms'],
    ['a licence that is a number', '{"licence":3}', 'licence: must be text, got 3'],
    ['stories that are text', '{"stories":"x"}', 'stories: must be a list, got "x"'],
    [
      'a scenario that is null',
      '{"scenarios":[null]}',
      'scenarios[0]: must be an object, got null',
    ],
  ])('%s is refused', async (_what, text, message) => {
    const r = await importFiles([file('bad.gexf', gexfWith(text))]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toContain(`bad.gexf: GEXF metadata "chokepoint": ${message}`);
  });

  it('text that is not JSON is refused with where it breaks', async () => {
    const r = await importFiles([file('bad.gexf', gexfWith('{"sources":[}'))]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        'bad.gexf: GEXF metadata "chokepoint": not JSON: a value should come here at line 1 column 13',
      ]);
    }
  });

  it('nesting past 256 levels is refused before it is parsed, as the JSON loader refuses it', () => {
    const deep = `{"stories":${'['.repeat(300)}${']'.repeat(300)}}`;
    expect(readDatasetAttribute(deep, 'here')).toEqual({
      ok: false,
      error: 'here: not JSON: nested more than 256 levels deep at line 1 column 267',
    });
    const fine = `{"stories":[{"x":${'['.repeat(100)}${']'.repeat(100)}}]}`;
    expect(readDatasetAttribute(fine, 'here').ok).toBe(true);
  });
});
