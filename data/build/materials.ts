// What moves along the flows, and the ids of the nodes the headline what-if removes.

/** China's separation of light concentrate (Bayan Obo, other rock mines, imported concentrate). */
export const CN_PROCESSING = 'cn-processing';
/** China's separation of ionic-clay (heavy-rich) concentrate. */
export const CN_HEAVY_SEPARATION = 'cn-heavy-separation';
/** China's metal and alloy makers (NdPr oxide into NdPr metal). */
export const CN_METAL_ALLOY = 'cn-metal-alloy';
/** Together: China's separation, refining, metals and alloys (see data/README.md). */
export const CN_PROCESSING_NODES = [CN_PROCESSING, CN_HEAVY_SEPARATION, CN_METAL_ALLOY] as const;

export const MATERIALS = {
  light: 'light concentrate',
  heavy: 'heavy-rich concentrate',
  ndpr: 'NdPr oxide',
  ndprMetal: 'NdPr metal',
  dytb: 'Dy/Tb',
  samarium: 'samarium',
  lace: 'La/Ce and other rare earths',
  ndfeb: 'NdFeB magnets',
  smco: 'SmCo magnets',
} as const;

export const MATERIAL_NOTES: Readonly<Record<string, string>> = {
  [MATERIALS.light]:
    'Mineral concentrate of light rare earths (bastnäsite, monazite) as it leaves the mine, and ore whose form the sources do not give.',
  [MATERIALS.heavy]:
    'Mixed rare-earth carbonate from ionic (ion-adsorption) clays, richer in medium and heavy rare earths (China’s southern clays, Myanmar, Laos, Brazil).',
  [MATERIALS.ndpr]: 'Separated neodymium-praseodymium oxide, the main magnet feed.',
  [MATERIALS.ndprMetal]:
    'NdPr metal and NdFeB alloy, made from the oxide, as magnet makers use it.',
  [MATERIALS.dytb]:
    'Dysprosium and terbium (oxide, metal or alloy), added to NdFeB for heat resistance; export-controlled by China since April 2025.',
  [MATERIALS.samarium]:
    'Samarium oxide, metal or SmCo alloy; export-controlled by China since April 2025.',
  [MATERIALS.lace]:
    'Lanthanum, cerium and the other separated rare earths not named above (yttrium, gadolinium and the rest of an ionic clay’s output, including its NdPr, which the sources do not split), for catalysts, polishing, glass, metallurgy, batteries and other non-magnet uses. Trade statistics that do not split products are counted here.',
  [MATERIALS.ndfeb]:
    'Sintered and bonded neodymium-iron-boron permanent magnets, counted by their rare-earth content (t REO).',
  [MATERIALS.smco]: 'Samarium-cobalt permanent magnets, counted by their samarium content (t REO).',
};
