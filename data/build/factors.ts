// The conversion factors and shares the dataset applies, each with how it was made and from
// what. Every flow in the dataset is in tonnes of rare-earth oxide equivalent a year (t REO);
// these factors are the only way a figure on another basis (gross weight, magnets, metal,
// element) enters it.
import { q, type Quantity } from './quantity.ts';

export interface Factor {
  readonly q: Quantity;
  readonly note: string;
  readonly sources: readonly string[];
}

/** t of oxide per t of the magnet rare earths as metal. */
export const OXIDE_PER_METAL: Factor = {
  q: q(1.17, 1.15, 1.21),
  note: 'Oxide per metal for the magnet rare earths, from atomic weights: Nd2O3 1.166, Pr6O11 1.208, Dy2O3 1.148, Tb4O7 1.176 t per t of metal; 1.17 for the Nd-Pr-rich mix (range 1.15-1.21).',
  sources: ['ciaaw-2021'],
};

/** t REO per t of sintered NdFeB magnet. */
export const REO_PER_NDFEB: Factor = {
  q: q(0.35, 0.31, 0.4),
  note: 'Rare-earth content of NdFeB: Nd2Fe14B is 26.7% Nd by mass (atomic weights) and commercial magnets carry an RE-rich grain-boundary phase, so about 30% RE (26.7-33%); × 1.17 t oxide per t metal = 0.35 t REO per t of magnet (range 0.31-0.40). No source gives this factor directly; it is derived.',
  sources: ['ciaaw-2021'],
};

/** t REO per t of SmCo magnet or alloy. */
export const REO_PER_SMCO: Factor = {
  q: q(0.33, 0.27, 0.39),
  note: 'Samarium content of SmCo: 23.1% (Sm2Co17) to 33.8% (SmCo5) by mass, × 1.160 t Sm2O3 per t Sm (atomic weights) = 0.27-0.39 t REO per t; 0.33 is the middle.',
  sources: ['ciaaw-2021'],
};

/**
 * t REO per gross t of mixed rare-earth compounds (ionic-clay carbonate) as customs count them:
 * USGS estimates Burma's 2024 output (27,000 t REO) from China's import data, and UN Comtrade has
 * China importing 44,366 gross t of HS 2846 from Myanmar in 2024.
 */
export const REO_PER_GROSS_MIXED: Factor = {
  q: q(0.6086, 0.5173, 0.6999),
  note: "REO content of mixed rare-earth compounds by gross weight, implied by two primary figures for the same flow: USGS puts Burma's 2024 output at 27,000 t REO, estimated from China's imports, and UN Comtrade has China importing 44,366 gross t of HS 2846 from Myanmar in 2024: 27,000 / 44,366 = 0.6086. USGS may have used more than HS 2846, so ±15% is allowed (0.52-0.70).",
  sources: ['usgs-mcs2026', 'comtrade-china-2846'],
};

/** t REO per gross t of separated rare-earth products (oxides, other compounds, metals). */
export const REO_PER_GROSS_SEPARATED: Factor = {
  q: q(1, 0.6, 1.17),
  note: 'Separated products are counted at their gross weight by customs: an oxide is 1 t REO per t, a metal 1.17 t REO per t (atomic weights), a carbonate or chloride about 0.6 (the mixed-compound factor). The trade statistics used do not split these forms, so 1.0 is taken, with 0.6-1.17 as the range.',
  sources: ['ciaaw-2021', 'usgs-mcs2026', 'comtrade-china-2846'],
};

/**
 * How NdFeB magnets are used, by share of magnet tonnage (2024). No primary 2024-25 source gives a
 * split; these are the dataset's estimates, with the evidence for each in its note.
 */
export const SECTOR_SHARES = {
  auto: {
    q: q(0.4, 0.3, 0.5),
    note: "Automakers and EVs: 40% (30-50%). IEA counts >17 million electric cars sold in 2024; at ~1.4 kg of NdFeB per traction motor (MP Materials: ~1,000 t a year is enough for over 700,000 EV motors) that is ~24,000 t of magnets for traction alone, and Argus expects China's NEV sector alone to take >60,000 t of magnet materials in 2025; conventional cars use magnets too (steering, pumps, seats, wipers). No primary source gives the share: this is an estimate.",
    sources: ['iea-gevo-2025', 'mp-fy2025', 'argus-ndfeb-2025'],
  },
  electronics: {
    q: q(0.3, 0.25, 0.35),
    note: 'Consumer electronics: ~30% of NdFeB demand (Heim & Vander Wal 2023); range 25-35%.',
    sources: ['heim-vanderwal-2023'],
  },
  wind: {
    q: q(0.1, 0.05, 0.15),
    note: 'Wind turbines: 10% (5-15%). 117 GW were added in 2024 (GWEC); at the ~0.5 t of NdFeB per MW used as a fleet average for permanent-magnet generators (Heim & Vander Wal 2023), and assuming half the new turbines use them, that is ~29,000 t of magnets ≈ 10,000 t REO, about a tenth of magnet use. The half is an assumption.',
    sources: ['gwec-2025', 'heim-vanderwal-2023'],
  },
  robots: {
    q: q(0.05, 0.02, 0.08),
    note: 'Industrial robots and factory automation: 5% (2-8%). No source gives a share; humanoid robots use <35 t of NdFeB today (Argus), so this is servo motors in industrial robots. An assumption.',
    sources: ['argus-ndfeb-2025'],
  },
  other: {
    q: q(0.15, 0.1, 0.2),
    note: 'Industrial motors, appliances (inverter air-conditioners), e-bikes, medical and other uses: the remaining 15% (10-20%), so that the five shares add up to 100%.',
    sources: ['heim-vanderwal-2023'],
  },
} as const;

export type Sector = keyof typeof SECTOR_SHARES;

/**
 * Recovery of separation: China's 2024 smelting-and-separation quota against its mining quota.
 * The quota ratio is not a measured recovery, but it is the only figure in the sources that ties
 * separation output to mine output.
 */
export const SEPARATION_YIELD: Factor = {
  q: q(127_000 / 135_000, 0.9, 1),
  note: "Separation recovery, t REO of separated products per t REO of concentrate: China's first 2024 quota batch allowed 127,000 t of smelting and separation against 135,000 t of mining (Fastmarkets; full year 254,000 against 270,000), 0.941. It is a quota ratio, not a measured recovery: the range runs from 0.90 to 1.00. Applied to every separation plant, as no plant's recovery is in the sources.",
  sources: ['fastmarkets-quota-2024'],
};

/** Dy and Tb as a share of the rare earths in sintered NdFeB, by REO. */
export const HEAVY_SHARE: Factor = {
  q: q(0.03, 0.02, 0.06),
  note: "Dy/Tb are taken as 3% of the rare earths in NdFeB (2-6%), by REO. No source gives a fleet average. Heim & Vander Wal (2023) put the Dy content of wind-turbine magnets at ~4% of magnet weight (6-10% desirable), i.e. ~13% of their rare earths (magnets being ~30% rare earth); wind is about a tenth of magnet use, and many magnets for electronics and motors that run cool carry little or none. The range's top (6%) allows half of all magnets to be of the wind grade.",
  sources: ['heim-vanderwal-2023'],
};

/**
 * Catalysts' share of non-magnet rare-earth use: Penn State puts magnets at ~29% of rare-earth
 * tonnage and catalysts at ~20% (world, 2020).
 */
export const CATALYST_SHARE: Factor = {
  q: q(0.2 / 0.71, 0.2, 0.35),
  note: "Catalysts' share of non-magnet rare-earth use: Penn State (Nkiawete & Vander Wal, 2020 data) puts magnets at ~29% of the world's rare-earth tonnage and catalysts at ~20%, so catalysts are 20 / 71 = 28% of the rest. A world share applied to China: range 20-35%. The other non-magnet uses (polishing, glass, metallurgy, batteries, phosphors…) are not split by the sources.",
  sources: ['pennstate-2023'],
};

/** Days of use a working inventory of magnets covers at automakers (Europe, US). */
export const AUTOMAKER_STOCK_DAYS: Factor = {
  q: q(14, 0, 28),
  note: "An assumption: automakers' and their suppliers' working inventory of magnets is 14 days (0-28) of baseline use. No source gives a tonnage. The days rest on a 2024 study of India's auto supply chains (Vector Consulting in The Economic Times), written before the 2025 controls: automakers hold 'a few hours' worth' of components and their component vendors 'typically about two weeks of inventory'. The point is the vendors' two weeks; the range runs from the automakers' hours to twice that, because magnets sit at more than one tier (magnet buyer, motor maker, automaker). Applied to Europe's and the US's automakers, whose norms the sources do not give.",
  sources: ['et-auto-inventory-2024'],
};

/** Japan's national stockpile target, days of consumption. */
export const JAPAN_STOCKPILE_DAYS: Factor = {
  q: q(60, 0, 180),
  note: "Japan's national stockpile of rare metals (JOGMEC): the target is generally 60 days of consumption, up to 180 days for minerals with high geopolitical risk (IEA policy database, 2023). The holdings are not disclosed; in 2020 Argus reported reserves held for seven rare metals, not rare earths. So: 60 days of Japan's magnet makers' NdPr metal and Dy/Tb, as an estimate from 0 to 180 days.",
  sources: ['iea-japan-stockpile', 'argus-japan-stockpile-2020'],
};
