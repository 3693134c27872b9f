// A handle that resizes the panel below it, with a grip to see: drag it, or focus it and use
// the arrow keys (Home and End for its least and most).
import { useRef } from 'react';

const KEY_STEP = 24;

export function Splitter({
  height,
  min,
  max,
  onChange,
  label,
}: {
  height: number;
  min: number;
  max: number;
  onChange: (height: number) => void;
  label: string;
}) {
  const drag = useRef<{ y: number; h: number } | null>(null);
  const clamp = (h: number) => Math.round(Math.min(max, Math.max(min, h)));
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-valuenow={height}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      title={`${label}: drag, or focus and press ↑ / ↓`}
      onPointerDown={(e) => {
        drag.current = { y: e.clientY, h: height };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (drag.current !== null) onChange(clamp(drag.current.h + drag.current.y - e.clientY));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp') onChange(clamp(height + KEY_STEP));
        else if (e.key === 'ArrowDown') onChange(clamp(height - KEY_STEP));
        else if (e.key === 'Home') onChange(min);
        else if (e.key === 'End') onChange(max);
        else return;
        e.preventDefault();
      }}
    >
      {/* The grip a hand or a mouse looks for: three dots' width of ridges, centred. */}
      <span className="splitter-grip" aria-hidden="true" />
    </div>
  );
}
