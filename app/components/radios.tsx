import { ErrorMessage } from "./error-summary";

export interface RadioChoice {
  value: string;
  label: string;
  /** Shown apart, after an "or" ("I'd rather not say"). */
  apart?: boolean;
}

interface Props {
  /** The first radio's id: the error summary links to it. */
  id: string;
  name: string;
  legend: string;
  hint?: string;
  choices: RadioChoice[];
  value: string;
  error?: string;
  orText: string;
  /** Read aloud reads the legend and the choices ("Read aloud" in enhance.js). */
  speak?: boolean;
}

/** An optional question with GOV.UK radios, its legend a medium heading's size. */
export function Radios({ id, name, legend, hint, choices, value, error, orText, speak }: Props) {
  const spoken = speak ? { "data-speak": "" } : {};
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend fieldset__legend--m" {...spoken}>
          {legend}
        </legend>
        {hint ? (
          <div id={hintId} className="hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId} text={error} /> : null}
        <div className="radios">
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            const divider = choice.apart && index > 0 && !choices[index - 1]?.apart;
            return (
              <div key={choice.value}>
                {divider ? <div className="radios__divider">{orText}</div> : null}
                <div className="radios__item">
                  <input
                    className="radios__input"
                    id={inputId}
                    name={name}
                    type="radio"
                    value={choice.value}
                    defaultChecked={value === choice.value}
                  />
                  <label className="label radios__label" htmlFor={inputId} {...spoken}>
                    {choice.label}
                  </label>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
