import type { MouseEvent } from 'react';
import { useEffect, useRef } from 'react';

export type FieldError = { fieldId: string; message: string };

/**
 * The GOV.UK error summary. It takes focus when it appears, so that screen
 * reader users hear the problem at once; its links move focus to the field
 * rather than only scrolling, as the Design System's own script does.
 */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, [errors]);

  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    const legend = field.closest('fieldset')?.querySelector('legend');
    (legend ?? field).scrollIntoView?.();
    field.focus({ preventScroll: true });
  };

  return (
    <div className="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.fieldId}>
                <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
