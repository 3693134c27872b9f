// What the browser keeps between visits is read back as untrusted: a remembered column mapping
// that is not one is forgotten, and a saved document that cannot be read is said to be so.
import { describe, expect, it } from 'vitest';
import { readMapping } from '../../../../src/ui/data-io/columnMemory.ts';
import {
  storageProblem,
  UnreadableDocument,
} from '../../../../src/ui/documents/documentStorage.ts';

describe('the remembered column mapping', () => {
  it('reads back a mapping as written', () => {
    const mapping = { nodes: { naam: 'label', skip: null }, edges: { van: 'source' } };
    expect(readMapping(JSON.stringify(mapping))).toEqual(mapping);
  });

  it.each([
    ['nothing kept', null],
    ['text that is not JSON', '{"nodes":'],
    ['a list', '[1]'],
    ['a role that does not exist', '{"people":{"a":"b"}}'],
    ['a column mapped to a number', '{"nodes":{"naam":5}}'],
    ['a role that is not an object', '{"nodes":"label"}'],
  ])('forgets %s', (_what, text) => {
    expect(readMapping(text)).toEqual({});
  });
});

describe('a saved document that cannot be read', () => {
  it('is said to be unreadable, with the reason, not blamed on storage', () => {
    const message = storageProblem(new UnreadableDocument('My work: document: is missing'));
    expect(message).toBe(
      'Your saved work could not be read (My work: document: is missing): the bundled data is shown instead.',
    );
  });
});
