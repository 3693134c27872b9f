// Filters by stage, country and material. An empty choice means "all".
import type { Dataset } from '../../data/schema.ts';
import { STAGES, STAGE_LABELS, type Stage } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import { MultiSelectField, plainChoices } from '../kit/SelectField.tsx';
import type { Filters } from '../../state/document.ts';

interface Props {
  readonly dataset: Dataset;
  readonly filters: Filters;
  readonly onChange: (filters: Filters) => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function FiltersPanel({ dataset, filters, onChange }: Props) {
  const countries = [...new Set(dataset.nodes.map((n) => n.country))].sort((a, b) =>
    countryName(a).localeCompare(countryName(b)),
  );
  const materials = [
    ...new Set(dataset.edges.flatMap((e) => (e.material === undefined ? [] : [e.material]))),
  ].sort();
  const active = filters.stages.length + filters.countries.length + filters.materials.length > 0;
  return (
    <section className="panel filters" aria-label="Filters">
      <h2>Filters</h2>
      <fieldset>
        <legend>Stages</legend>
        {STAGES.map((s: Stage) => (
          <label key={s} className="check">
            <input
              type="checkbox"
              checked={filters.stages.includes(s)}
              onChange={() => onChange({ ...filters, stages: toggle(filters.stages, s) })}
            />
            {STAGE_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <MultiSelectField
        label="Countries"
        selected={filters.countries}
        choices={countries.map((c) => ({ value: c, label: countryName(c) }))}
        onChange={(values) => onChange({ ...filters, countries: values })}
      />
      {materials.length > 0 && (
        <MultiSelectField
          label="Materials"
          selected={filters.materials}
          choices={plainChoices(materials)}
          onChange={(values) => onChange({ ...filters, materials: values })}
        />
      )}
      {active && (
        <button
          type="button"
          onClick={() => onChange({ stages: [], countries: [], materials: [] })}
        >
          Clear filters
        </button>
      )}
    </section>
  );
}
