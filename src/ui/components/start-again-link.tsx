import { Link } from 'react-router';

/** "Start again" clears every answer; it is on every journey page, and never printed. */
export function StartAgainLink({ to }: { to: string }) {
  return (
    <p className="govuk-body app-no-print">
      <Link to={to} className="govuk-link">
        Start again
      </Link>
    </p>
  );
}
