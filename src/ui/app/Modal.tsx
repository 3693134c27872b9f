// The one shell of every modal dialog: a backdrop, the dialog named by its heading, the body,
// and its buttons at the foot (Close alone unless the dialog says otherwise).
import { useId, type KeyboardEvent, type ReactNode } from 'react';

export function Modal({
  title,
  className,
  children,
  onClose,
  actions,
  role = 'dialog',
  onKeyDown,
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
  onKeyDown?: (e: KeyboardEvent) => void;
  /** The default Close button takes the focus when the dialog opens. */
  focusClose?: boolean;
}) {
  const titleId = useId();
  return (
    <div className="modal-backdrop" onKeyDown={onKeyDown}>
      <div
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
