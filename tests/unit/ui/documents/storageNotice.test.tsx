// The storage notice: a save that failed says "Not saved"; saved work that could not be read says
// so in its own words (never "cannot be saved") and offers the record for download; work kept
// apart from another tab's says where it went.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  UnreadableDocument,
  rememberUnreadable,
  storageProblem,
  unreadableText,
} from '../../../../src/ui/documents/documentStorage.ts';
import { StorageNotice } from '../../../../src/ui/documents/StorageNotice.tsx';
import { keptApart } from '../../../../src/ui/documents/useAutosave.ts';
import type { Persistence } from '../../../../src/state/store.ts';

const persistence = (over: Partial<Persistence>): Persistence => ({
  id: null,
  name: 'x',
  status: 'memory',
  message: null,
  ...over,
});

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('StorageNotice', () => {
  afterEach(() => rememberUnreadable(null));

  it('says a saved record could not be read, and offers it for download', () => {
    const record = { id: 'd1', stories: [{ id: 1, steps: 'x' }] };
    const error = new UnreadableDocument('d1: stories[0].id: must be text', record);
    rememberUnreadable(error.message, record);
    const html = renderToStaticMarkup(
      <StorageNotice persistence={persistence({ message: storageProblem(error) })} />,
    );
    expect(text(html)).toBe(
      'Your saved work could not be read (d1: stories[0].id: must be text): the bundled data is shown instead. Download the saved record',
    );
    expect(html).not.toMatch(/Not saved|cannot be saved/);
  });

  it('says "Not saved" for a save that failed, with no download', () => {
    const html = renderToStaticMarkup(
      <StorageNotice
        persistence={persistence({ message: storageProblem(new Error('disk gone')) })}
      />,
    );
    expect(text(html)).toMatch(
      /^Not saved: Your work cannot be saved in this browser \(disk gone\)/,
    );
    expect(html).not.toContain('Download');
  });

  it('shows the notice of work kept apart while the work is saved', () => {
    const html = renderToStaticMarkup(
      <StorageNotice
        persistence={persistence({ status: 'saved', message: keptApart('A', 'A (this tab)') })}
      />,
    );
    expect(text(html)).toBe(
      '“A” was changed in another tab: this tab’s work is now saved apart, as “A (this tab)”; the other tab’s work is kept too (see Documents).',
    );
  });

  it('writes the record as JSON, whatever it holds', () => {
    expect(JSON.parse(unreadableText({ a: [1, 'x'] }))).toEqual({ a: [1, 'x'] });
    expect(JSON.parse(unreadableText({ n: 10n }))).toEqual({ n: '10' });
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(JSON.parse(unreadableText(loop))).toHaveProperty('unreadable');
  });
});
