import { WarningText } from './warning-text.tsx';

/** Kept on every question page: the one thing a stressed user must not miss. */
export function EmergencyLine() {
  return (
    <WarningText className="app-emergency-line">
      If a child is in immediate danger, call{' '}
      <a href="tel:999" className="govuk-link">
        999
      </a>{' '}
      now.
    </WarningText>
  );
}
