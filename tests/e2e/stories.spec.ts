// Stories that stand alone as slides, at 1280×720: a step made under a preset cites the
// preset's sources, the story is renamed in place, the baseline step speaks to an audience,
// and Exit goes back to the view that was left, what-if and all.
import { test } from '@playwright/test';
import { expect, openApp, openScenario, shot } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 720 } });

test('a story made in the app: renamed in place, sources from its preset, Exit back to the view', async ({
  page,
}) => {
  const errors = await openApp(page);
  const scenario = await openScenario(page);
  const stories = page.getByRole('region', { name: 'Stories' });
  await stories.getByRole('button', { name: 'New story' }).click();
  const title = stories.getByLabel('Story title');
  await title.fill('China’s leverage');
  await title.press('Enter');
  await expect(stories.getByRole('combobox', { name: 'Story' })).toHaveValue(/story-/);
  await expect(
    stories.getByRole('combobox', { name: 'Story' }).locator('option:checked'),
  ).toHaveText('China’s leverage');

  await stories.getByText('Add step from this view').click();
  await stories.getByLabel('Step title').fill('Before');
  await stories.getByLabel('Caption').fill('Nothing removed.');
  await stories.getByRole('button', { name: 'Add step' }).click();
  await scenario.getByRole('combobox', { name: 'Preset' }).selectOption('china-processing-offline');
  await scenario.getByRole('button', { name: 'Load preset' }).click();
  await expect(page.getByTestId('headline')).toContainText("China's processing offline:");
  await stories.getByLabel('Step title').fill('Without China');
  await stories.getByLabel('Caption').fill('China’s processing removed.');
  await stories.getByRole('button', { name: 'Add step' }).click();
  await shot(page, 'stories-1-made');

  await stories.getByRole('button', { name: 'Present' }).click();
  const caption = page.getByRole('region', { name: 'Story step' });
  await expect(caption).toContainText('China’s leverage · step 1 of 2');
  // the baseline step speaks to an audience, not to the person at the keyboard
  await expect(caption.getByTestId('present-headline')).toContainText('Baseline:');
  await expect(caption.getByTestId('present-headline')).not.toContainText('remove a node');
  await page.keyboard.press('ArrowRight');
  await expect(caption.getByRole('heading', { level: 2 })).toHaveText('Without China');
  await expect(caption).not.toContainText('No source given.');
  await expect(caption.getByRole('link').first()).toBeVisible();
  await shot(page, 'stories-2-step-with-sources');

  // Exit: back to the explorer with the what-if that was on screen
  await caption.getByRole('button', { name: 'Exit' }).click();
  await expect(page.getByTestId('headline')).toContainText("China's processing offline:");
  expect(errors).toEqual([]);
});
