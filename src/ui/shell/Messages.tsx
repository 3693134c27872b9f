// The file-error dialog and the notice banner. Neither changes what the user had.
import { Modal } from '../kit/Modal.tsx';
import type { AppState } from '../../state/store.ts';

export function LoadErrors({
  errors,
  onClose,
}: {
  errors: NonNullable<AppState['loadErrors']>;
  onClose: () => void;
}) {
  return (
    <Modal
      title={`Could not open ${errors.fileName}`}
      role="alertdialog"
      onClose={onClose}
      focusClose
    >
      <p>The file was not loaded; the current graph is unchanged.</p>
      <ul className="errors">
        {errors.errors.map((e, i) => (
          <li key={i}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
    </Modal>
  );
}

export function Notices({
  notices,
  onClose,
  small = false,
}: {
  notices: readonly string[];
  onClose: () => void;
  /** One line for the embed and present mode, where space is the slide's. */
  small?: boolean;
}) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className={small ? 'notice small' : 'notice'}>
      <span>
        About this link: {notices.slice(0, 3).join('; ')}
        {notices.length > 3 ? ` (and ${notices.length - 3} more)` : ''}.
      </span>
      <button type="button" className="icon" aria-label="Dismiss notice" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
