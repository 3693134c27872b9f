// A GEXF whose "chokepoint" metadata has the wrong shape ({"sources":5}, as a hand edit might
// leave it) is refused where the user sees it, naming the field, and the graph they had stays;
// a saved document that cannot be read leaves the app on the bundled data, saying why.
import { test } from '@playwright/test';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { expect, nodeCount, openApp, shot } from './helpers.ts';

function badGexf(): Buffer {
  const g = new MultiDirectedGraph();
  g.setAttribute('title', 'Hand edited');
  g.setAttribute('chokepoint', '{"sources":5}');
  g.addNode('mine', { label: 'Mine', stage: 'mine', country: 'AU' });
  g.addNode('user', { label: 'User', stage: 'end-user', country: 'DE' });
  g.addEdgeWithKey('e0', 'mine', 'user', { weight: 5, material: 'ore' });
  return Buffer.from(writeGexf(g, { version: '1.3' }));
}

test('a GEXF with malformed metadata is refused with the field, and the graph stays', async ({
  page,
}) => {
  const errors = await openApp(page);
  const before = await nodeCount(page);
  const title = await page.locator('.dataset-title').textContent();
  await page
    .getByLabel('Dataset file')
    .setInputFiles({ name: 'bad.gexf', mimeType: 'application/xml', buffer: badGexf() });
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Could not open bad.gexf');
  await expect(dialog).toContainText(
    'bad.gexf: GEXF metadata "chokepoint": sources: must be a list, got 5',
  );
  await shot(page, 'bad-metadata-refused');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(await nodeCount(page)).toBe(before);
  await expect(page.locator('.dataset-title')).toHaveText(title ?? '');
  expect(errors).toEqual([]);
});

test('a saved document that cannot be read: the app starts on the bundled data and says so', async ({
  page,
}) => {
  const errors = await openApp(page);
  const bundledCount = await nodeCount(page);
  // A record as another version, or a hand in the devtools, might leave it: a view that is a number.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('chokepoint', 1);
        request.onerror = () => reject(new Error('cannot open IndexedDB'));
        request.onsuccess = () => {
          const tx = request.result.transaction(['documents', 'meta'], 'readwrite');
          tx.objectStore('documents').put({
            schemaVersion: 1,
            id: 'bad',
            name: 'My work',
            savedAt: 1,
            dataset: {},
            document: { scenario: [], view: 5 },
          });
          tx.objectStore('meta').put('bad', 'current');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error('cannot write'));
        };
      }),
  );
  await page.reload();
  await page.waitForFunction(() => (window.chokepoint?.cy.nodes().length ?? 0) > 0);
  expect(await nodeCount(page)).toBe(bundledCount);
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
    'Your saved work could not be read (My work: document.view: must be an object, got 5): the bundled data is shown instead.',
  );
  expect(errors).toEqual([]);
});
