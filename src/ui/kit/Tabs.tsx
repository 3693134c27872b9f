// Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs.
import { useId, useRef, type ReactNode } from 'react';

export interface Tab {
  readonly id: string;
  readonly label: string;
  readonly render: () => ReactNode;
}

export function Tabs({
  tabs,
  active,
  onChange,
  label,
}: {
  tabs: readonly Tab[];
  active: string;
  onChange: (id: string) => void;
  label: string;
}) {
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const move = (delta: number) => {
    const i = tabs.findIndex((t) => t.id === current?.id);
    const next = tabs[(i + delta + tabs.length) % tabs.length];
    if (next !== undefined) {
      onChange(next.id);
      refs.current[tabs.indexOf(next)]?.focus();
    }
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label}>
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === current?.id}
            aria-controls={`${base}-panel-${t.id}`}
            tabIndex={t.id === current?.id ? 0 : -1}
            onClick={() => onChange(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(1);
              else if (e.key === 'ArrowLeft') move(-1);
              else return;
              e.preventDefault();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      {current !== undefined && (
        <div
          role="tabpanel"
          id={`${base}-panel-${current.id}`}
          aria-labelledby={`${base}-tab-${current.id}`}
          className="tabpanel"
          tabIndex={0}
        >
          {current.render()}
        </div>
      )}
    </div>
  );
}
