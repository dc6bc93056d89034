import { SHARED_COMPUTER_TIMEOUT } from '../ui/components/shared-computer-timeout.ts';

/**
 * The tab's saved journey as the first bundle sees it: only whether there is
 * one and when it was last used. Every page, the start page included, needs
 * this to run the shared-computer timeout (H-24), and it must not load the
 * flow or the engine to do so; the journey itself is read and checked by
 * saved-journey.ts, in the journey's own chunk.
 */

/** The sessionStorage key. Answers are kept for this browser tab only: never in localStorage, never in the URL. */
export const SAVED_JOURNEY_KEY = 'online-abuse-triage:journey';

/** How long a journey may sit without activity before it is cleared: the warning, then the time it gives. */
export const IDLE_LIMIT_MS =
  SHARED_COMPUTER_TIMEOUT.warnAfterMs + SHARED_COMPUTER_TIMEOUT.clearAfterWarningMs;

/**
 * Activity is written back at most this often. Every key press in the notes
 * would otherwise rewrite the whole journey; a stored time a few seconds
 * behind only clears a restored tab a few seconds early.
 */
export const ACTIVITY_WRITE_EVERY_MS = 5_000;

const read = (storage: Storage): string | null => {
  try {
    return storage.getItem(SAVED_JOURNEY_KEY);
  } catch {
    return null;
  }
};

const readObject = (storage: Storage): Record<string, unknown> | undefined => {
  const text = read(storage);
  if (text === null) return undefined;
  try {
    const raw: unknown = JSON.parse(text);
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

/** Whether this tab keeps a journey (answers or notes, or something that claims to be one). */
export function hasSavedJourney(storage: Storage): boolean {
  return read(storage) !== null;
}

/** When the saved journey was last used (milliseconds since 1970), if it says. */
export function readLastActivity(storage: Storage): number | undefined {
  const lastActiveAt = readObject(storage)?.lastActiveAt;
  return typeof lastActiveAt === 'number' && Number.isFinite(lastActiveAt) ? lastActiveAt : undefined;
}

/** Writes the time of the latest activity into the saved journey, unless one as recent is there already. */
export function noteActivity(storage: Storage, now: number): void {
  const saved = readObject(storage);
  if (!saved) return;
  const last = saved.lastActiveAt;
  if (typeof last === 'number' && now >= last && now - last < ACTIVITY_WRITE_EVERY_MS) return;
  try {
    storage.setItem(SAVED_JOURNEY_KEY, JSON.stringify({ ...saved, lastActiveAt: now }));
  } catch {
    // Storage full or turned off: the count in the page still runs.
  }
}

/**
 * Clears a saved journey left idle past the limit: a tab restored after the
 * browser was closed, or a page loaded in a tab left alone. Run before the
 * app shows anything. Returns whether it cleared one.
 */
export function clearIdleJourney(storage: Storage, now: number): boolean {
  const last = readLastActivity(storage);
  if (last === undefined || now - last < IDLE_LIMIT_MS) return false;
  try {
    storage.removeItem(SAVED_JOURNEY_KEY);
  } catch {
    return false;
  }
  return true;
}
