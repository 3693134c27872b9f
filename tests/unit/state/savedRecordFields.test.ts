// Every field of a saved record is read, not cast: the malformed records are refused with
// their field, and the revision two tabs compare is kept as written or refused when it is not a
// count.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { EMPTY_DOCUMENT } from '../../../src/state/document.ts';
import { readSavedDocument, SAVED_DOCUMENT_VERSION } from '../../../src/state/savedDocument.ts';

const record = (over: Record<string, unknown> = {}) => ({
  schemaVersion: SAVED_DOCUMENT_VERSION,
  id: 'd1',
  name: 'My work',
  savedAt: 1,
  dataset: loadBundledDataset(),
  document: EMPTY_DOCUMENT,
  stories: [],
  ...over,
});

describe('saved record fields', () => {
  it('refuses stories and documents of the wrong shape, naming the field', () => {
    const stories = readSavedDocument(record({ stories: [{ id: 1, steps: 'x' }] }));
    expect(stories.ok).toBe(false);
    if (!stories.ok) expect(stories.error).toMatch(/^My work: stories\[0\]\./);
    const doc = readSavedDocument(record({ document: { scenario: 'x', view: null } }));
    expect(doc.ok).toBe(false);
    if (!doc.ok) expect(doc.error).toMatch(/^My work: document\./);
  });

  it('keeps the revision as written', () => {
    const read = readSavedDocument(record({ revision: 7 }));
    expect(read.ok && read.saved.revision).toBe(7);
    const none = readSavedDocument(record());
    expect(none.ok && none.saved.revision).toBeUndefined();
  });

  it('refuses a revision that is not a count', () => {
    for (const revision of [-1, 1.5, '3', null]) {
      const read = readSavedDocument(record({ revision }));
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatch(/^My work: revision/);
    }
  });
});
