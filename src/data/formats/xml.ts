// Checks that text is well-formed XML before a graph parser sees it, so a broken file is refused
// with its line and column ("graph.gexf line 12 column 5: unclosed xml attribute") rather than
// a parser's stack trace.
import { DOMParser } from '@xmldom/xmldom';

export type XmlDocument = ReturnType<DOMParser['parseFromString']>;

/** The document, or what is wrong with it (with its line and column). */
export function parseXml(
  name: string,
  text: string,
  root: string,
): { ok: true; doc: XmlDocument } | { ok: false; error: string } {
  const problems: string[] = [];
  const collect = (message: string) => problems.push(message);
  const doc = new DOMParser({
    locator: {},
    errorHandler: { warning: collect, error: collect, fatalError: collect },
  }).parseFromString(text, 'application/xml');
  const first = problems[0];
  if (first !== undefined) {
    const where = /@#\[line:(\d+),col:(\d+)\]/.exec(first);
    const what = first
      .replace(/\[xmldom \w+\]\s*/, '')
      .replace(/\s*@#\[.*$/s, '')
      .replace(/\s+/g, ' ')
      .trim();
    const at = where === null ? '' : ` line ${where[1]} column ${where[2]}`;
    return { ok: false, error: `${name}${at}: not well-formed XML (${what})` };
  }
  const top = doc.documentElement?.tagName;
  if (top === undefined) return { ok: false, error: `${name}: not XML` };
  if (top.replace(/^.*:/, '') !== root) {
    return { ok: false, error: `${name}: expected a <${root}> document, found <${top}>` };
  }
  return { ok: true, doc };
}

export function xmlProblem(name: string, text: string, root: string): string | undefined {
  const parsed = parseXml(name, text, root);
  return parsed.ok ? undefined : parsed.error;
}
