import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { PageChrome } from './page-chrome.tsx';

/**
 * The layout route. After each navigation it moves focus to the new page's
 * heading (or the main column), so that screen reader users hear that the page
 * changed, as they would with a full page load.
 */
export function AppLayout({ checkRecordPath, banner }: { checkRecordPath?: string; banner?: ReactNode }) {
  const location = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = document.getElementById('main-content');
    // An error summary, or a result that takes focus when it appears ([data-takes-focus]), keeps it.
    if (
      !main ||
      main.querySelector('.govuk-error-summary, [data-takes-focus]')?.contains(document.activeElement)
    )
      return;
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else {
      main.focus();
    }
  }, [location.key]);

  return (
    <PageChrome checkRecordPath={checkRecordPath} banner={banner}>
      <Outlet />
    </PageChrome>
  );
}
