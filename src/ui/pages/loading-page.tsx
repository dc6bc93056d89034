import { PageChrome } from '../layout/page-chrome.tsx';

/** Shown while a page opened directly (a reload part-way through) loads its code: never without the 999 advice. */
export function LoadingPage() {
  return (
    <PageChrome>
      <p className="govuk-body">Loading…</p>
      <p className="govuk-body govuk-!-font-weight-bold">
        If a child is in immediate danger, call <a href="tel:999">999</a> now.
      </p>
    </PageChrome>
  );
}
