// The headline answers the reader: under China's processing offline, 22 of 31 end users lose
// everything, and the sentence says so and names defence and magnet users abroad first rather
// than the home country's polishing and catalyst users; present mode says the same.
import { test } from '@playwright/test';
import { expect, openApp, openScenario, shot } from './helpers.ts';
import { analyze } from './cli.ts';

test.use({ viewport: { width: 1280, height: 720 } });

const PRESET = 'china-processing-offline';

test('China’s processing offline: the headline groups who loses everything and names defence and magnet users', async ({
  page,
}) => {
  test.slow();
  const errors = await openApp(page);
  const cli = analyze(['--preset', PRESET]);
  const all = cli.endUsers.filter((e) => e.baseline > 0 && e.noSubstitution <= 1e-9);
  expect(all.length).toBeGreaterThan(2);
  const scenario = await openScenario(page);
  await scenario.getByRole('combobox', { name: 'Preset' }).selectOption(PRESET);
  await scenario.getByRole('button', { name: 'Load preset' }).click();
  const headline = page.getByTestId('headline');
  const grouped = `${all.length} of ${cli.endUsers.length} end users lose everything, among them`;
  await expect(headline).toContainText(grouped);
  const text = (await headline.innerText()).replace(/\s+/g, ' ');
  const named = text.slice(text.indexOf('among them'));
  expect(named).toMatch(/United States: defence/);
  expect(named).toMatch(/Europe: [^;]*magnet|Europe: automakers/);
  expect(named).not.toMatch(/non-magnet|catalysts/);
  await shot(page, 'headline-reader-1-preset');

  // present mode, the story's step under the same preset: the same sentence
  const story = 'year-of-controls-2025';
  await openApp(page, `?story=${story}&step=5`);
  const present = page.getByTestId('present-headline');
  await expect(present).toContainText(grouped);
  expect((await present.innerText()).replace(/\s+/g, ' ')).toBe(text);
  const who = page.getByRole('region', { name: 'Who loses most' }).getByRole('listitem');
  await expect(who.first()).toContainText('United States: defence');
  await shot(page, 'headline-reader-2-present');
  expect(errors).toEqual([]);
});
