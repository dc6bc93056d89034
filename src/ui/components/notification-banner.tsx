import { useId } from 'react';

export type Notice = { title: string; text: string; items?: string[] };

/** A GOV.UK notification banner, for notices about the user's own answers (restored, dropped, redirected). */
export function NotificationBanner({ notice }: { notice: Notice }) {
  const titleId = useId();
  return (
    <div className="govuk-notification-banner app-no-print" role="region" aria-labelledby={titleId}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{notice.title}</p>
        <p className="govuk-body">{notice.text}</p>
        {notice.items && notice.items.length > 0 && (
          <ul className="govuk-list govuk-list--bullet">
            {notice.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
