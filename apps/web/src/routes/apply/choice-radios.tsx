interface ChoiceRadiosProps<V extends string> {
  name: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: string;
  onChange: (value: V) => void;
  error: string | undefined;
}

/** A few large radio buttons, easy to hit on a phone (gender, grade). */
export function ChoiceRadios<V extends string>({ name, legend, options, value, onChange, error }: ChoiceRadiosProps<V>) {
  return (
    <fieldset className="field apply-choices" aria-invalid={error ? true : undefined}>
      <legend className="field__label">{legend}</legend>
      <div className="apply-choices__options">
        {options.map((option) => (
          <label key={option.value} className="apply-choices__option">
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
