import type { ReactNode } from 'react';
import { SERVICE_NAME } from '../components/use-page-title.ts';

/**
 * The frame of every page: skip link, a plain header with the service name (no
 * crown: this service is not on GOV.UK), the main column and a short footer.
 * Plain anchors rather than router links, so that the error page can use it
 * even when the router itself has failed.
 */
export function PageChrome({
  children,
  checkRecordPath,
  banner,
}: {
  children: ReactNode;
  /** A line about the whole site, above the page (the release banner). */
  banner?: ReactNode;
  /** The "Check a record" page, linked from the footer (the error page, outside the router, leaves it out). */
  checkRecordPath?: string | undefined;
}) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-generic-header app-no-print">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <a href="/" className="govuk-generic-header__homepage-link">
              {SERVICE_NAME}
            </a>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        {banner}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer app-no-print">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s govuk-!-margin-bottom-2">
                Decision support for professionals in Hampshire, the Isle of Wight, Portsmouth and
                Southampton. It supports, and does not replace, your professional judgement and your local
                procedures.
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                Your answers stay in this browser tab. Nothing is sent anywhere.
              </p>
              {checkRecordPath !== undefined && (
                <>
                  <h2 className="govuk-visually-hidden">Support links</h2>
                  <ul className="govuk-footer__inline-list govuk-!-margin-top-4 govuk-!-margin-bottom-0">
                    <li className="govuk-footer__inline-list-item">
                      <a className="govuk-footer__link" href={checkRecordPath}>
                        Check a record
                      </a>
                    </li>
                  </ul>
                </>
              )}
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
