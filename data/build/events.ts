// Dated events (model v4, src/data/schemaV4.ts eventSchema): interventions in force from one day
// to another, for the hindcast of 2025. Each rests on the announcement, not on what followed it.
// The monthly series (data/build/periods.ts) carry China's licensing of magnets month by month;
// the events carry what no series measures: Dy/Tb and samarium, which no source gives by month.
import type { Intervention } from '../../src/core/scenario.ts';
import { MATERIALS as M } from './materials.ts';

const route = (to: string, material: string, factor: number): Intervention => ({
  type: 'block-route',
  from: 'CN',
  to,
  material,
  factor,
});

export function buildEvents() {
  return [
    {
      id: 'april-2025-controls',
      label: 'China requires export licences for seven rare earths (Announcement No. 18)',
      from: '2025-04-04',
      to: '2025-05-31',
      interventions: [
        route('US', M.dytb, 0),
        route('DE', M.dytb, 0),
        route('JP', M.dytb, 0),
        route('US', M.samarium, 0),
        route('CH', M.samarium, 0),
      ],
      sources: ['mofcom-18-2025', 'usgs-mcs2026'],
      notes:
        "MOFCOM and the General Administration of Customs, Announcement No. 18 of 4 April 2025, effective on issue: licences for Sm, Gd, Tb, Dy, Lu, Sc and Y (metals, alloys, oxides, compounds), including SmCo materials and NdFeB containing Tb or Dy. An assumption: no Dy/Tb or samarium leaves China until licences are eased (the next event), because nothing may ship without a licence and the sources give no licence granted before then. Magnets are not cut here: the monthly series of China's magnet exports carry them.",
    },
    {
      id: 'june-2025-easing',
      label: 'Licences eased after the US-China talks in London',
      from: '2025-06-01',
      interventions: [],
      sources: ['seed-dagensps-2025'],
      notes:
        'CNBC, as Dagens PS reported it (21 October 2025): Beijing agreed in June to speed up export licences during trade talks with US officials in London. The sources give the month, not the day: the 1st is used. Licences are taken to flow from then (no cut on Dy/Tb or samarium: no monthly figure for them is in the sources); the April controls stay in force (USGS).',
    },
    {
      id: 'october-2025-regime',
      label: 'China announces the October regime (Announcements No. 61 and 62)',
      from: '2025-10-09',
      to: '2025-11-07',
      interventions: [],
      sources: ['vbw-oct-2025', 'csis-2025'],
      notes:
        'Announced 9 October 2025: five more rare earths (Ho, Er, Tm, Eu, Yb), licences anywhere for magnets with 0.1% or more of Chinese rare earths, military end users denied in principle. Technology controls applied at once and touch no flow of the model; the material rules were due from 1 December, after the suspension (next event), so nothing is cut here. What they would have added is the preset october-2025-regime.',
    },
    {
      id: 'october-2025-suspended',
      label: 'October regime suspended until 10 November 2026 (Announcement No. 70)',
      from: '2025-11-07',
      to: '2026-11-10',
      interventions: [],
      sources: ['resilinc-nov-2025', 'usgs-mcs2026'],
      notes:
        'MOFCOM and the General Administration of Customs, Announcement No. 70 of 7 November 2025, suspends Announcements 55-58, 61 and 62 until 10 November 2026, after the Trump-Xi meeting in Busan (30 October). The April controls stay in force; general (year-long) licences began to be issued (USGS).',
    },
  ];
}
