// Which side panels are open: each starts open where the screen has room for it, and picking
// something opens Details.
import { useState } from 'react';
import type { Selection } from '../../state/document.ts';
import { DETAILS_OPEN_FROM, PANELS_OPEN_FROM } from '../kit/SidePanel.tsx';

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
    if (selectionKey !== null) setRightOpen(true);
  }
  return {
    leftOpen,
    toggleLeft: () => setLeftOpen((v) => !v),
    rightOpen,
    toggleRight: () => setRightOpen((v) => !v),
  };
}
