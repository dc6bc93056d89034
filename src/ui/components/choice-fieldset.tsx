import type { ReactNode } from 'react';

export type Choice = { value: string; label: string; hint?: string };

export type ChoiceFieldProps = {
  /** The form field name, which is also the id of the first input (the error summary links to it). */
  name: string;
  heading: string;
  hint?: string;
  error?: string;
  choices: Choice[];
  /** The values chosen before, to show them selected. */
  chosen: readonly string[];
};

export function inputIdFor(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index + 1}`;
}

/** The fieldset, page heading as legend, hint and error message shared by radios and checkboxes. */
export function ChoiceFieldset({
  name,
  heading,
  hint,
  error,
  children,
}: Omit<ChoiceFieldProps, 'choices' | 'chosen'> & { children: ReactNode }) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
          <h1 className="govuk-fieldset__heading">{heading}</h1>
        </legend>
        {hint && (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={`${name}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        {children}
      </fieldset>
    </div>
  );
}
