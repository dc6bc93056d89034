import type { ContactEntry } from '../../engine/recommend.ts';

/** What a contact's button says: "Call 101", or the flow's short words for a website. */
export function describeContact(entry: ContactEntry): string {
  return entry.kind === 'website' ? (entry.short ?? entry.label) : `Call ${entry.value}`;
}

/**
 * An action's main contact, chosen from data (docs/decisions/0057), as a
 * button at least 44 px tall (issue 17): a stressed person taps on a phone,
 * and a 21 px text link is easy to miss. Its out-of-hours line, second way
 * and hours are in the action's card.
 */
export function ContactButton({
  entry,
  className = 'govuk-button--secondary',
  ...marks
}: {
  entry: ContactEntry;
  className?: string;
  [data: `data-${string}`]: string;
}) {
  const website = entry.kind === 'website';
  return (
    <a
      href={entry.href}
      className={`govuk-button app-call ${className}`}
      {...marks}
      {...(website && { target: '_blank', rel: 'noreferrer noopener' })}
    >
      {describeContact(entry)}
      <span className="govuk-visually-hidden">
        , {entry.label}
        {website && ' (opens in new tab)'}
      </span>
    </a>
  );
}
