import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';
import { WarningText } from '../components/warning-text.tsx';

export type ExpiredPageProps = {
  /** How long without activity, in words: "22 minutes". */
  after: string;
  startPath: string;
};

/** Where the shared-computer timeout leads: what was cleared, why, and how to go on. */
export function ExpiredPage({ after, startPath }: ExpiredPageProps) {
  usePageTitle('Your answers have been cleared');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Your answers have been cleared</h1>
        <p className="govuk-body">
          There was no activity for {after}, so this tool cleared your answers and notes from this browser
          tab. This stops the next person who uses this computer from seeing information about a child.
        </p>
        <p className="govuk-body">
          A record summary you copied, downloaded or printed before is not affected.
        </p>
        <WarningText>If a child is in immediate danger, call 999 now.</WarningText>
        <Link
          to={startPath}
          className="govuk-button"
          data-module="govuk-button"
          draggable={false}
          role="button"
        >
          Start again
        </Link>
      </div>
    </div>
  );
}
