import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimeoutTimes } from './shared-computer-timeout.ts';

/**
 * What counts as activity: a key pressed, a click or tap (pointerdown covers
 * mouse, touch and pen, and dragging a scroll bar), the mouse wheel, and text
 * put in a field without a key (pasting with the mouse, dictation). Moving
 * the mouse alone does not: a mouse nudged in passing, or one that drifts,
 * would otherwise keep a child's case on the screen for ever.
 */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'input'] as const;

export type InactivityTimeout =
  | { phase: 'active' }
  | {
      phase: 'warning';
      /** Until the answers are cleared, to the second: what the screen shows. */
      remainingMs: number;
      /** The same, rounded up to the announcement step: what screen readers are told, so it changes only at each step. */
      announcedMs: number;
      /** Keeps everything, and starts the count again from now. */
      keepGoing: () => void;
    };

/**
 * Counts the time since the last activity on the page, by the clock rather
 * than by timers alone: a computer that slept, or a tab the browser slowed
 * down in the background, is checked again as soon as the page is seen, and
 * expires at once if the whole time has passed. Calls `onExpire` once.
 */
export function useInactivityTimeout(
  onExpire: () => void,
  times: TimeoutTimes,
  {
    since,
    onActivity,
  }: {
    /** The last activity before this page counted (kept with the journey), so that a new page or a reload does not start the count again. */
    since?: number | undefined;
    /** Told of each activity, to keep its time with the journey. */
    onActivity?: ((at: number) => void) | undefined;
  } = {},
): InactivityTimeout {
  const { warnAfterMs, clearAfterWarningMs, announceEveryMs } = times;
  // Set when the page first counts, and by every activity and "Continue" after that.
  const lastActivity = useRef<number>(since);
  const reportActivity = useRef(onActivity);
  useEffect(() => {
    reportActivity.current = onActivity;
  }, [onActivity]);
  const [warningFrom, setWarningFrom] = useState<number>();
  const [now, setNow] = useState(() => Date.now());
  const expire = useRef(onExpire);
  const expired = useRef(false);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);
  const expireOnce = useCallback(() => {
    if (expired.current) return;
    expired.current = true;
    expire.current();
  }, []);

  // Before the warning: note activity, and look at the clock when the time to warn may have come.
  useEffect(() => {
    if (warningFrom !== undefined) return undefined;
    lastActivity.current ??= Date.now();
    const noteActivity = () => {
      lastActivity.current = Date.now();
      reportActivity.current?.(lastActivity.current);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      const since = lastActivity.current ?? Date.now();
      const idle = Date.now() - since;
      if (idle >= warnAfterMs + clearAfterWarningMs) expireOnce();
      else if (idle >= warnAfterMs) setWarningFrom(since + warnAfterMs);
      // Activity since the timer was set moves the time to warn later: look again then.
      else timer = setTimeout(check, warnAfterMs - idle);
    };
    // When the page is hidden or shown again: timers may have been slowed or stopped meanwhile.
    const checkWhenSeen = () => check();
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, noteActivity, true);
    document.addEventListener('visibilitychange', checkWhenSeen);
    check();
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, noteActivity, true);
      document.removeEventListener('visibilitychange', checkWhenSeen);
    };
  }, [warningFrom, warnAfterMs, clearAfterWarningMs, expireOnce]);

  // During the warning: count down each second, and clear at the end. Activity no longer counts: only "Continue".
  useEffect(() => {
    if (warningFrom === undefined) return undefined;
    const clearsAt = warningFrom + clearAfterWarningMs;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      if (time >= clearsAt) expireOnce();
    };
    tick();
    const interval = setInterval(tick, 1000); // every second: the count-down on screen
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(interval);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [warningFrom, clearAfterWarningMs, expireOnce]);

  const keepGoing = useCallback(() => {
    lastActivity.current = Date.now();
    reportActivity.current?.(lastActivity.current);
    setWarningFrom(undefined);
  }, []);

  if (warningFrom === undefined) return { phase: 'active' };
  const remainingMs = Math.max(0, warningFrom + clearAfterWarningMs - now);
  return {
    phase: 'warning',
    remainingMs,
    announcedMs: Math.ceil(remainingMs / announceEveryMs) * announceEveryMs,
    keepGoing,
  };
}
