import type { ActionFunctionArgs } from 'react-router';
import { redirect, useLocation } from 'react-router';
import { findStartAgainFrom } from '../../ui/components/start-again-link.tsx';
import { StartAgainPage } from '../../ui/pages/start-again-page.tsx';
import { journeySessionContext } from '../journey-session-context.ts';
import { PATHS } from '../paths.ts';

/** "Yes": clears the answers and notes, then the start page. */
export function action({ context }: ActionFunctionArgs) {
  context.get(journeySessionContext).restart();
  return redirect(PATHS.start);
}

/** Asks first. "No" returns to the page the person came from; opened directly, to the start. */
export function Component() {
  const from = findStartAgainFrom(useLocation().state);
  return <StartAgainPage back={from ?? { to: PATHS.start }} />;
}
