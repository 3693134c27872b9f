// A graph file's ids as the graph library may hold them. graphology keeps each node's neighbours
// in plain objects keyed by id, so a node named "__proto__" wrote onto Object.prototype (every
// later import and export then failed) and a GEXF or GraphML file with such an id was refused in
// a library's words. Before the library sees a file, each node id becomes n0, n1, … and each edge
// id e0, e1, … (the originals are kept to map back), and an attribute named like a property every
// object has ("constructor", "__proto__") gets a leading underscore, so it is reported as a column
// we do not know rather than read into the prototype. An edge naming no node is refused here,
// with its place.
import { XMLSerializer } from '@xmldom/xmldom';
import type { XmlDocument } from './xml.ts';

export interface SafeGraphText {
  /** The file again, with safe keys. */
  readonly text: string;
  /** The original id of each node key. */
  readonly ids: ReadonlyMap<string, string>;
}

type Element = NonNullable<ReturnType<ReturnType<XmlDocument['getElementsByTagName']>['item']>>;

const elements = (doc: XmlDocument, local: string): Element[] => {
  const found: Element[] = [];
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all.item(i);
    if (el !== null && (el.localName ?? el.tagName.replace(/^.*:/, '')) === local) found.push(el);
  }
  return found;
};

/** A name every object has a property of: kept out of the library's objects. */
const inherited = (name: string) => name in Object.prototype || name === '__proto__';

export function safeGraphKeys(
  name: string,
  doc: XmlDocument,
  attributeNames: readonly [element: string, attribute: string][],
): { ok: true; graph: SafeGraphText } | { ok: false; error: string } {
  const keyOf = new Map<string, string>();
  const ids = new Map<string, string>();
  elements(doc, 'node').forEach((node, i) => {
    const id = node.getAttribute('id') ?? '';
    // A repeated id gets a key of its own, so the importer sees (and refuses) the repeat.
    const key = `n${i}`;
    if (!keyOf.has(id)) keyOf.set(id, key);
    ids.set(key, id);
    node.setAttribute('id', key);
  });
  const edges = elements(doc, 'edge');
  for (const [j, edge] of edges.entries()) {
    for (const end of ['source', 'target'] as const) {
      const id = edge.getAttribute(end) ?? '';
      const key = keyOf.get(id);
      if (key === undefined) {
        return {
          ok: false,
          error: `${name} edge ${j + 1}: its ${end} ${JSON.stringify(id)} is no node in the file`,
        };
      }
      edge.setAttribute(end, key);
    }
    edge.setAttribute('id', `e${j}`);
  }
  for (const [element, attribute] of attributeNames) {
    for (const el of elements(doc, element)) {
      const value = el.getAttribute(attribute);
      if (value !== null && value !== '' && inherited(value)) {
        el.setAttribute(attribute, `_${value}`);
      }
    }
  }
  // The serializer writes a carriage return, U+0085, U+2028 and U+2029 as they are, and the
  // parser then reads them as line feeds or spaces: as references they reach the library intact.
  const text = new XMLSerializer()
    .serializeToString(doc)
    .replace(/[\r\u0085\u2028\u2029]/g, (c) => `&#x${(c.codePointAt(0) ?? 0).toString(16)};`);
  return { ok: true, graph: { text, ids } };
}
