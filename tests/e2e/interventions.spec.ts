// The intervention form offers only what exists: "Block a flow" lists the nodes that send a
// flow and, for the one chosen, the nodes it sends to; "Block a route" the countries that send
// across a border and, for the one chosen, the countries they send to, by name.
import { test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, openApp, openScenario, shot } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 720 } });

interface Data {
  nodes: { id: string; label: string; country: string }[];
  edges: { source: string; target: string; material?: string }[];
}
const data = JSON.parse(readFileSync('data/rare-earths.json', 'utf8')) as Data;
const country = new Map(data.nodes.map((n) => [n.id, n.country]));

const optionValues = (select: Locator) =>
  select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));

test('Block a flow and Block a route offer only flows and routes that exist', async ({ page }) => {
  const errors = await openApp(page);
  const scenario = await openScenario(page);
  await scenario.getByText('Add an intervention').click();
  await scenario.getByLabel('Kind').selectOption({ label: 'Block a flow' });
  const from = scenario.getByLabel('From node');
  const to = scenario.getByLabel('To node');
  const senders = new Set(data.edges.map((e) => e.source));
  expect(new Set(await optionValues(from))).toEqual(senders);
  for (const pick of ['ch-arnold', 'cn-processing']) {
    await from.selectOption(pick);
    const targets = new Set(data.edges.filter((e) => e.source === pick).map((e) => e.target));
    expect(new Set(await optionValues(to))).toEqual(targets);
    expect(targets.has(await to.inputValue())).toBe(true);
  }
  await shot(page, 'interventions-1-flow');

  await scenario.getByLabel('Kind').selectOption({ label: 'Block a route (export control)' });
  const fromCountry = scenario.getByLabel('From country');
  const toCountry = scenario.getByLabel('To country');
  const abroad = data.edges.filter((e) => country.get(e.source) !== country.get(e.target));
  const a = await fromCountry.inputValue();
  const b = await toCountry.inputValue();
  expect(abroad.some((e) => country.get(e.source) === a && country.get(e.target) === b)).toBe(true);
  // shown by name, sorted by name
  const names = await fromCountry
    .locator('option')
    .evaluateAll((os) => os.map((o) => o.textContent ?? ''));
  expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, 'en')));
  await fromCountry.selectOption('AU');
  const toAu = new Set(
    abroad.filter((e) => country.get(e.source) === 'AU').map((e) => country.get(e.target)),
  );
  expect(new Set(await optionValues(toCountry))).toEqual(toAu);
  await scenario.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('headline')).toContainText('of end-user supply lost at once');
  await shot(page, 'interventions-2-route');
  expect(errors).toEqual([]);
});
