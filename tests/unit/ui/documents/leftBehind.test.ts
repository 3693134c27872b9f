// Work kept in localStorage as a page is left: which stored record it may go over, and what is
// read back. A plain Map stands in for localStorage (the tests run in Node).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  dropLeftBehind,
  extendLeftBehind,
  keepLeftBehind,
  leftBehind,
  settle,
  type LeftBehind,
} from '../../../../src/ui/documents/leftBehind.ts';

class MemoryStorage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(k: number) {
    return [...this.items.keys()][k] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const entry = (over: number[], revision: number, withDataset = false): LeftBehind => ({
  record: {
    schemaVersion: 1,
    id: 'doc',
    name: 'Mine',
    savedAt: 1000,
    document: { scenario: [], view: {} as never },
    stories: [],
    ...(withDataset ? { dataset: { nodes: [] } } : {}),
  },
  revision,
  over,
});

describe('settle', () => {
  it('writes over a record this tab had read, and over one it was writing', () => {
    expect(settle(entry([3], 4), { revision: 3, savedAt: 900 })).toBe('write');
    expect(settle(entry([3, 4], 5), { revision: 4, savedAt: 950 })).toBe('write');
  });
  it('knows its own write got through', () => {
    expect(settle(entry([3], 4), { revision: 4, savedAt: 1000 })).toBe('done');
  });
  it('keeps the work apart when another tab wrote the record since', () => {
    expect(settle(entry([3], 4), { revision: 4, savedAt: 1001 })).toBe('apart');
    expect(settle(entry([3], 4), { revision: 7, savedAt: 2000 })).toBe('apart');
  });
  it('writes a new document only with its dataset', () => {
    expect(settle(entry([], 1, true), undefined)).toBe('write');
    expect(settle(entry([3], 4), undefined)).toBe('lost');
  });
});

describe('the entries kept', () => {
  const storage = new MemoryStorage();
  beforeEach(() => {
    (globalThis as { localStorage?: unknown }).localStorage = storage;
  });
  afterEach(() => {
    storage.items.clear();
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('reads back what was kept, and an entry in another shape as unreadable', () => {
    expect(keepLeftBehind(entry([3], 4))).toBe(true);
    storage.setItem('chokepoint-left:bad', '{"record":1}');
    storage.setItem('chokepoint-left:text', 'not json');
    storage.setItem('someone-else', '{}');
    const read = leftBehind();
    expect(read.map((r) => [r.id, 'entry' in r])).toEqual([
      ['bad', false],
      ['text', false],
      ['doc', true],
    ]);
    expect(read[2]).toEqual({ id: 'doc', entry: entry([3], 4) });
  });

  it('drops an entry only when the write that holds it is as new', () => {
    keepLeftBehind(entry([3], 4));
    dropLeftBehind('doc', 999);
    expect(leftBehind()).toHaveLength(1);
    extendLeftBehind('doc', 4);
    expect(leftBehind()[0]).toEqual({ id: 'doc', entry: entry([3, 4], 4) });
    dropLeftBehind('doc', 1000);
    expect(leftBehind()).toEqual([]);
  });

  it('says so when nothing can be kept', () => {
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(keepLeftBehind(entry([3], 4))).toBe(false);
  });
});
