// Saved work in the browser: an edit made just before a reload or a closed tab is kept, and two
// tabs on one document never write over each other's work unnoticed: the second to write keeps
// its work as a document of its own and says so.
import { test, type Page } from '@playwright/test';
import { expect, openApp } from './helpers.ts';

interface StoredDoc {
  id: string;
  name: string;
  document: { edits?: { type: string; edge?: { flow: number } }[] };
}

/** Every saved document, as IndexedDB holds it. */
function storedDocuments(page: Page): Promise<StoredDoc[]> {
  return page.evaluate(
    () =>
      new Promise<StoredDoc[]>((resolve, reject) => {
        // Version 1, as the app opens it: a bare open would make an empty database first.
        const open = indexedDB.open('chokepoint', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('documents', { keyPath: 'id' });
          open.result.createObjectStore('meta');
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('documents').objectStore('documents').getAll();
          all.onsuccess = () => {
            resolve(all.result as StoredDoc[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** The flows the document's edits set, oldest first. */
const flows = (d: StoredDoc) => (d.document.edits ?? []).map((e) => e.edge?.flow);

/** How the page is left right after an edit: reloaded, or its tab closed. */
type Leave = 'reload' | 'close';

/**
 * An edit of the data: the Bayan Obo flow one tonne less than it shows (inside its estimate
 * range). Returns the flow written; with `settle`, waits until it is saved. With `leave`, the
 * page is reloaded in the same task as the click that saves the edit (or its tab is closed at
 * once after), far inside the 0.4 s the autosave waits for more changes.
 */
async function editFlow(page: Page, settle: boolean, leave?: Leave): Promise<number> {
  await page.getByRole('tab', { name: 'Flows' }).click();
  await page
    .getByRole('table', { name: 'Flows' })
    .locator('tbody tr')
    .filter({ hasText: 'Bayan Obo' })
    .first()
    .getByRole('button')
    .click();
  // The edit menu may still be open from the last edit.
  const editFlowButton = page.getByRole('button', { name: 'Edit flow…' });
  if (!(await editFlowButton.isVisible())) await page.getByText('Edit data').click();
  await editFlowButton.click();
  const editor = page.getByRole('dialog', { name: 'Edit flow' });
  const field = editor.getByLabel(/^Flow \(/);
  const flow = Number(await field.inputValue()) - 1;
  await field.fill(String(flow));
  const save = editor.getByRole('button', { name: 'Save flow' });
  if (leave === undefined) {
    await save.click();
    await expect(editor).toBeHidden();
  } else if (leave === 'reload') {
    const loaded = page.waitForEvent('load');
    await save.evaluate((button: HTMLElement) => {
      button.click();
      location.reload();
    });
    await loaded;
    await page.waitForFunction(() => (window.chokepoint?.cy.nodes().length ?? 0) > 0);
  } else {
    await save.evaluate((button: HTMLElement) => button.click());
    // Closed as a user closes a tab: the page hears it is leaving (and may ask; it is let go).
    page.on('dialog', (d) => void d.accept());
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
  }
  if (settle) {
    await expect(page.getByRole('button', { name: 'Documents…' })).toHaveAttribute(
      'data-persistence',
      'saved',
    );
  }
  return flow;
}

const leaving: Record<Leave, string> = {
  reload: 'a reload',
  close: 'the tab is closed',
};

for (const leave of ['reload', 'close'] as const) {
  test(`edits made just before ${leaving[leave]} are kept`, async ({ context }) => {
    test.setTimeout(120_000);
    const page = await context.newPage();
    await openApp(page);
    const first = await editFlow(page, true);
    // Then quick edits, the last one with the page's end.
    const second = await editFlow(page, false);
    const third = await editFlow(page, false, leave);
    const after = leave === 'reload' ? page : await context.newPage();
    if (leave !== 'reload') await openApp(after);
    await expect
      .poll(async () => (await storedDocuments(after)).map(flows), { timeout: 20_000 })
      .toEqual([[first, second, third]]);
    // The page shows them too: the next edit starts from the last one.
    expect(await editFlow(after, true)).toBe(third - 1);
  });
}

test('two tabs on one document: a rename in one is not wiped by the other, whose work is kept apart', async ({
  context,
}) => {
  const a = await context.newPage();
  await openApp(a);
  const first = await editFlow(a, true);
  const [saved] = await storedDocuments(a);
  const original = saved?.name ?? '';

  // The second tab opens on the same document.
  const b = await context.newPage();
  await openApp(b);
  await expect(b.getByRole('button', { name: 'Documents…' })).toHaveAttribute(
    'data-persistence',
    'saved',
  );

  // The first tab renames it.
  await a.getByRole('button', { name: 'Documents…' }).click();
  a.once('dialog', (d) => void d.accept('Renamed in tab A'));
  await a
    .getByRole('row', { name: new RegExp(original.replace(/[()]/g, '.')) })
    .getByRole('button', { name: 'Rename' })
    .click();
  await expect(a.getByRole('row', { name: /Renamed in tab A/ })).toBeVisible();

  // The second tab edits: its save finds the document changed and keeps its work apart.
  const second = await editFlow(b, false);
  await expect(b.getByRole('status').filter({ hasText: 'was changed in another tab' })).toHaveText(
    `“${original}” was changed in another tab: this tab’s work is now saved apart, as “${original} (this tab)”; the other tab’s work is kept too (see Documents).`,
  );
  const docs = await storedDocuments(b);
  expect(docs.map((d) => [d.name, flows(d)]).sort()).toEqual([
    [`${original} (this tab)`, [first, second]],
    ['Renamed in tab A', [first]],
  ]);
});
