import { describe, expect, it } from 'vitest';
import { xmlEscape, xmlSafeText } from '../../../src/core/xmlText.ts';
import { payloads } from '../hostileInput.ts';

describe('xmlSafeText', () => {
  it('drops control characters, lone surrogates and non-characters; keeps tab, line breaks and emoji', () => {
    expect(xmlSafeText('a\u0000b\u0001c\u001bd\uFFFEe\uD800f\uDC00g')).toBe('abcdefg');
    expect(xmlSafeText('tab\there\nnew\rline 🧲 稀土')).toBe('tab\there\nnew\rline 🧲 稀土');
  });

  it('every XSS payload becomes text that parses as XML and reads back as itself, minus forbidden characters', () => {
    for (const payload of payloads('xss')) {
      const doc = `<svg xmlns="http://www.w3.org/2000/svg"><text title="${xmlEscape(payload)}">${xmlEscape(payload)}</text></svg>`;
      // No element other than the two, whatever the payload.
      expect(doc.match(/<[a-z!?]/gi)).toHaveLength(2);
      const open = doc.indexOf('">', doc.indexOf('<text'));
      const text = doc.slice(open + 2, doc.lastIndexOf('</text>'));
      const back = text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      expect(back).toBe(xmlSafeText(payload));
    }
  });
});
