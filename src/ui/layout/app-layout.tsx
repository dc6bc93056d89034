import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { NavigationType, Outlet, useLocation, useNavigationType } from 'react-router';
import { PageChrome } from './page-chrome.tsx';

/**
 * Where each page of this tab's history was scrolled to, by location key, so
 * that Back and Forward return to it. Kept in memory only: a reload starts at
 * the top, and nothing about the journey is stored.
 */
const scrollPositions = new Map<string, number>();

/**
 * The layout route. After each navigation it behaves as a full page load
 * would: a new page opens at its top (the header, the Back link and the 999
 * line in view), and focus moves to its heading (or the main column), so that
 * screen reader users hear that the page changed. Back and Forward return to
 * where the page was scrolled.
 */
export function AppLayout({ checkRecordPath, banner }: { checkRecordPath?: string; banner?: ReactNode }) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const firstRender = useRef(true);
  useEffect(() => {
    // This layout puts each page where it belongs; the browser's own
    // restoration would act before the page it restores is drawn.
    window.history.scrollRestoration = 'manual';
  }, []);
  useEffect(() => {
    // Taken as a navigation starts (a click, a form sent, Back or Forward),
    // while this page is still drawn: a scroll listener would also catch the
    // browser clamping the position as the next, shorter page replaces it.
    const remember = () => scrollPositions.set(location.key, window.scrollY);
    const events = ['click', 'submit', 'popstate'] as const;
    for (const event of events) window.addEventListener(event, remember, { capture: true });
    return () => {
      for (const event of events) window.removeEventListener(event, remember, { capture: true });
    };
  }, [location.key]);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Before focus: focusing the heading alone would scroll it to the very
    // top, hiding the header, the Back link and the 999 line above it.
    window.scrollTo(0, navigationType === NavigationType.Pop ? (scrollPositions.get(location.key) ?? 0) : 0);
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
      heading.focus({ preventScroll: true });
    } else {
      main.focus({ preventScroll: true });
    }
  }, [location.key, navigationType]);

  return (
    <PageChrome checkRecordPath={checkRecordPath} banner={banner}>
      <Outlet />
    </PageChrome>
  );
}
