// A table whose body draws only the rows in view once it has many (@tanstack/react-virtual),
// so a table of 20,000 nodes costs what a screenful costs. Small tables draw every row, as
// before. The table keeps its semantics: aria-rowcount says how many rows there are and each
// drawn row its aria-rowindex, so a screen reader knows where it is.
import { cloneElement, useRef, type ReactElement, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** Tables with more rows than this draw only those in view. */
export const VIRTUAL_ROWS_FROM = 200;
const ROW_HEIGHT = 30;

interface Props {
  readonly label: string;
  readonly className?: string;
  readonly caption?: ReactNode;
  readonly head: ReactNode;
  readonly foot?: ReactNode;
  readonly count: number;
  /** Row i: a <tr> with a key. */
  readonly row: (i: number) => ReactElement;
}

export function VirtualTable({
  label,
  className = 'data',
  caption,
  head,
  foot,
  count,
  row,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = count > VIRTUAL_ROWS_FROM;
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const table = (body: ReactNode) => (
    <table className={className} aria-label={label} aria-rowcount={count + 1}>
      {caption}
      <thead>{head}</thead>
      <tbody>{body}</tbody>
      {foot !== undefined && <tfoot>{foot}</tfoot>}
    </table>
  );
  if (!virtual) return table(Array.from({ length: count }, (_, i) => row(i)));

  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div ref={scroller} className="table-scroll" data-virtual-rows={count}>
      {table(
        <>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((item) =>
            cloneElement(row(item.index) as ReactElement<Record<string, unknown>>, {
              ref: virtualizer.measureElement,
              'data-index': item.index,
              'aria-rowindex': item.index + 2,
            }),
          )}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </>,
      )}
    </div>
  );
}
