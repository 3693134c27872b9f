// The labelled drop-downs of the explorer: one choice (Colour by, Size by, Layout, a material)
// or several (the filters' countries and materials). The label wraps the list, so it names it.
import type { ReactNode } from 'react';

/** One entry of a list: its value and what the list shows for it. */
export interface Choice<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

/** Choices that show their own value. */
export const plainChoices = (values: readonly string[]): Choice[] =>
  values.map((value) => ({ value, label: value }));

function Options({ choices }: { choices: readonly Choice[] }) {
  return (
    <>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </>
  );
}

/** One choice from a list; `inline` sits in a row (the toolbar, a line of text). */
export function SelectField<V extends string>({
  label,
  value,
  choices,
  onChange,
  inline = false,
}: {
  label: ReactNode;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  inline?: boolean;
}) {
  return (
    <label className={inline ? 'field inline' : 'field'}>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as V)}>
        <Options choices={choices} />
      </select>
    </label>
  );
}

/** Any number of choices from a list, showing up to six rows. */
export function MultiSelectField({
  label,
  selected,
  choices,
  onChange,
}: {
  label: ReactNode;
  selected: readonly string[];
  choices: readonly Choice[];
  onChange: (values: string[]) => void;
}) {
  return (
    <label className="field">
      {label}
      <select
        multiple
        size={Math.min(6, choices.length)}
        value={[...selected]}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        <Options choices={choices} />
      </select>
    </label>
  );
}
