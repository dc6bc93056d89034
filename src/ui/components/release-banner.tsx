import { formatLongDate } from '../../format-date.ts';

export type ReleaseBannerProps = {
  /** `offline`: this is the copy kept in the browser; `outdated`: the server has a newer release. */
  status: { kind: 'current' } | { kind: 'offline' } | { kind: 'outdated'; version: string };
  /** This copy's flow version and the date its advice was last checked. */
  version: string;
  contentUpdated: string;
};

/**
 * Says, on every page, when the advice shown may not be the latest: the tool
 * was served offline from the browser's copy, or the server has a newer
 * release than this page (decision 0039). Contacts change between releases,
 * so the date lets the user judge whether to check a number elsewhere.
 */
export function ReleaseBanner({ status, version, contentUpdated }: ReleaseBannerProps) {
  if (status.kind === 'current') return null;
  const updated = formatLongDate(contentUpdated);
  return (
    <div className="govuk-phase-banner app-release-banner" data-release-status={status.kind}>
      <p className="govuk-phase-banner__content">
        {status.kind === 'offline' ? (
          <span className="govuk-phase-banner__text">
            <strong>Offline: advice last updated {updated}.</strong> This is the copy of the tool kept in this
            browser (version {version}). When you are back online, reload the page to check for newer contact
            details.
          </span>
        ) : (
          <span className="govuk-phase-banner__text">
            <strong>Out of date: advice last updated {updated}.</strong> This page is version {version};
            version {status.version} is available. Reload the page to get it. Your answers are kept.
          </span>
        )}
      </p>
    </div>
  );
}
