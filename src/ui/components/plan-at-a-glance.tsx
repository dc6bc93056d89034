import type { MainPhone } from '../../engine/find-main-phone.ts';
import type { Recommendation } from '../../engine/recommend.ts';
import { InPageLink } from './in-page-link.tsx';

/** The GOV.UK tag colour of each urgency band, most urgent first; bands beyond these are grey. */
const BAND_TAGS = ['govuk-tag--red', 'govuk-tag--orange', 'govuk-tag--blue'];

/** Where each row of the plan at a glance leads: the detailed action, or the warning. */
export const actionTargetId = (route: string) => `action-${route}`;
export const warningTargetId = (warning: string) => `warning-${warning}`;

/**
 * The plan at a glance, before the detailed actions: one row per action (its
 * short title, its urgency band as a tag, who does it, and its main phone
 * number as a link to call), then one line per warning, each linking to its
 * detailed section. A GOV.UK task list and warning text; compact enough that
 * a plan of up to 6 actions and 3 warnings fits on the first screen of a
 * phone (contracts.md, "The plan at a glance").
 */
export function PlanAtAGlance({
  recommendation,
  mainPhones,
}: {
  recommendation: Recommendation;
  mainPhones: Readonly<Record<string, MainPhone | undefined>>;
}) {
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
          const phone = mainPhones[action.route];
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
                  {phone?.entry.href && (
                    <>
                      {' '}
                      <a href={phone.entry.href} className="govuk-link app-plan__phone">
                        Call {phone.entry.value}
                        <span className="govuk-visually-hidden">, {phone.entry.label}</span>
                      </a>
                      {phone.condition && <> ({phone.condition})</>}
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
