import { Link } from 'react-router';

export function BackLink({ to, state }: { to: string; state?: unknown }) {
  return (
    <Link to={to} state={state} className="govuk-back-link app-no-print">
      Back
    </Link>
  );
}
