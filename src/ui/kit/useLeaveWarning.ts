// Never lose work silently: the browser asks before the page is closed or reloaded while
// stories edited in the app are unsaved, and opening another dataset asks first too.
import { useEffect } from 'react';

export const REPLACE_WARNING =
  'Opening another dataset replaces this one: its edits, the stories edited here and the undo history are not saved and will be lost. Open it anyway?';

export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
}
