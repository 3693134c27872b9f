// A form of labelled fields with each message next to its field (aria-describedby), as the
// loader would word it.
import type { FormField, FormValues } from './formFields.ts';

export function EditForm({
  idPrefix,
  fields,
  values,
  errors,
  onChange,
}: {
  idPrefix: string;
  fields: readonly FormField[];
  values: FormValues;
  errors: Readonly<Record<string, string>>;
  onChange: (values: FormValues) => void;
}) {
  return (
    <div className="edit-form">
      {fields.map((f) => {
        const id = `${idPrefix}-${f.id}`;
        const error = errors[f.id];
        const common = {
          id,
          value: values[f.id] ?? '',
          'aria-invalid': error !== undefined,
          'aria-describedby': error === undefined ? undefined : `${id}-error`,
        };
        const set = (v: string) => onChange({ ...values, [f.id]: v });
        return (
          <div key={f.id} className="form-row">
            <label htmlFor={id}>{f.label}</label>
            {f.kind === 'select' ? (
              <select {...common} onChange={(e) => set(e.target.value)}>
                <option value="">—</option>
                {(f.options ?? []).map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            ) : f.kind === 'textarea' ? (
              <textarea {...common} rows={2} onChange={(e) => set(e.target.value)} />
            ) : (
              <input
                {...common}
                inputMode={f.kind === 'number' ? 'decimal' : undefined}
                onChange={(e) => set(e.target.value)}
              />
            )}
            {error !== undefined && (
              <span id={`${id}-error`} className="field-error" role="alert">
                {error}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
