// The one shell of every modal dialog: a backdrop, the dialog named by its heading, the body,
// and its buttons at the foot (Close alone unless the dialog says otherwise).
import { useId, type ReactNode } from 'react';

export function Modal({
  title,
  className,
  children,
  onClose,
  actions,
}: {
  title: ReactNode;
  /** Extra class for the dialog box, beside `modal` (its size and layout). */
  className?: string;
  children: ReactNode;
  onClose: () => void;
  /** The buttons at the foot; a Close button when not given. */
  actions?: ReactNode;
}) {
  const titleId = useId();
  return (
    <div className="modal-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={className === undefined ? 'modal' : `modal ${className}`}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="modal-actions">
          {actions ?? (
            <button type="button" onClick={onClose}>
              Close
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
