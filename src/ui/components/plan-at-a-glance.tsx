import type { ContactEntry, Recommendation } from '../../engine/recommend.ts';
import { InPageLink } from './in-page-link.tsx';

/** The GOV.UK tag colour of each urgency band, most urgent first; bands beyond these are grey. */
const BAND_TAGS = ['govuk-tag--red', 'govuk-tag--orange', 'govuk-tag--blue'];

/** Where each row of the plan at a glance leads: the detailed action, or the warning. */
export const actionTargetId = (route: string) => `action-${route}`;
export const warningTargetId = (warning: string) => `warning-${warning}`;

/** What the glance's link says: "Call 101", or the flow's short words for a website. */
function describeContact(entry: ContactEntry): string {
  return entry.kind === 'website' ? (entry.short ?? entry.label) : `Call ${entry.value}`;
}

/**
 * The action's main contact, chosen from data (docs/decisions/0057), as one
 * compact link on the row's own line. Its out-of-hours line, second way and
 * hours are in the action's card: on a phone, the whole glance must stay on
 * the first screen (contracts.md), and a second button on each row would
 * push it off. The 44 px tap target (issue 17) waits for the glance's
 * redesign, which has the room for it.
 */
function PlanContact({ entry }: { entry: ContactEntry }) {
  const website = entry.kind === 'website';
  return (
    <a
      href={entry.href}
      className="govuk-link app-plan__contact"
      data-plan-contact="main"
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

/**
 * The plan at a glance, before the detailed actions: one row per action (its
 * short title, its urgency band as a tag, who does it, and its main contact
 * as a link), then one line per warning, each linking to its
 * detailed section. A GOV.UK task list and warning text; compact enough that
 * a plan of up to 6 actions and 3 warnings fits on the first screen of a
 * phone (contracts.md, "The plan at a glance").
 */
export function PlanAtAGlance({ recommendation }: { recommendation: Recommendation }) {
  const { actions, warnings, urgencies } = recommendation;
  // The flow names the bands, most urgent first: the colour goes by rank, the words are the band's heading.
  const bands = new Map(
    urgencies.map((urgency, rank) => [
      urgency.id,
      { heading: urgency.heading, tag: BAND_TAGS[rank] ?? 'govuk-tag--grey' },
    ]),
  );
  return (
    <nav className="app-plan" aria-label="Your plan at a glance" data-plan>
      <ol className="govuk-task-list app-plan__actions">
        {actions.map((action, index) => {
          const band = bands.get(action.urgency)!;
          return (
            <li
              key={action.route}
              className="govuk-task-list__item app-plan__action"
              data-plan-route={action.route}
            >
              <div className="govuk-task-list__name-and-hint">
                <InPageLink targetId={actionTargetId(action.route)}>
                  {index + 1}. {action.short}
                </InPageLink>
                <div className="govuk-task-list__hint app-plan__details">
                  <strong className={`govuk-tag ${band.tag} app-plan__tag`}>{band.heading}</strong>{' '}
                  <span className="app-plan__who">{action.whoShort}</span>
                  {action.mainContact && (
                    <>
                      {' '}
                      <PlanContact entry={action.mainContact.main} />
                    </>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {warnings.length > 0 && (
        <div className="govuk-warning-text app-plan__warnings">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            <ul className="govuk-list app-plan__warning-list">
              {warnings.map((warning) => (
                <li key={warning.id} data-plan-warning={warning.id}>
                  <InPageLink targetId={warningTargetId(warning.id)}>{warning.title}</InPageLink>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </nav>
  );
}
