// What the user edits and can undo, share by URL and step back through: the scenario being
// built and the view on the graph. Everything else (results, rankings) is derived from it.
import type { Intervention, Scenario } from '../core/scenario.ts';
import type { DatasetEdit } from '../data/edits.ts';
import type { Stage } from '../core/model.ts';

export interface ScenarioEntry {
  readonly intervention: Intervention;
  /** Switched off entries stay in the list but are not applied. */
  readonly enabled: boolean;
}

export type Selection =
  | { readonly type: 'node'; readonly id: string }
  | { readonly type: 'edge'; readonly index: number };

export type ColourBy = 'stage' | 'country';
export type LayoutName = 'layered' | 'organic' | 'map';
export type FocusDirection = 'upstream' | 'downstream';

export interface Filters {
  /** Empty = no filter on that facet. */
  readonly stages: readonly Stage[];
  readonly countries: readonly string[];
  readonly materials: readonly string[];
}

export interface ViewDoc {
  readonly selection: Selection | null;
  readonly colourBy: ColourBy;
  /** A node measure id from the engine's descriptors, or 'none'. */
  readonly sizeBy: string;
  readonly layout: LayoutName;
  readonly filters: Filters;
  readonly focus: { readonly node: string; readonly direction: FocusDirection } | null;
  /** A month of the dataset's period series ("2025-05") shown against the baseline; absent: the baseline. */
  readonly period?: string | undefined;
}

export interface AppDocument {
  readonly scenario: readonly ScenarioEntry[];
  readonly view: ViewDoc;
  /** Changes made in the app to the dataset as opened, oldest first (none when absent). */
  readonly edits?: readonly DatasetEdit[];
}

export const DEFAULT_VIEW: ViewDoc = {
  selection: null,
  colourBy: 'stage',
  sizeBy: 'chokepoint',
  layout: 'layered',
  filters: { stages: [], countries: [], materials: [] },
  focus: null,
};

export const EMPTY_DOCUMENT: AppDocument = { scenario: [], view: DEFAULT_VIEW };

/** The scenario the engine runs: the switched-on entries, in order. */
export function activeScenario(entries: readonly ScenarioEntry[]): Scenario {
  return { interventions: entries.filter((e) => e.enabled).map((e) => e.intervention) };
}
