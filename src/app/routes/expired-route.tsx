import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import { redirect } from 'react-router';
import { describeDuration, SHARED_COMPUTER_TIMEOUT } from '../../ui/components/shared-computer-timeout.ts';
import { ExpiredPage } from '../../ui/pages/expired-page.tsx';
import { journeySessionContext } from '../journey-session-context.ts';
import { PATHS } from '../paths.ts';

/** The timeout's end: clears the answers and notes (here and in sessionStorage), then shows why. */
export function action({ context }: ActionFunctionArgs) {
  context.get(journeySessionContext).expire();
  return redirect(PATHS.expired);
}

/** The page says why once; from here the journey starts afresh. A GET never clears anything. */
export function loader({ context }: LoaderFunctionArgs) {
  context.get(journeySessionContext).acknowledgeExpiry();
  return null;
}

export function Component() {
  const { warnAfterMs, clearAfterWarningMs } = SHARED_COMPUTER_TIMEOUT;
  return <ExpiredPage after={describeDuration(warnAfterMs + clearAfterWarningMs)} startPath={PATHS.start} />;
}
