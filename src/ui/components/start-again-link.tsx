import { Link, useLocation } from 'react-router';

/**
 * "Start again" clears every answer and note, so it never does so in one tap:
 * it is a link to a page that asks first (src/ui/pages/start-again-page.tsx),
 * set apart from the page's primary button so that it is not pressed by
 * mistake for Continue. Never printed.
 */
export function StartAgainLink({ to, disabled = false }: { to: string; disabled?: boolean }) {
  const location = useLocation();
  const from: StartAgainFrom = { from: { to: location.pathname, state: location.state as unknown } };
  return (
    <p className="govuk-body app-no-print app-start-again">
      {disabled ? (
        // The pre-rendered page before the app takes over: nothing can be cleared yet.
        <span className="app-start-again__pending">Start again</span>
      ) : (
        <Link to={to} state={from} className="govuk-link">
          Start again
        </Link>
      )}
    </p>
  );
}

/** The history state the link gives the page that asks: where "No" returns. */
export type StartAgainFrom = { from: { to: string; state?: unknown } };

export function findStartAgainFrom(state: unknown): StartAgainFrom['from'] | undefined {
  if (typeof state !== 'object' || state === null || !('from' in state)) return undefined;
  const { from } = state;
  if (typeof from !== 'object' || from === null) return undefined;
  const { to, state: fromState } = from as { to: unknown; state?: unknown };
  return typeof to === 'string' ? { to, state: fromState } : undefined;
}
