// CSV import: Gephi's and Kumu's columns, our own, the column mapping, stage inference, and every
// way a row or a file is refused (with its place and reason).
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../src/data/formats/importFiles.ts';
import { file } from './helpers.ts';

const gephiNodes = `Id,Label,country,timeset
m1,Mine One,AU,
p1,Refinery,CN,
u1,Motor plant,JP,
`;
const gephiEdges = `Source,Target,Type,Id,Label,Weight
m1,p1,Directed,0,,100
p1,u1,Directed,1,,80
`;

describe('CSV import', () => {
  it("reads Gephi's columns, infers the stages it lacks and says so", async () => {
    const r = await importFiles([file('nodes.csv', gephiNodes), file('edges.csv', gephiEdges)]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.report.nodes).toBe(3);
    expect(r.report.flows).toBe(2);
    expect(r.dataset.edges.map((e) => [e.source, e.target, e.flow])).toEqual([
      ['m1', 'p1', 100],
      ['p1', 'u1', 80],
    ]);
    expect(r.dataset.nodes.find((n) => n.id === 'm1')?.label).toBe('Mine One');
    expect(r.report.inferred).toEqual([
      { id: 'm1', stage: 'mine', reason: 'nothing flows into it' },
      { id: 'p1', stage: 'magnet-maker', reason: 'it supplies an end user directly' },
      { id: 'u1', stage: 'end-user', reason: 'nothing flows out of it' },
    ]);
    const edges = r.report.tables.find((t) => t.table === 'edges.csv');
    const ignored = edges?.columns.filter((c) => c.field === null).map((c) => [c.column, c.reason]);
    expect(ignored).toEqual([
      ['Type', "Gephi's edge direction (every flow is directed)"],
      ['Id', 'not a column we know (map it to a field to use it)'],
      ['Label', 'not a column we know (map it to a field to use it)'],
    ]);
    const mapped = edges?.columns
      .filter((c) => c.field !== null)
      .map((c) => [c.column, c.field?.id]);
    expect(mapped).toEqual([
      ['Source', 'source'],
      ['Target', 'target'],
      ['Weight', 'flow'],
    ]);
    expect(r.report.refused).toEqual([]);
  });

  it("reads Kumu's columns: elements by label, connections From/To/Type/Strength", async () => {
    const elements = `Label,Type,Country\nMine A,mine,Australia\nSep B,Processor,MY\nMagnets C,magnet maker,JP\nCar D,End user,JP\n`;
    const connections = `From,To,Type,Strength\nMine A,Sep B,ore,10\nSep B,Magnets C,oxide,9\nMagnets C,Car D,magnets,8\n`;
    const r = await importFiles([
      file('Elements.csv', elements),
      file('Connections.csv', connections),
    ]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.dataset.nodes.map((n) => [n.id, n.stage, n.country])).toEqual([
      ['Mine A', 'mine', 'AU'],
      ['Sep B', 'processor', 'MY'],
      ['Magnets C', 'magnet-maker', 'JP'],
      ['Car D', 'end-user', 'JP'],
    ]);
    expect(r.dataset.edges.map((e) => [e.source, e.target, e.material, e.flow])).toEqual([
      ['Mine A', 'Sep B', 'ore', 10],
      ['Sep B', 'Magnets C', 'oxide', 9],
      ['Magnets C', 'Car D', 'magnets', 8],
    ]);
    expect(r.report.inferred).toEqual([]);
  });

  it('refuses each bad row with its row number and reason, and keeps the rest', async () => {
    const nodes = `id,stage,country,production,low,high,notes
m1,mine,AU,100,,,
m1,mine,AU,5,,,
m2,mine,Atlantis,5,,,
m3,quarry,AU,5,,,
m4,mine,AU,abc,,,
m5,mine,AU,50,60,70,from a range
p1,processor,CN,,,,
u1,end-user,JP,,,,
`;
    const edges = `source,target,flow,year
m1,p1,100,2024
p1,u1,90,2024
p1,zz,5,2024
m5,p1,,2024
m1,u1,3,20x4
`;
    const r = await importFiles([file('nodes.csv', nodes), file('edges.csv', edges)]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.report.refused).toEqual([
      { place: 'edges.csv row 4', reason: 'unknown node "zz"' },
      { place: 'edges.csv row 5', reason: 'flow: is missing: it must be a number' },
      { place: 'edges.csv row 6', reason: 'column "year": "20x4" is not a number' },
      { place: 'nodes.csv row 3', reason: 'duplicate node id "m1"' },
      {
        place: 'nodes.csv row 4',
        reason: 'country "Atlantis" is not an ISO 3166 code or country name',
      },
      {
        place: 'nodes.csv row 5',
        reason:
          'stage "quarry" is not one of mine, processor, intermediary, magnet-maker, end-user, and node "m3" has no flows to infer one from',
      },
      { place: 'nodes.csv row 6', reason: 'column "production": "abc" is not a number' },
      { place: 'nodes.csv row 7', reason: 'production: 50 lies outside its estimate range 60–70' },
    ]);
    expect(r.dataset.nodes.map((n) => n.id)).toEqual(['m1', 'p1', 'u1']);
    expect(r.report.nodes).toBe(3);
    expect(r.report.flows).toBe(2);
  });

  it('asks for a mapping when a required column is missing, and uses the one given', async () => {
    const nodes = `code,kind,nation\na,mine,AU\nb,end-user,JP\n`;
    const edges = `from,to,tonnes\na,b,7\n`;
    const files = [file('nodes.csv', nodes), file('edges.csv', edges)];
    const first = await importFiles(files);
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.errors).toEqual([
      'nodes.csv: no column for id (map one in the column dialog)',
      'edges.csv: no column for flow (map one in the column dialog)',
    ]);
    expect(first.tables?.map((t) => [t.table, t.missing])).toEqual([
      ['nodes.csv', ['id']],
      ['edges.csv', ['flow']],
    ]);
    const mapped = await importFiles(files, {
      mapping: {
        nodes: { code: 'id', kind: 'stage', nation: 'country' },
        edges: { tonnes: 'flow' },
      },
    });
    if (!mapped.ok) throw new Error(mapped.errors.join('\n'));
    expect(mapped.dataset.nodes.map((n) => [n.id, n.stage, n.country])).toEqual([
      ['a', 'mine', 'AU'],
      ['b', 'end-user', 'JP'],
    ]);
    expect(mapped.dataset.edges[0]?.flow).toBe(7);
    // A mapping can also ignore a column the importer would have used.
    const ignoring = await importFiles(files, {
      mapping: { nodes: { code: 'id', kind: null, nation: 'country' }, edges: { tonnes: 'flow' } },
    });
    if (!ignoring.ok) throw new Error(ignoring.errors.join('\n'));
    expect(ignoring.report.inferred.map((i) => [i.id, i.stage])).toEqual([
      ['a', 'mine'],
      ['b', 'end-user'],
    ]);
  });

  it('lists a citation that is in no sources table as a source, or refuses the row without a year', async () => {
    const nodes = `id,stage,country,year,sources\na,mine,AU,2023,USGS MCS 2024\nb,end-user,JP,,Company report\nc,end-user,KR,,\n`;
    const edges = `source,target,flow\na,b,1\na,c,1\n`;
    const r = await importFiles([file('nodes.csv', nodes), file('edges.csv', edges)]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.dataset.sources).toEqual([
      { id: 'USGS MCS 2024', title: 'USGS MCS 2024', year: 2023 },
    ]);
    expect(r.report.refused).toEqual([
      { place: 'edges.csv row 2', reason: 'target: unknown node "b"' },
      {
        place: 'nodes.csv row 3',
        reason:
          'source "Company report" is not in a sources table, and the row has no year to list it with',
      },
    ]);
  });

  it('refuses a broken file whole, with the place and the reason', async () => {
    const quote = await importFiles([file('nodes.csv', 'id,stage,country\n"a,mine,AU\n')]);
    expect(quote).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^nodes\.csv row 2: a quoted cell is not closed/)],
    });
    const wide = await importFiles([file('edges.csv', 'source,target,flow\na,b,1,2\n')]);
    expect(wide).toEqual({
      ok: false,
      errors: [
        'edges.csv row 2: 4 cells but the header has 3 (is a comma inside a cell without quotes?)',
      ],
    });
    const empty = await importFiles([file('nodes.csv', '')]);
    expect(empty).toEqual({ ok: false, errors: ['nodes.csv: the file is empty'] });
    const binary = await importFiles([file('nodes.csv', 'PK\u0003\u0004\u0000\u0000')]);
    expect(binary).toEqual({ ok: false, errors: ['nodes.csv: not a text file'] });
    const kind = await importFiles([file('graph.dot', 'digraph {}')]);
    expect(kind.ok).toBe(false);
    if (!kind.ok) expect(kind.errors[0]).toMatch(/^graph\.dot: not a file type we read/);
  });

  it('says how many blank rows it skipped, and reads semicolon CSV', async () => {
    const nodes = `id;stage;country\na;mine;AU\n;;\nb;end-user;JP\n`;
    const edges = `source;target;flow\na;b;2,5\n`;
    const r = await importFiles([file('nodes.csv', nodes), file('edges.csv', edges)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.notes).toEqual(['nodes.csv: 1 blank row skipped']);
    // "2,5" is not read as 2.5 or 25: a decimal comma is ambiguous, so the row is refused.
    expect(r.report.refused).toEqual([
      { place: 'edges.csv row 2', reason: 'column "flow": "2,5" is not a number' },
    ]);
  });
});

describe('tables of unknown columns', () => {
  it('beside an edges file, a file of unknown columns is taken as the nodes and its columns asked for', async () => {
    const r = await importFiles([
      file('suppliers.csv', 'code,kind,nation\na,mine,AU\n'),
      file('links.csv', 'from,to,tonnes\na,b,7\n'),
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.tables?.map((t) => [t.table, t.role, t.missing])).toEqual([
        ['suppliers.csv', 'nodes', ['id']],
        ['links.csv', 'edges', ['flow']],
      ]);
  });
});
