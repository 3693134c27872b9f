// A button that reads as a link: a node, a flow or a row to go to.
import type { ButtonHTMLAttributes } from 'react';

export function LinkButton(props: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'>) {
  return <button type="button" className="link" {...props} />;
}
