// The world map behind the map view: loaded once, then added as the bottom node of the drawing.
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { MAP_SIZE } from '../../core/layout/mapLayout.ts';
import { BACKDROP_ID, mapBackdropImage } from './mapBackdrop.ts';
import { MAP } from '../kit/colours.ts';

/** The backdrop image once it has loaded (null until then), drawn into `cy`. */
export function useMapBackdrop(cy: Core | null): string | null {
  const [backdrop, setBackdrop] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    mapBackdropImage()
      .then((image) => live && setBackdrop(image))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (cy === null || cy.destroyed() || backdrop === null) return undefined;
    if (!cy.getElementById(BACKDROP_ID).empty()) return undefined;
    const { width, height } = MAP_SIZE;
    cy.add({
      group: 'nodes',
      data: { id: BACKDROP_ID, image: backdrop, w: width, h: height, colour: MAP.sea, label: '' },
      position: { x: width / 2, y: height / 2 },
      classes: 'map-backdrop',
      selectable: false,
      grabbable: false,
    });
    // cytoscape loads the image itself but does not always redraw when it arrives: once the
    // browser has it decoded, restyle so that the borders show without waiting for a pan.
    let live = true;
    const image = new Image();
    image.src = backdrop;
    image
      .decode()
      .then(() =>
        requestAnimationFrame(() => {
          if (live && !cy.destroyed()) cy.style().update();
        }),
      )
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [cy, backdrop]);

  return backdrop;
}
