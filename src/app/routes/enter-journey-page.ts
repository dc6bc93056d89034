import type { LoaderFunctionArgs } from 'react-router';
import { data, redirect } from 'react-router';
import type { JourneyNotice } from '../../ui/components/journey-notice-banner.tsx';
import type { JourneySession } from '../journey-session.ts';
import { journeySessionContext } from '../journey-session-context.ts';
import { PATHS } from '../paths.ts';
import type { JourneyPage } from '../journey-navigation.ts';

type JourneyArgs = Pick<LoaderFunctionArgs, 'context' | 'url'>;

/**
 * The one gate every journey page's loader and action goes through. A page
 * the answers do not reach sends the user to the page they need, with a notice
 * saying why; an unknown question is "Page not found"; after the
 * shared-computer timeout, every page goes to the one that says the answers
 * were cleared. Returns the session.
 */
export function requireJourneyPage({ context }: JourneyArgs, page: JourneyPage): JourneySession {
  const session = context.get(journeySessionContext);
  // Cleared by the shared-computer timeout: say so before anything else.
  if (session.status === 'expired') throw redirect(PATHS.expired);
  const check = session.navigation.checkPage(session.journey, page);
  // React Router's way to end a loader early: it catches thrown responses.
  if (check.status === 'not-found') throw data('Not found', { status: 404 });
  if (check.status === 'redirect') {
    session.leaveNotice(check.to, {
      kind: 'redirected',
      to: check.toCheckAnswers ? 'check-answers' : 'next-question',
      because: check.because,
    });
    throw redirect(check.to);
  }
  return session;
}

/** For a page's loader: the gate, then any notice waiting for the page (shown once). */
export function enterJourneyPage(
  args: JourneyArgs,
  page: JourneyPage,
): { session: JourneySession; notice: JourneyNotice | undefined } {
  const session = requireJourneyPage(args, page);
  return { session, notice: session.takeNotice(args.url.pathname) };
}
