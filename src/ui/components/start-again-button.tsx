import { Form } from 'react-router';

/**
 * "Start again" clears every answer, so it is a form that posts (a link would
 * be a change made by a GET, which a browser may prefetch or repeat). A
 * secondary button, as the Design System has it for a second action; on every
 * journey page, and never printed.
 */
export function StartAgainButton({ action, disabled = false }: { action: string; disabled?: boolean }) {
  return (
    <Form method="post" action={action} className="app-no-print">
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={disabled}
      >
        Start again
      </button>
    </Form>
  );
}
