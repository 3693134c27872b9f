// Present mode: step through the bundled story with the keyboard; each step's impact table
// must equal the command line's answer for that step's scenario, and each step has its own link.
import { test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, openApp, shot } from './helpers.ts';
import { analyze } from './cli.ts';

const data = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as {
  stories: { id: string; steps: { title: string; preset?: string }[] }[];
};
const story = data.stories[0]!;

async function impact(page: Page) {
  return page
    .getByRole('table', { name: 'Impact on end users' })
    .locator('tbody tr[data-id]')
    .evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.getAttribute('data-id') ?? '',
        noSubstitution: Number(r.getAttribute('data-no-substitution')),
        withRerouting: Number(r.getAttribute('data-with-rerouting')),
      })),
    );
}

test('present mode steps through the bundled story; every step’s figures equal the command line’s', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = await openApp(page);
  await page
    .getByRole('region', { name: 'Stories' })
    .getByRole('button', { name: 'Present' })
    .click();
  await expect(page).toHaveURL(new RegExp(`story=${story.id}&step=1`));
  // the full table is one click away (the caption's short list is the default)
  await page.getByRole('button', { name: 'Impact table' }).click();

  for (let i = 0; i < story.steps.length; i++) {
    const step = story.steps[i]!;
    const caption = page.getByRole('region', { name: 'Story step' });
    await expect(caption.getByRole('heading', { level: 2 })).toHaveText(step.title);
    await expect(caption).toContainText(`step ${i + 1} of ${story.steps.length}`);
    const cli = analyze(step.preset === undefined ? [] : ['--preset', step.preset]);
    const first = cli.endUsers[0]!;
    await expect
      .poll(async () => (await impact(page)).find((r) => r.id === first.id)?.noSubstitution)
      .toBeCloseTo(first.noSubstitution, 6);
    const rows = await impact(page);
    expect(rows).toHaveLength(cli.endUsers.length);
    for (const e of cli.endUsers) {
      const row = rows.find((r) => r.id === e.id)!;
      expect(row.noSubstitution).toBeCloseTo(e.noSubstitution, 6);
      expect(row.withRerouting).toBeCloseTo(e.withRerouting, 6);
    }
    await page.waitForTimeout(700); // let the camera settle for the picture
    await shot(page, `story-step-${i + 1}`);
    if (i < story.steps.length - 1) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown'); // arrows, or a clicker
      await expect(page).toHaveURL(new RegExp(`step=${i + 2}`));
    }
  }

  // back with the keyboard, then a step's own link opens on that step
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`step=${story.steps.length - 1}`));
  const link = `?story=${story.id}&step=2`;
  await page.goto(`./${link}`);
  await expect(
    page.getByRole('region', { name: 'Story step' }).getByRole('heading', { level: 2 }),
  ).toHaveText(story.steps[1]!.title);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Scenario' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a story made in the app: add steps from the view, reorder, present them', async ({
  page,
}) => {
  await openApp(page);
  const stories = page.getByRole('region', { name: 'Stories' });
  await stories.getByRole('button', { name: 'New story' }).click();
  // step 1: baseline
  await stories.getByText('Add step from this view').click();
  await stories.getByLabel('Step title').fill('Baseline');
  await stories.getByLabel('Caption').fill('Nothing removed.');
  await stories.getByRole('button', { name: 'Add step' }).click();
  // step 2: China's processing removed
  await page.getByRole('combobox', { name: 'Search nodes' }).fill('cn-processing');
  await page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option').first().click();
  await page
    .getByRole('region', { name: 'Details' })
    .getByRole('button', { name: 'Remove node' })
    .click();
  await stories.getByLabel('Step title').fill('Without China');
  await stories.getByLabel('Caption').fill('China’s processing removed.');
  await stories.getByRole('button', { name: 'Add step' }).click();
  const steps = stories.getByRole('list', { name: 'Steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(2);
  await stories.getByRole('button', { name: 'Move "Without China" up' }).click();
  await expect(steps.first()).toContainText('Without China');
  // saved as it is made: a reload brings the story back, in its order
  await expect(page.getByRole('button', { name: 'Documents…' })).toHaveAttribute(
    'data-persistence',
    'saved',
  );
  await page.reload();
  await stories.getByRole('combobox', { name: 'Story' }).selectOption({ label: 'New story' });
  await expect(steps).toHaveCount(2);
  await expect(steps.first()).toContainText('Without China');
  await shot(page, 'story-authoring');
  await stories.getByRole('button', { name: 'Present' }).click();
  await expect(
    page.getByRole('region', { name: 'Story step' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Without China');
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('region', { name: 'Story step' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Baseline');
});
