import { Link } from 'react-router';
import { BackLink } from '../components/back-link.tsx';
import type { JourneyNotice } from '../components/journey-notice-banner.tsx';
import { JourneyNoticeBanner } from '../components/journey-notice-banner.tsx';
import { usePageTitle } from '../components/use-page-title.ts';

export type Call999PageProps = {
  /** The flow's emergency route: its title and steps. */
  title: string;
  steps: string[];
  back: { to: string; state?: unknown };
  next: { to: string; state?: unknown };
  notice?: JourneyNotice | undefined;
};

/** Shown at once when a child may be in immediate danger, before any other question. */
export function Call999Page({ title, steps, back, next, notice }: Call999PageProps) {
  usePageTitle(title);
  return (
    <>
      <BackLink to={back.to} state={back.state} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <JourneyNoticeBanner notice={notice} />
          <div className="govuk-panel app-panel--emergency">
            <h1 className="govuk-panel__title">{title}</h1>
            <div className="govuk-panel__body">
              <a href="tel:999" className="app-panel__phone">
                Call 999
              </a>
            </div>
          </div>
          <ul className="govuk-list govuk-list--bullet">
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
          <p className="govuk-body">
            Once you have called 999, or someone else has, continue to find out what else to do.
          </p>
          <Link
            to={next.to}
            state={next.state}
            role="button"
            draggable={false}
            className="govuk-button"
            data-module="govuk-button"
          >
            Continue the triage
          </Link>
        </div>
      </div>
    </>
  );
}
