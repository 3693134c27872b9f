// Which side panels are open: each starts open where the screen has room for it, and picking
// something opens Details. Below ONE_PANEL_BELOW pixels one side panel is open at a time, so the
// graph keeps the width its labels need (at 1280×720 both panels drew them at 7 px).
import { useState } from 'react';
import type { Selection } from '../../state/document.ts';
import { DETAILS_OPEN_FROM, ONE_PANEL_BELOW, PANELS_OPEN_FROM } from '../kit/SidePanel.tsx';

const onePanel = () => window.innerWidth < ONE_PANEL_BELOW;

export function usePanels(selection: Selection | null) {
  const [leftOpen, setLeftOpen] = useState(() => window.innerWidth >= PANELS_OPEN_FROM);
  const [rightOpen, setRightOpen] = useState(
    () => window.innerWidth >= DETAILS_OPEN_FROM || selection !== null,
  );
  // Picking something shows its details.
  const selectionKey = selection === null ? null : JSON.stringify(selection);
  const [shownSelection, setShownSelection] = useState(selectionKey);
  if (shownSelection !== selectionKey) {
    setShownSelection(selectionKey);
    if (selectionKey !== null) {
      setRightOpen(true);
      if (onePanel()) setLeftOpen(false);
    }
  }
  return {
    leftOpen,
    toggleLeft: () => {
      if (!leftOpen && onePanel()) setRightOpen(false);
      setLeftOpen(!leftOpen);
    },
    rightOpen,
    toggleRight: () => {
      if (!rightOpen && onePanel()) setLeftOpen(false);
      setRightOpen(!rightOpen);
    },
  };
}
