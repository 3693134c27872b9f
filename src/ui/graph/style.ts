// The cytoscape stylesheet. Looks that depend on state are classes set by the controller.
import type cytoscape from 'cytoscape';
import { INK, LOSS, OKABE_ITO, PAPER, PICKED } from '../kit/colours.ts';
import { BASE_EDGE_COLOUR } from './palette.ts';

/**
 * Label size in graph units; the layered spacing (useLayoutPositions.ts) is set to match: rows
 * 28 units apart take one 25-unit line each, so the fit at 1280×720 shows labels at about 12 px.
 */
export const LABEL_SIZE = 25;

/** How long an end user's one-line label may be, in graph units (about 40 characters). */
export const END_USER_LABEL_WIDTH = 540;

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      width: 'data(size)',
      height: 'data(size)',
      'font-size': LABEL_SIZE,
      'min-zoomed-font-size': 5,
      'text-wrap': 'wrap',
      'text-max-width': '260px',
      'line-height': 1,
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 5,
      'border-width': 1,
      'border-color': INK.edge,
      color: INK.text,
      'text-background-color': PAPER,
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'transition-property': 'background-color, width, height, opacity',
      'transition-duration': 250,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.6,
      'curve-style': 'bezier',
      opacity: 0.75,
      // The baseline ghost: a faint band as wide as the flow was, under the scenario's flow.
      'underlay-color': BASE_EDGE_COLOUR,
      'underlay-opacity': 0,
      'underlay-padding': 'data(ghost)',
    },
  },
  { selector: 'edge.reduced, edge.lost', style: { 'underlay-opacity': 0.22, opacity: 0.9 } },
  {
    selector: 'edge.lost',
    style: {
      width: 1.5,
      'line-style': 'dotted',
      'line-color': LOSS.lost,
      'target-arrow-color': LOSS.lost,
    },
  },
  // Links with no flow are in the data but carry nothing: faint, and never in the way of a click.
  {
    selector: 'edge.zero',
    style: { width: 0.5, opacity: 0.25, events: 'no', 'target-arrow-shape': 'none' },
  },
  // The first and last columns have open space beside them: mines label to the left (two lines
  // at most, their rows being two lines apart), end users to the right on one line, cut short
  // with "…" past about 40 characters (the full name on hover, in Details and the tables): a
  // line of 1,100 units made the graph so wide that with a side panel open at 1280×720 every
  // label was drawn under 10 px; the columns between wrap within the gap.
  {
    selector: 'node[stage = "mine"]',
    style: { 'text-halign': 'left', 'text-margin-x': -5, 'text-max-width': '400px' },
  },
  {
    selector: 'node[stage = "end-user"]',
    style: { 'text-wrap': 'ellipsis', 'text-max-width': `${END_USER_LABEL_WIDTH}px` },
  },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
  {
    selector: 'edge.in-focus',
    style: { 'line-color': INK.soft, 'target-arrow-color': INK.soft, opacity: 0.9 },
  },
  {
    selector: 'edge.selected-flow',
    style: { 'line-color': INK.text, 'target-arrow-color': INK.text, opacity: 0.95 },
  },
  {
    selector: 'node.removed',
    style: {
      'background-color': PAPER,
      'border-style': 'dashed',
      'border-width': 3,
      'border-color': LOSS.removed,
      shape: 'octagon',
    },
  },
  {
    selector: 'node.cut',
    style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': OKABE_ITO.vermillion },
  },
  {
    selector: 'node.raised',
    style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': OKABE_ITO.bluishGreen },
  },
  { selector: 'node.shortfall', style: { 'border-width': 2 } },
  { selector: 'node.loses', style: { 'font-weight': 'bold' } },
  {
    selector: 'node.selected-node',
    style: { 'border-width': 4, 'border-color': PICKED, 'font-weight': 'bold' },
  },
  {
    selector: 'edge.selected-edge',
    style: { 'line-color': PICKED, 'target-arrow-color': PICKED, opacity: 1 },
  },
  {
    selector: 'node.keyboard-focus',
    style: { 'overlay-color': OKABE_ITO.blue, 'overlay-opacity': 0.25, 'overlay-padding': 6 },
  },
  // A label that would overlap a more important one (declutter.ts): its text is kept, not drawn.
  { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
];

/**
 * Large graphs (thousands of elements) would spend seconds on bezier control points, arrows,
 * label boxes, baseline ghosts, dotted lines and style transitions on a machine without a GPU:
 * draw them plainly instead, with labels only on the selected node. A what-if shows in the
 * flows' colours only: widths stay the baseline's (a width is part of a flow's bounding box, and
 * measuring thousands again is most of a what-if's time), the ghost under a reduced flow (a
 * second path per flow) is left out, and a lost flow is drawn solid in its colour.
 */
const LARGE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: { label: '', 'transition-property': 'none', 'transition-duration': 0 },
  },
  { selector: 'node.selected-node', style: { label: 'data(label)' } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      'underlay-padding': 0,
      'underlay-opacity': 0,
    },
  },
  {
    selector: 'edge.reduced, edge.lost',
    style: { 'underlay-opacity': 0, 'line-style': 'solid', width: 'data(width)' },
  },
];

export const LARGE_GRAPH_ELEMENTS = 3000;

export function graphStyle(large: boolean): cytoscape.StylesheetJson {
  return large ? [...STYLE, ...LARGE] : STYLE;
}
