import { ErrorMessage } from "~/components/error-summary";

export interface SelectChoice {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  choices: SelectChoice[];
}

/** A GOV.UK select: label, hint, the error next to it, and what was chosen kept. Choices, or option groups. */
export function SelectField({
  id,
  name = id,
  label,
  hint,
  value,
  error,
  choices = [],
  groups = [],
  empty,
}: {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  choices?: SelectChoice[];
  groups?: SelectGroup[];
  /** A first option with no value (e.g. "None"). */
  empty?: string;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId} text={error} /> : null}
      <select className="select" id={id} name={name} defaultValue={value} aria-describedby={describedBy}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** GOV.UK radios in a fieldset, with the error next to them. */
export function RadiosField({
  id,
  name = id,
  legend,
  value,
  error,
  choices,
}: {
  id: string;
  name?: string;
  legend: string;
  value: string;
  error?: string;
  choices: SelectChoice[];
}) {
  const errorId = `${id}-error`;
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
        <legend className="fieldset__legend fieldset__legend--s">{legend}</legend>
        {error ? <ErrorMessage id={errorId} text={error} /> : null}
        <div className="radios">
          {choices.map((c, i) => {
            const inputId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div className="radios__item" key={c.value}>
                <input className="radios__input" id={inputId} name={name} type="radio" value={c.value} defaultChecked={value === c.value} />
                <label className="label radios__label" htmlFor={inputId}>
                  {c.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
