// Cells that hold JSON (the dataset table's presets, stories, periods and events; a node's geo,
// recipes and ramps) are read
// with the same nesting cap as every other embedded JSON, and refused at their table and row;
// a preset or story that is not an object is refused as such.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../src/data/formats/importFiles.ts';
import { file } from './helpers.ts';

const nodes = `id,label,stage,country,capacity,year,geo
m,Mine,mine,AU,10,2024,GEO
p,Plant,processor,CN,10,2024,
n,Other mine,mine,AU,10,2024,
`;
const edges = 'source,target,flow,year\nm,p,5,2024\nn,p,5,2024\n';
const deep = `${'['.repeat(300)}${']'.repeat(300)}`;

const importWith = (dataset: string, geo = '') =>
  importFiles([
    file('nodes.csv', nodes.replace('GEO', geo)),
    file('edges.csv', edges),
    file('dataset.csv', `key,value\ntitle,Test\n${dataset}`),
  ]);

describe('JSON cells', () => {
  it('refuses a dataset cell nested 300 deep, naming its table and row', async () => {
    for (const key of ['scenarios', 'stories', 'periods']) {
      const r = await importWith(`${key},${deep}\n`);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^dataset\\.csv row 3: ${key} is not JSON: nested more than 256 levels deep at line 1 column \\d+$`,
          ),
        ),
      ]);
    }
  });

  it('still says a broken dataset cell is not valid JSON', async () => {
    const r = await importWith('scenarios,[{\n');
    expect(!r.ok && r.errors).toEqual(['dataset.csv row 3: scenarios is not valid JSON']);
  });

  it('refuses a node whose geo nests 300 deep, at its row', async () => {
    const r = await importWith('', deep);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.report.refused).toContainEqual({
      place: 'nodes.csv row 2',
      reason: expect.stringMatching(
        /^column "geo": is not JSON: nested more than 256 levels deep at line 1 column \d+$/,
      ) as unknown,
    });
  });

  it('refuses a node whose recipes or ramps nest 300 deep or are not JSON, at its row', async () => {
    for (const column of ['recipes', 'ramps']) {
      for (const [cell, reason] of [
        [deep, /^is not JSON: nested more than 256 levels deep at line 1 column \d+$/],
        ['"[{""id"":"', /^is not valid JSON$/],
      ] as const) {
        const r = await importFiles([
          file('nodes.csv', nodes.replace('geo', column).replace('GEO', cell)),
          file('edges.csv', edges),
        ]);
        if (!r.ok) throw new Error(r.errors.join('\n'));
        const refused = r.report.refused.find((x) => x.place === 'nodes.csv row 2');
        expect(refused?.reason.startsWith(`column "${column}": `), refused?.reason).toBe(true);
        expect(refused?.reason.slice(`column "${column}": `.length)).toMatch(reason);
      }
    }
  });

  it("refuses a ramp the loader refuses, with the loader's words and the row", async () => {
    const ramp = '"[{""from"":""2025-13-01"",""capacity"":5,""year"":2025,""sources"":[""s""]}]"';
    const r = await importFiles([
      file('nodes.csv', nodes.replace('geo', 'ramps').replace('GEO', ramp)),
      file('edges.csv', edges),
      file('sources.csv', 'id,title,year\ns,A source,2025\n'),
    ]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.report.refused).toContainEqual({
      place: 'nodes.csv row 2',
      reason: expect.stringMatching(/ramps\[0\]\.from.*not a day/) as unknown,
    });
    expect(r.dataset.nodes.map((n) => n.id)).not.toContain('m');
  });

  it('refuses a preset or a story that is not an object, saying what it is', async () => {
    const r = await importWith('scenarios,"[""cut"",null]"\nstories,[[]]\n');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.report.refused).toEqual(
      expect.arrayContaining([
        { place: 'dataset scenarios[0]', reason: 'is a string, not an object' },
        { place: 'dataset scenarios[1]', reason: 'is null, not an object' },
        { place: 'dataset stories[0]', reason: 'is a list, not an object' },
      ]),
    );
    expect(r.dataset.scenarios ?? []).toEqual([]);
  });
});
