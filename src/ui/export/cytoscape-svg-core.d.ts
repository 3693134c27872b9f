// The method cytoscape-svg adds to every graph once registered (exportImage.ts registers it).
import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
