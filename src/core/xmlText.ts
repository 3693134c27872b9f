// Text that goes into an XML document (the SVG export) or is drawn as a label (the PNG export).
// XML 1.0 forbids most control characters, unpaired surrogates and U+FFFE/U+FFFF: one of them in
// a label makes the whole SVG fail to open. They carry no meaning in a label, so they are dropped.

const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids. */
export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '');
}

/** `text` ready to sit between XML tags or in a double-quoted attribute. */
export function xmlEscape(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * `text` as a data file's attribute value or element text (GEXF, GraphML) that a parser gives
 * back exactly: on top of `xmlEscape`, a tab, a line break or a carriage return is written as a
 * character reference (a parser turns them into spaces in an attribute, and a CR into a line
 * feed anywhere), and so are U+0085, U+2028 and U+2029, which some readers take for line ends.
 */
export function xmlDataEscape(text: string): string {
  return xmlEscape(text).replace(
    /[\t\n\r\u0085\u2028\u2029]/g,
    (c) => `&#x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()};`,
  );
}
