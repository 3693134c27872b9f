// Links whose page parts are ignored say so: an embed value other than 1, a step without a story,
// and the document's parts on a story link (its step shows its own view). Each was ignored
// without a word before.
import { describe, expect, it } from 'vitest';
import { pageNotices } from '../../../src/state/url.ts';

describe('notices for the page parts of a link', () => {
  it('says what it ignored, and nothing for a clean link', () => {
    expect(pageNotices('?embed=1&story=year-of-controls-2025&step=2')).toEqual([]);
    expect(pageNotices('?do=remove:cn-processing&embed=1')).toEqual([]);
    expect(pageNotices('?embed=true')).toEqual([
      'ignored embed="true": the read-only view is embed=1',
    ]);
    expect(pageNotices('?step=3')).toEqual(['ignored step="3": a step needs a story (story=ID)']);
    expect(pageNotices('?story=year-of-controls-2025&do=remove:x&layout=map')).toEqual([
      `ignored "do", "layout" on a story link: a story's step shows its own scenario and view`,
    ]);
  });

  it('never throws on hostile input', () => {
    for (const s of [
      '?%E0%A4%A',
      '?embed=' + 'x'.repeat(5000),
      '?step=-1&step=2',
      '?story=&sel=__proto__',
    ])
      expect(() => pageNotices(s)).not.toThrow();
    expect(pageNotices('?embed=' + 'x'.repeat(5000))[0]?.length).toBeLessThan(120);
  });
});
