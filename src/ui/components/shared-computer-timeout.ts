/**
 * The shared-computer timeout's times, in one place (docs/decisions/0015),
 * and how they are put in words. A module of its own, small enough for the
 * start page, which tells people about the timeout before they begin.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * After `warnAfterMs` without activity, a page that shows answers warns; if
 * nobody continues within `clearAfterWarningMs`, the answers and notes are
 * cleared.
 * While the warning shows, the time left is announced to screen readers every
 * `announceEveryMs` (the count-down on screen moves every second).
 */
export const SHARED_COMPUTER_TIMEOUT = {
  warnAfterMs: 20 * MINUTE,
  clearAfterWarningMs: 2 * MINUTE,
  announceEveryMs: 30 * SECOND,
} as const;

export type TimeoutTimes = { warnAfterMs: number; clearAfterWarningMs: number; announceEveryMs: number };

/** A length of time in words: "2 minutes", "1 minute 30 seconds", "45 seconds". */
export function describeDuration(milliseconds: number): string {
  const total = Math.max(0, Math.ceil(milliseconds / SECOND));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [
    ...(minutes > 0 ? [`${minutes} minute${minutes === 1 ? '' : 's'}`] : []),
    ...(seconds > 0 || minutes === 0 ? [`${seconds} second${seconds === 1 ? '' : 's'}`] : []),
  ];
  return parts.join(' ');
}
