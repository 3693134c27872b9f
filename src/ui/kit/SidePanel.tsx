// A side panel that folds to a narrow rail, so the graph can have the screen.
import { useId, type ReactNode } from 'react';

export function SidePanel({
  side,
  title,
  open,
  onToggle,
  children,
}: {
  side: 'left' | 'right';
  title: string;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const arrow = (side === 'left') === open ? '«' : '»';
  return (
    <aside className={`sidebar ${side}${open ? '' : ' collapsed'}`}>
      <button
        type="button"
        className="panel-toggle"
        aria-expanded={open}
        aria-controls={id}
        title={`${open ? 'Hide' : 'Show'} ${title.toLowerCase()}`}
        onClick={onToggle}
      >
        <span aria-hidden="true">{arrow}</span> <span className="panel-toggle-label">{title}</span>
      </button>
      <div id={id} className="sidebar-body" hidden={!open}>
        {children}
      </div>
    </aside>
  );
}

/** Panels start open only where the graph keeps most of the screen beside them. */
export const PANELS_OPEN_FROM = 1400;
/**
 * Details, empty until something is picked, starts open only on screens this wide (or with a
 * selection): beside both panels a 1440-pixel laptop drew the labels at 9 px.
 */
export const DETAILS_OPEN_FROM = 1800;
/**
 * Below this window width one side panel is open at a time, and Details is narrower: beside both
 * panels a 1280-pixel laptop drew the labels at 7.5 px, beside one at 11.3-11.5 px.
 */
export const ONE_PANEL_BELOW = 1400;
