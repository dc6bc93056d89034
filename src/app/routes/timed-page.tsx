import type { ReactNode } from 'react';
import { useCallback } from 'react';
import { Outlet, useSubmit } from 'react-router';
import { TimeoutWarning } from '../../ui/components/timeout-warning.tsx';
import { PATHS } from '../paths.ts';

/**
 * A page that shows answers, with the shared-computer timeout
 * (docs/decisions/0015): at the end of the warning it posts to the expired
 * route, whose action clears the answers and notes and shows why.
 */
export function TimedPage({ children }: { children: ReactNode }) {
  const submit = useSubmit();
  const expire = useCallback(() => {
    void submit(null, { method: 'post', action: PATHS.expired, replace: true });
  }, [submit]);
  return (
    <>
      {children}
      <TimeoutWarning onExpire={expire} />
    </>
  );
}

/** The layout route around the journey's pages that show answers: one count for all of them. */
export function Component() {
  return (
    <TimedPage>
      <Outlet />
    </TimedPage>
  );
}
