// The one shell of every modal dialog: a backdrop, the dialog named by its heading, the body,
// and its buttons at the foot (Close alone unless the dialog says otherwise). It takes the focus
// when it opens (unless a field in it asks for it), closes on Escape, and gives the focus back
// to what had it.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Modal({
  title,
  className,
  children,
  onClose,
  actions,
  role = 'dialog',
  focusClose = false,
}: {
  title: ReactNode;
  /** Extra class for the dialog box, beside `modal` (its size and layout). */
  className?: string;
  children: ReactNode;
  onClose: () => void;
  /** The buttons at the foot; a Close button when not given. */
  actions?: ReactNode;
  /** `alertdialog` for a message that interrupts (a file that could not be opened). */
  role?: 'dialog' | 'alertdialog';
  /** The default Close button takes the focus when the dialog opens. */
  focusClose?: boolean;
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    if (box.current !== null && !box.current.contains(document.activeElement)) box.current.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <div
      className="modal-backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div
        ref={box}
        tabIndex={-1}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        className={className === undefined ? 'modal' : `modal ${className}`}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="modal-actions">
          {actions ?? (
            <button type="button" onClick={onClose} autoFocus={focusClose}>
              Close
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
