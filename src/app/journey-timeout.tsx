import { createContext, useCallback, useContext } from 'react';
import { useSubmit } from 'react-router';
import { TimeoutWarning } from '../ui/components/timeout-warning.tsx';
import { hasSavedJourney, noteActivity, readLastActivity } from './journey-activity.ts';
import { PATHS } from './paths.ts';

/** The tab's sessionStorage, where the journey is kept; absent when the start page is drawn at build time. */
const tabStorage = (): Storage | undefined =>
  typeof window === 'undefined' ? undefined : window.sessionStorage;

/** Whether the tab keeps a journey, read afresh on each render (each navigation re-renders the layout). */
export function isJourneyKept(): boolean {
  const storage = tabStorage();
  return storage !== undefined && hasSavedJourney(storage);
}

/**
 * Whether a timeout higher up already counts for this page: the layout's,
 * while a journey is kept. A page that shows answers then adds none of its
 * own, so there is only ever one count and one dialog.
 */
export const TimedAbove = createContext(false);

/**
 * The shared-computer timeout (decision 0015, H-24), going on from the last
 * activity kept with the journey, and keeping each activity's time there, so
 * that moving to another page, a reload or a restored tab does not start the
 * count again. At the end it posts to the expired route, which clears the
 * answers and notes and says why; "Clear answers now" posts Start again.
 */
export function JourneyTimeout() {
  const submit = useSubmit();
  const expire = useCallback(() => {
    void submit(null, { method: 'post', action: PATHS.expired, replace: true });
  }, [submit]);
  const clearNow = useCallback(() => {
    void submit(null, { method: 'post', action: PATHS.startAgain, replace: true });
  }, [submit]);
  const storage = tabStorage();
  const keep = useCallback(
    (at: number) => {
      if (storage) noteActivity(storage, at);
    },
    [storage],
  );
  return (
    <TimeoutWarning
      onExpire={expire}
      onClearNow={clearNow}
      since={storage ? readLastActivity(storage) : undefined}
      onActivity={keep}
    />
  );
}

/** A page that shows answers: timed by the layout while a journey is kept, else by a count of its own. */
export function useTimedAbove(): boolean {
  return useContext(TimedAbove);
}
