import type { ContactEntry, RecommendedAction } from '../../engine/recommend.ts';
import { formatLongDate } from '../../format-date.ts';
import { ContactButton } from './contact-button.tsx';

function ContactValue({ entry }: { entry: ContactEntry }) {
  if (!entry.href) return <>{entry.value}</>;
  if (entry.kind === 'website') {
    return (
      <a href={entry.href} className="govuk-link" target="_blank" rel="noreferrer noopener">
        {entry.value.replace(/^https:\/\/(www\.)?/, '')} (opens in new tab)
      </a>
    );
  }
  // A phone number stays on one line; an email address may break, or it would not fit 320 px inside "More about this step".
  return (
    <a
      href={entry.href}
      className={`govuk-link ${entry.kind === 'phone' ? 'app-contact__link' : 'app-contact__address'}`}
    >
      {entry.value}
    </a>
  );
}

function ContactList({ contact }: { contact: NonNullable<RecommendedAction['contact']> }) {
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
                <ContactValue entry={entry} />
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

/**
 * The action's main contact as a button, marked for the contract
 * (data-main-contact, contracts.md version 3), with what is beside it (the
 * out-of-hours line, or a second way) as links with their hours: the one tap
 * and its alternatives, without opening "More about this step".
 */
function MainContact({ mainContact }: { mainContact: NonNullable<RecommendedAction['mainContact']> }) {
  const { main, beside } = mainContact;
  return (
    <div className="app-action__contact">
      <p className="govuk-body-s app-action__main-contact">
        <ContactButton entry={main} data-main-contact="" />{' '}
        <span className="app-action__contact-label">
          {main.label}
          {main.hours && <> ({main.hours})</>}
        </span>
      </p>
      {beside.map((entry) => (
        <p key={entry.id} className="govuk-body-s govuk-!-margin-bottom-1">
          {entry.label}: <ContactValue entry={entry} />
          {entry.hours && <> ({entry.hours})</>}
        </p>
      ))}
    </div>
  );
}

/**
 * One action of the recommendation (the contract's data-route and
 * data-urgency), as a card a stressed user can act from: its title, its
 * urgency and who does it, at most three key steps (chooseKeySteps), its main
 * contact as a button and what to have ready. The rest (further steps, every
 * contact with its dates, why it is recommended) waits in "More about this
 * step", so that a plan's actions end within 6 phone screens (issue 17,
 * docs/decisions/0060).
 */
export function RecommendedActionSection({
  action,
  number,
  band,
  keySteps,
  whoSaidAbove,
}: {
  action: RecommendedAction;
  number: number;
  band: { heading: string; tag: string };
  keySteps: readonly string[];
  /** The action before this one says who does it in the same words: this card gives the short form. */
  whoSaidAbove: boolean;
}) {
  const moreSteps = action.steps.filter((step) => !keySteps.includes(step));
  return (
    <section
      className="app-action"
      data-route={action.route}
      data-urgency={action.urgency}
      aria-labelledby={`action-${action.route}`}
    >
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={`action-${action.route}`}>
        <span className="app-action__number">{number}. </span>
        {action.title}
      </h3>
      {/* Other staff must see at once when an action is the DSL's, so that they do not make the referral themselves. */}
      <p
        className={`govuk-body-s app-action__who${action.by === 'you' ? ' govuk-!-font-weight-bold' : ''}`}
        data-action-by={action.by}
      >
        <strong className={`govuk-tag ${band.tag} app-action__tag`}>{band.heading}</strong>{' '}
        {/* A head teacher's or chair's lead is said in 300 characters; once is enough for a run of cards. */}
        {whoSaidAbove ? `${action.whoShort}, as above.` : action.who}
      </p>
      <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-2" data-key-steps>
        {keySteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      {action.mainContact && <MainContact mainContact={action.mainContact} />}
      {action.haveReady.length > 0 && (
        <div className="app-have-ready">
          {/* One run of text, not a bulleted column: six items took a third of a phone screen. Still a list to a screen reader. */}
          <h4
            className="govuk-body-s govuk-!-font-weight-bold app-have-ready__heading"
            id={`have-ready-${action.route}`}
          >
            Have this ready
          </h4>
          <ul
            className="govuk-list govuk-body-s app-have-ready__items"
            aria-labelledby={`have-ready-${action.route}`}
          >
            {action.haveReady.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      <details className="govuk-details app-action__more">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            More about this step<span className="govuk-visually-hidden">: {action.title}</span>
          </span>
        </summary>
        <div className="govuk-details__text">
          {moreSteps.length > 0 && (
            <ul className="govuk-list govuk-list--bullet" data-more-steps>
              {moreSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
          )}
          {action.contact && <ContactList contact={action.contact} />}
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Why this is recommended</h4>
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
