// What moves along the flows, and the id of the node the headline what-if removes.

/** China's separation, refining and metal-making as one national node (see data/README.md). */
export const CN_PROCESSING = 'cn-processing';

export const MATERIALS = {
  ore: 'ore concentrate',
  mixed: 'mixed compounds',
  ndpr: 'NdPr oxide',
  heavy: 'heavy rare earths (Dy/Tb)',
  samarium: 'samarium',
  separated: 'separated compounds',
  metals: 'metals and alloys',
  ndfeb: 'NdFeB magnets',
  smco: 'SmCo magnets',
  components: 'precision components',
} as const;

export const MATERIAL_NOTES: Readonly<Record<string, string>> = {
  [MATERIALS.ore]: 'Mineral concentrate (bastnäsite, monazite) as it leaves the mine.',
  [MATERIALS.mixed]:
    'Mixed rare-earth carbonate or chloride, e.g. from ionic clays or a cracking plant (MREC).',
  [MATERIALS.ndpr]: 'Separated neodymium-praseodymium oxide, the main magnet feed.',
  [MATERIALS.heavy]:
    'Dysprosium and terbium (oxide or metal), added to NdFeB for heat resistance; export-controlled by China since April 2025.',
  [MATERIALS.samarium]:
    'Samarium oxide, metal or SmCo alloy; export-controlled by China since April 2025.',
  [MATERIALS.separated]:
    'Other separated rare-earth oxides and compounds (La, Ce, Y and the rest), for catalysts, polishing, glass, batteries and other non-magnet uses; also trade statistics that do not split products.',
  [MATERIALS.metals]: 'Rare-earth metals and alloys (NdPr metal, NdFeB alloy, ferrocerium).',
  [MATERIALS.ndfeb]: 'Sintered and bonded neodymium-iron-boron permanent magnets.',
  [MATERIALS.smco]: 'Samarium-cobalt permanent magnets.',
  [MATERIALS.components]: 'Precision electronic components made with rare earths.',
};
