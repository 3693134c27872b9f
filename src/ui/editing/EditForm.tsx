// A form of labelled fields with each message next to its field (aria-describedby), as the
// loader would word it, and the messages that belong to no field below them.
import type { FormField, FormValues } from './formFields.ts';

export function EditForm({
  idPrefix,
  fields,
  values,
  errors,
  others = [],
  onChange,
}: {
  idPrefix: string;
  fields: readonly FormField[];
  values: FormValues;
  errors: Readonly<Record<string, string>>;
  /** What the loader said of the whole edit rather than of one field. */
  others?: readonly string[];
  onChange: (values: FormValues) => void;
}) {
  return (
    <>
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
      {others.length > 0 && (
        <ul className="errors" role="alert">
          {others.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      )}
    </>
  );
}
