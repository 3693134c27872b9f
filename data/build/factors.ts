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
    note: "Automakers and EVs: 40% (30-50%). IEA counts >17 million electric cars sold in 2024; at ~1.4 kg of NdFeB per traction motor (MP Materials: 1,000 t ≈ 700,000 motors) that is ~24,000 t of magnets for traction alone, and Argus expects China's NEV sector alone to take >60,000 t of magnet materials in 2025; conventional cars use magnets too (steering, pumps). Market research puts EVs at ~35% (weak).",
    sources: ['iea-gevo-2025', 'mp-10k', 'argus-ndfeb-2025'],
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
    note: 'Industrial motors, appliances (inverter air-conditioners), e-bikes, medical and other uses: the remaining 15% (10-20%). JL Mag reports about a quarter of its revenue from inverter air-conditioners (weak source).',
    sources: ['jlmag-2024'],
  },
} as const;

export type Sector = keyof typeof SECTOR_SHARES;
