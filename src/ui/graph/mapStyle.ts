// The map's additions to the graph's stylesheet: flows as arcs, the borders as the bottom
// element, groups marked. Labels are as large as the fitted world allows them to be read (about
// 11 px at 1280×720); where places are close, declutter.ts draws those that fit.
import type cytoscape from 'cytoscape';
import { BACKDROP_ID } from './mapBackdrop.ts';
import { OKABE_ITO } from '../kit/colours.ts';

export const MAP_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'z-index-compare': 'manual',
      'z-index': 20,
      'font-size': 28,
      'text-max-width': '360px',
    },
  },
  { selector: 'node[stage = "mine"]', style: { 'text-max-width': '360px' } },
  { selector: 'node[stage = "end-user"]', style: { 'text-max-width': '480px' } },
  {
    selector: 'edge',
    style: {
      'z-index-compare': 'manual',
      'z-index': 10,
      'curve-style': 'unbundled-bezier',
      'control-point-distances': 'data(bend)',
      'control-point-weights': 0.5,
    },
  },
  {
    selector: 'node.group',
    style: { shape: 'round-rectangle', 'border-width': 2, 'font-weight': 'bold' },
  },
  {
    selector: 'node.group.affected',
    style: { 'border-color': OKABE_ITO.vermillion, 'border-style': 'dashed', 'border-width': 3 },
  },
  {
    selector: `#${BACKDROP_ID}`,
    style: {
      shape: 'rectangle',
      width: 'data(w)',
      height: 'data(h)',
      'background-image': 'data(image)',
      'background-fit': 'contain',
      'background-opacity': 0,
      'border-width': 0,
      label: '',
      events: 'no',
      'z-index': 0,
      'transition-property': 'none',
    },
  },
];
