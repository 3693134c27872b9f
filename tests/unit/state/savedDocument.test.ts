// Saved work: each record has a schema version; the current one reads back as written, a dataset
// kept in an older dataset format is migrated on the way in, and a record from a newer version
// or with a broken dataset is refused with the reason.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { SCHEMA_VERSION } from '../../../src/data/schema.ts';
import { readSavedDocument, SAVED_DOCUMENT_VERSION } from '../../../src/state/savedDocument.ts';
import { EMPTY_DOCUMENT } from '../../../src/state/document.ts';

const bundled = loadBundledDataset();
const record = (over: Record<string, unknown> = {}) => ({
  schemaVersion: SAVED_DOCUMENT_VERSION,
  id: 'd1',
  name: 'My work',
  savedAt: 1,
  dataset: bundled,
  document: { ...EMPTY_DOCUMENT, edits: [{ type: 'delete-edge', index: 0 }] },
  stories: [],
  ...over,
});

describe('saved documents', () => {
  it('version 1 reads back as written, edits and all', () => {
    const read = readSavedDocument(JSON.parse(JSON.stringify(record())));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.saved.dataset).toEqual(bundled);
    expect(read.saved.document.edits).toEqual([{ type: 'delete-edge', index: 0 }]);
  });

  it('migrates a dataset kept in dataset format v1 to the current format', () => {
    const v1 = {
      title: 'old',
      nodes: [
        { id: 'm', stage: 'mine', country: 'AU', production: 3 },
        { id: 'u', stage: 'end-user', country: 'JP' },
      ],
      edges: [{ source: 'm', target: 'u', flow: 3 }],
    };
    const read = readSavedDocument(record({ dataset: v1, document: EMPTY_DOCUMENT }));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.saved.dataset.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('refuses a record from a newer version, or whose dataset or edits no longer load', () => {
    expect(readSavedDocument(record({ schemaVersion: 99 }))).toEqual({
      ok: false,
      error: 'My work: saved by a newer version of Chokepoint (document version 99)',
    });
    const broken = readSavedDocument(record({ dataset: { nodes: 1 } }));
    expect(broken.ok).toBe(false);
    const edits = readSavedDocument(
      record({
        document: { ...EMPTY_DOCUMENT, edits: [{ type: 'delete-node', id: 'cn-processing' }] },
      }),
    );
    expect(edits).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^My work: its edits no longer fit/),
    });
  });
});

describe('every stored field is checked before it is used', () => {
  it.each([
    [
      'a layout that does not exist',
      { document: { ...EMPTY_DOCUMENT, view: { ...EMPTY_DOCUMENT.view, layout: 'grid' } } },
      'My work: document.view.layout: "grid" is not one of layered, organic, map',
    ],
    [
      'a scenario that is not a list',
      { document: { ...EMPTY_DOCUMENT, scenario: 5 } },
      'My work: document.scenario: must be a list, got 5',
    ],
    [
      'an edit of an unknown kind',
      { document: { ...EMPTY_DOCUMENT, edits: [{ type: 'paint', id: 'x' }] } },
      'My work: document.edits[0].type: "paint" is not one of put-node, delete-node, put-edge, delete-edge, put-source',
    ],
    [
      'an edit that deletes a flow at no index',
      { document: { ...EMPTY_DOCUMENT, edits: [{ type: 'delete-edge', index: -1 }] } },
      'My work: document.edits[0].index: must be ≥ 0, got -1',
    ],
    [
      'stories that are not a list',
      { stories: 'none' },
      'My work: stories: must be a list, got "none"',
    ],
    [
      'no document at all',
      { document: undefined },
      'My work: document: is missing: it must be an object',
    ],
    [
      'a saved time that is text',
      { savedAt: 'today' },
      'My work: savedAt: must be a number, got "today"',
    ],
  ])('%s is refused with the place', (_what, over, error) => {
    expect(readSavedDocument(record(over))).toEqual({ ok: false, error });
  });

  it('a record without a name or saved time still reads, as "Untitled" saved at 0', () => {
    const read = readSavedDocument(record({ name: undefined, savedAt: undefined }));
    expect(read.ok && [read.saved.name, read.saved.savedAt]).toEqual(['Untitled', 0]);
  });
});
