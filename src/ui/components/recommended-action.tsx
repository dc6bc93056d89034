import type { ContactEntry, RecommendedAction } from '../../engine/recommend.ts';
import { formatLongDate } from '../../format-date.ts';

function ContactValue({ entry, isMain }: { entry: ContactEntry; isMain: boolean }) {
  if (!entry.href) return <>{entry.value}</>;
  // The contract's mark on the action's main contact (contracts.md, version 3), for tests and tools. Only
  // the one chosen: another contact may be main where its own place applies (the Hampshire LADO).
  const main = isMain && { 'data-main-contact': '' };
  if (entry.kind === 'website') {
    return (
      <a href={entry.href} className="govuk-link" target="_blank" rel="noreferrer noopener" {...main}>
        {entry.value.replace(/^https:\/\/(www\.)?/, '')} (opens in new tab)
      </a>
    );
  }
  return (
    <a href={entry.href} className="govuk-link app-contact__link" {...main}>
      {entry.value}
    </a>
  );
}

function ContactList({
  contact,
  mainContact,
}: {
  contact: NonNullable<RecommendedAction['contact']>;
  mainContact: RecommendedAction['mainContact'];
}) {
  // A contact decided by another place than where the child lives (the LADO: where the adult works) is not
  // "for" the child's area: each says its own place in its label.
  const forChildArea = contact.entries.every(
    (entry) => entry.decidedBy === 'national' || entry.decidedBy === 'child-home',
  );
  return (
    <div className="app-contact">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">
        {forChildArea ? `Contacts for ${contact.areaLabel}` : 'Contacts'}
      </h4>
      <ul className="govuk-list app-contact__list">
        {contact.entries.map((entry) => (
          <li key={`${entry.label}-${entry.value}`} className="app-contact__entry">
            {entry.kind === 'text' ? (
              <p className="govuk-body govuk-!-margin-bottom-1">{entry.value}</p>
            ) : (
              <p className="govuk-body govuk-!-margin-bottom-1">
                <span className="govuk-!-font-weight-bold">{entry.label}:</span>{' '}
                <ContactValue entry={entry} isMain={entry.id === mainContact?.main.id} />
                {entry.hours && <span> ({entry.hours})</span>}
              </p>
            )}
            {entry.note && <p className="govuk-body-s govuk-!-margin-bottom-1">{entry.note}</p>}
            <p className="govuk-body-s app-contact__checked">
              {!entry.confirmed && (
                <strong className="govuk-tag govuk-tag--yellow app-contact__tag">Not confirmed</strong>
              )}{' '}
              Last checked {formatLongDate(entry.lastChecked)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One action of the recommendation: what to do, who to contact, and why (the contract's data-route and data-urgency). */
export function RecommendedActionSection({ action, number }: { action: RecommendedAction; number: number }) {
  return (
    <section
      className="app-action"
      data-route={action.route}
      data-urgency={action.urgency}
      aria-labelledby={`action-${action.route}`}
    >
      <h3 className="govuk-heading-m" id={`action-${action.route}`}>
        <span className="app-action__number">{number}. </span>
        {action.title}
      </h3>
      {/* Other staff must see at once when an action is the DSL's, so that they do not make the referral themselves. */}
      <p
        className={
          action.by === 'you' ? 'govuk-body govuk-!-font-weight-bold' : 'govuk-inset-text app-action__by'
        }
        data-action-by={action.by}
      >
        {action.who}
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {action.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      {action.contact && <ContactList contact={action.contact} mainContact={action.mainContact} />}
      {action.haveReady.length > 0 && (
        <div className="app-have-ready">
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1" id={`have-ready-${action.route}`}>
            Have this ready
          </h4>
          <ul className="govuk-list govuk-list--bullet" aria-labelledby={`have-ready-${action.route}`}>
            {action.haveReady.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            Why this is recommended<span className="govuk-visually-hidden">: {action.title}</span>
          </span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list govuk-list--bullet">
            {action.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Sources</h4>
          <ul className="govuk-list govuk-body-s">
            {action.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </div>
      </details>
    </section>
  );
}
