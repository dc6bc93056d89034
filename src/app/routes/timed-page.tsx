import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { JourneyTimeout, useTimedAbove } from '../journey-timeout.tsx';

/**
 * A page that shows answers, with the shared-computer timeout
 * (docs/decisions/0015). While the tab keeps a journey, the layout counts on
 * every page; this page counts only when nothing is kept yet (the first
 * question) or when its answers are not the journey's (a checked record).
 */
export function TimedPage({ children }: { children: ReactNode }) {
  const timedAbove = useTimedAbove();
  return (
    <>
      {children}
      {!timedAbove && <JourneyTimeout />}
    </>
  );
}

/** The layout route around the journey's pages that show answers. */
export function Component() {
  return (
    <TimedPage>
      <Outlet />
    </TimedPage>
  );
}
