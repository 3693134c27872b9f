// `npm run docs`: rewrites the generated tables in the documents (see docTables.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { BLOCKS, DOCUMENT_BLOCKS, withBlock } from './docTables.ts';

const root = new URL('../../', import.meta.url);

for (const [path, names] of Object.entries(DOCUMENT_BLOCKS)) {
  const file = new URL(path, root);
  const before = readFileSync(file, 'utf8');
  const after = names.reduce(
    (doc, name) => withBlock(doc, name, (BLOCKS[name] as () => string)()),
    before,
  );
  if (after !== before) writeFileSync(file, after);
  console.log(`${path}: ${after === before ? 'up to date' : 'written'}`);
}
