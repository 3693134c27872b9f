// The colours drawn where CSS variables do not reach: the graph canvas (cytoscape reads no CSS),
// exported pictures and the charts. The page's own colours are the variables in ui/shell/app.css;
// the ink and rule colours here are the same values. Stage, country and shortfall colours are in
// ui/graph/palette.ts.

/** Text; the edge of a marker; secondary text in pictures (footnotes) and a flow in focus. */
export const INK = { text: '#1a1a1a', edge: '#333', soft: '#555' } as const;
/** Axis lines and the frame around a legend; a node or group with no colour of its own. */
export const RULE = { line: '#999', faint: '#ccc' } as const;
export const PAPER = '#ffffff';
/** What the user picked: the strongest mark there is. */
export const PICKED = '#000';

/**
 * Okabe–Ito colours, each with one meaning across the graph, the charts and the exports:
 * vermillion a node a what-if cuts (and the loss with no substitution), bluish green a node it
 * raises, blue the keyboard focus (and the loss after rerouting).
 */
export const OKABE_ITO = {
  vermillion: '#D55E00',
  bluishGreen: '#009E73',
  blue: '#0072B2',
} as const;

/** A node the what-if removes, and a flow it loses: the darkest steps of the shortfall ramp. */
export const LOSS = { removed: '#B2182B', lost: '#67001F' } as const;

/** The world map's backdrop. */
export const MAP = {
  sea: '#f4f8fb',
  coast: '#c9d3dc',
  graticule: '#e3e9ee',
  land: '#ebe8e1',
  border: '#a9a397',
} as const;
