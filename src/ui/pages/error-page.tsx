import { useState } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { EmergencyLine } from '../components/emergency-line.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { PageChrome } from '../layout/page-chrome.tsx';
import { LoadingPage } from './loading-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';

function ProblemPage() {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <EmergencyLine />
        <p className="govuk-body">Reload the page to try again. Your answers are kept in this browser tab.</p>
        <p className="govuk-body">
          If it still does not work,{' '}
          <a href="/" className="govuk-link">
            go to the start
          </a>{' '}
          and follow your setting's safeguarding policy: tell your designated safeguarding lead without delay.
        </p>
      </div>
    </div>
  );
}

/**
 * The router's error boundary. It never leaves a blank page: an unknown page
 * gets the not found page, anything else a problem page that still gives the
 * 999 advice. `standalone` draws the page frame too, for errors in the layout.
 */
export function ErrorPage({
  standalone = false,
  onMissingScript,
}: {
  standalone?: boolean;
  /** A script of this release could not be loaded: returns true when it reloads the page onto the server's release. */
  onMissingScript?: (error: unknown) => boolean;
}) {
  const error = useRouteError();
  const [reloading] = useState(() => onMissingScript?.(error) ?? false);
  if (reloading) return standalone ? <LoadingPage /> : <p className="govuk-body">Loading…</p>;
  const content = isRouteErrorResponse(error) && error.status === 404 ? <NotFoundPage /> : <ProblemPage />;
  return standalone ? <PageChrome>{content}</PageChrome> : content;
}
