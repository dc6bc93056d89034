import type { MiddlewareFunction } from 'react-router';
import { createContext, RouterContextProvider } from 'react-router';
import type { Flow } from '../engine/flow-schema.ts';
import { clearIdleJourney } from './journey-activity.ts';
import type { JourneySession } from './journey-session.ts';

export type AppOptions = {
  /** Where the tab keeps its answers: sessionStorage in the browser. */
  storage: Storage;
  /** The flow to run; the one the build checked when absent (tests may give a small flow of their own). */
  flow?: Flow;
};

/** The tab's journey session, for the journey routes' loaders and actions: `context.get(journeySessionContext)`. */
export const journeySessionContext = createContext<JourneySession>();

/** How to open it. The journey code (flow, Zod, XState) loads the first time, so the start page stays small. */
const openJourneySessionContext = createContext<() => Promise<JourneySession>>();

/**
 * The router's `getContext`: every navigation and form submission gets a
 * context that can open this tab's one session.
 */
export function createAppContext({ storage, flow }: AppOptions): () => RouterContextProvider {
  // Before any page is drawn: a journey left idle past the shared-computer
  // limit (a tab restored after the browser was closed, a page left open on
  // the start page) is cleared, whatever page this is (H-24).
  const clearedWhenIdle = clearIdleJourney(storage, Date.now());
  let session: Promise<JourneySession> | undefined;
  const open = () =>
    (session ??= import('./journey-session.ts').then((module) =>
      module.createJourneySession(storage, flow, { clearedWhenIdle }),
    ));
  return () => new RouterContextProvider(new Map([[openJourneySessionContext, open]]));
}

/** The journey routes' middleware: opens the session (loading its code once) and puts it in the context. */
export const provideJourneySession: MiddlewareFunction = async ({ context }) => {
  context.set(journeySessionContext, await context.get(openJourneySessionContext)());
};
