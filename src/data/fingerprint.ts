// A dataset's identity for links: a short fingerprint of its content, so a link made on an
// edited copy says so when it is opened on other data. Not a security measure (anyone can make
// two files with the same fingerprint on purpose); it tells honest copies apart.

import { oncePer } from '../core/oncePer.ts';

/** cyrb53: a fast 53-bit string hash with good spread (public domain, by bryc). */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The fingerprint of a dataset's content (nodes, flows, presets, stories…), 11 characters. */
export const datasetFingerprint = oncePer((dataset: object): string =>
  cyrb53(JSON.stringify(dataset)).toString(36).padStart(11, '0'),
);
