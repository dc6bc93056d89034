import { Form, Link } from 'react-router';
import { BackLink } from '../components/back-link.tsx';
import { usePageTitle } from '../components/use-page-title.ts';

export type StartAgainPageProps = {
  /** Where "No" and Back return: the page the person came from, with its history state. */
  back: { to: string; state?: unknown };
};

/**
 * Asks before clearing: answers and typed notes cannot be brought back, and
 * "Start again" sits on pages where a stressed person is tapping quickly.
 * "Yes" posts (a change is never made by a GET); "No" changes nothing.
 */
export function StartAgainPage({ back }: StartAgainPageProps) {
  const heading = 'Clear your answers and notes?';
  usePageTitle(heading);
  return (
    <>
      <BackLink to={back.to} state={back.state} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">
            This clears every answer and any notes you have typed in this browser tab, and takes you back to
            the start. You cannot undo it.
          </p>
          <p className="govuk-body">
            If you need the advice or your notes, copy, download or print the record summary first.
          </p>
          <Form method="post">
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
                Yes, clear my answers and notes
              </button>
              <Link to={back.to} state={back.state} className="govuk-link">
                No, go back
              </Link>
            </div>
          </Form>
        </div>
      </div>
    </>
  );
}
