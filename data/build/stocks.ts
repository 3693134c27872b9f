// Stocks held along the chain, for every holder the sources let us name: China's state reserve,
// magnet makers' raw-material inventory (China's, Japan's, VAC's), Japan's national stockpile
// (data/build/network.ts, jp-trading-houses), the US National Defense Stockpile, and automakers'
// and their suppliers' magnets (data/build/endUsers.ts). None rests on a report of the 2025
// shortages it would be used to predict: inventory norms and stockpile reports from before April
// 2025, and USGS's list of the stockpile's planned purchases. Where no source gives a tonnage the
// figure is an assumption with its range and the reason for it.
import type { StockSpec } from './builder.ts';
import { AUTOMAKER_STOCK_DAYS, REO_PER_NDFEB, REO_PER_SMCO } from './factors.ts';
import { add, mul, q, type Quantity } from './quantity.ts';

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const days = (input: Quantity, d: Quantity) => mul(input, mul(d, 1 / 365));

/** Magnet makers' raw-material inventory: the component vendors' two weeks (0-28 days). */
export const MAKER_STOCK_DAYS = {
  q: AUTOMAKER_STOCK_DAYS.q,
  note: "An assumption: magnet makers hold 14 days (0-28) of their NdPr metal and Dy/Tb. No source gives a magnet maker's raw-material inventory. Magnet makers are component vendors to the auto and other industries, and a 2024 study of India's auto supply chains (Vector Consulting in The Economic Times, before the 2025 controls) found component vendors 'typically holding about two weeks of inventory'; the range runs from none to twice that.",
  sources: ['et-auto-inventory-2024'],
} as const;

/** Japan's private holders: Argus (2020) counts privately held stocks as 18 days of use. */
export const JAPAN_PRIVATE_DAYS = {
  q: q(18, 0, 36),
  note: "Japan's private holders (its magnet makers): Argus (2020) reported Japan's stocks of the seven rare metals it stockpiles as 60 days of consumption including 18 days of non-obligatory privately held stocks. Rare earths are not among the seven, so 18 days (0-36) of the magnet makers' NdPr metal and Dy/Tb is an assumption by analogy: the low end allows for none, the high end twice the figure.",
  sources: ['argus-japan-stockpile-2020'],
} as const;

export function makerStock(
  inputs: { ndpr: Quantity; dytb: Quantity },
  d: { q: Quantity; note: string; sources: readonly string[] },
  who: string,
  extraDytb?: { amount: Quantity; note: string; sources: readonly string[] },
): Record<string, StockSpec> {
  const spec = (material: string, t: Quantity): StockSpec => ({
    amount: days(t, d.q),
    year: 2024,
    sources: [...d.sources],
    notes: `Estimate: ${fmt(d.q.v)} days (${fmt(d.q.lo)}-${fmt(d.q.hi)}) of the ${material} ${who} use in a year. ${d.note}`,
  });
  const dytb = spec('Dy/Tb', inputs.dytb);
  const out: Record<string, StockSpec> = {
    'NdPr metal': spec('NdPr metal', inputs.ndpr),
    'Dy/Tb':
      extraDytb === undefined
        ? dytb
        : {
            amount: add(dytb.amount, extraDytb.amount),
            year: 2024,
            sources: [...new Set([...dytb.sources, ...extraDytb.sources])],
            notes: `${dytb.notes} Plus China's state reserve, released to its magnet makers: ${extraDytb.note}`,
          },
  };
  // Whole tonnes: a stock under half a tonne (VAC's Dy/Tb) is left out rather than written as 0.
  return Object.fromEntries(Object.entries(out).filter(([, st]) => Math.round(st.amount.v) > 0));
}

/**
 * China's state reserve of Dy/Tb. Reported sizes only (2012-14): a planned 18,000-20,000 t rising
 * to 30,000 t, mostly heavy rare earths; the State Reserve Bureau bought 10,000 t in one week in
 * August 2014. The Dy/Tb in it is not reported: taken as the reserve × its heavy part × the Dy/Tb
 * share of China's heavy separation output in this dataset.
 */
export function chinaStateReserveDytb(dytbShareOfHeavy: Quantity) {
  const reserve = q(20_000, 0, 30_000);
  const heavyPart = q(0.75, 0.5, 1);
  const amount = mul(mul(reserve, heavyPart), dytbShareOfHeavy);
  return {
    amount,
    note: `an assumption of ${fmt(amount.v)} t REO (${fmt(amount.lo)}-${fmt(amount.hi)}). Reports before 2025 put China's strategic rare-earth stockpile at 20,000 t planned to rise to 30,000 t, 'the lion's share' heavy rare earths (2013), and had the State Reserve Bureau buying 10,000 t in one week in August 2014 (Bloomberg); the holdings were never published. Taken as 20,000 t (0-30,000: the low end because nothing was confirmed and stocks may have been sold since) × 75% heavy (50-100%) × the Dy/Tb share of China's heavy separation output in this dataset (${(dytbShareOfHeavy.v * 100).toFixed(1)}%).`,
    sources: ['bloomberg-srb-2014', 'strategicmaterials-2013'],
  };
}

/**
 * The US National Defense Stockpile: USGS MCS 2026 lists FY2025 potential acquisitions of 450 t of
 * NdFeB magnet block and 60 t of SmCo alloy (gross weight). Whether they were bought is not said.
 */
export function defenceStockpile(): Record<string, StockSpec> {
  const ndfeb = mul(q(225, 0, 450), REO_PER_NDFEB.q);
  const smco = mul(q(30, 0, 60), REO_PER_SMCO.q);
  const why =
    "USGS MCS 2026 lists the National Defense Stockpile's FY2025 potential acquisitions (October 2024 to September 2025); how much was bought, and when, is not said. An assumption: half (none to all), as half the fiscal year had passed when the April 2025 controls came.";
  return {
    'NdFeB magnets': {
      amount: ndfeb,
      year: 2025,
      sources: ['usgs-mcs2026'],
      notes: `Estimate: 225 t (0-450) of the 450 t of NdFeB magnet block × ${REO_PER_NDFEB.q.v} t REO per t = ${fmt(ndfeb.v)} t REO. ${why} Its 300 t of NdPr oxide is not modelled: no US defence supplier in the model takes NdPr oxide.`,
    },
    'SmCo magnets': {
      amount: smco,
      year: 2025,
      sources: ['usgs-mcs2026'],
      notes: `Estimate: 30 t (0-60) of the 60 t of SmCo alloy × ${REO_PER_SMCO.q.v} t REO per t = ${fmt(smco.v)} t REO. ${why}`,
    },
  };
}
