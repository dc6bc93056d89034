import type { Recommendation, RecommendedAction } from '../../engine/recommend.ts';
import { ContactButton } from './contact-button.tsx';
import { InPageLink } from './in-page-link.tsx';

/** The GOV.UK tag colour of each urgency band, most urgent first; bands beyond these are grey. */
export const BAND_TAGS = ['govuk-tag--red', 'govuk-tag--orange', 'govuk-tag--blue'];

/** Each urgency band's words and tag colour: the flow names the bands, most urgent first, so no code knows a band's id. */
export function describeBands(recommendation: Recommendation) {
  return new Map(
    recommendation.urgencies.map((urgency, rank) => [
      urgency.id,
      { heading: urgency.heading, tag: BAND_TAGS[rank] ?? 'govuk-tag--grey', rank },
    ]),
  );
}

/** Where each row of the plan at a glance leads: the detailed action, or the warning. */
export const actionTargetId = (route: string) => `action-${route}`;
export const warningTargetId = (warning: string) => `warning-${warning}`;

function PlanRow({ action, number }: { action: RecommendedAction; number: number }) {
  const main = action.mainContact?.main;
  return (
    <li className="app-plan__action" data-plan-route={action.route}>
      <InPageLink targetId={actionTargetId(action.route)} className="govuk-link app-plan__title">
        {number}. {action.short}
      </InPageLink>{' '}
      {main ? (
        <span className="app-plan__act">
          <span className="app-plan__who">{action.whoShort}</span>
          <ContactButton entry={main} data-plan-contact="main" />
        </span>
      ) : (
        <span className="app-plan__who">{action.whoShort}</span>
      )}
    </li>
  );
}

/**
 * The emergency action as a red card with a full-width call button, before
 * everything else, as on the 999 page: the review saw a stressed user tap the
 * biggest thing on the screen, which was then a title that only scrolled.
 */
function EmergencyCard({ action }: { action: RecommendedAction }) {
  const main = action.mainContact?.main;
  return (
    <div className="app-plan__emergency" data-plan-route={action.route}>
      <p className="app-plan__emergency-title">
        <InPageLink targetId={actionTargetId(action.route)} className="govuk-link app-plan__title">
          1. {action.short}
        </InPageLink>{' '}
        <span className="app-plan__who">{action.whoShort}</span>
      </p>
      {main && <ContactButton entry={main} className="app-call--emergency" data-plan-contact="main" />}
    </div>
  );
}

/**
 * The plan at a glance, before the detailed actions: the emergency action (when
 * the plan has it) as a red card, then the other actions under their urgency
 * bands, the most urgent band drawn as a care card (as NHS 111 draws its one
 * disposition), each row its number and short title, who does it and its main
 * contact as a button; then one line per warning. Every row links to its
 * detailed section. It must fit the first screen of a phone for a plan of up to
 * 6 actions and 3 warnings (contracts.md): docs/decisions/0060 has the figures.
 */
export function PlanAtAGlance({
  recommendation,
  emergencyRoute,
}: {
  recommendation: Recommendation;
  emergencyRoute: string;
}) {
  const { actions, warnings, urgencies } = recommendation;
  const bands = describeBands(recommendation);
  const emergency = actions[0]?.route === emergencyRoute ? actions[0] : undefined;
  return (
    <nav className="app-plan" aria-label="Your plan at a glance" data-plan>
      {emergency && <EmergencyCard action={emergency} />}
      {urgencies.map((urgency) => {
        const group = actions.filter((action) => action.urgency === urgency.id && action !== emergency);
        if (group.length === 0) return null;
        const band = bands.get(urgency.id)!;
        const labelId = `plan-band-${urgency.id}`;
        return (
          <div
            key={urgency.id}
            className={`app-plan__band${band.rank === 0 ? ' app-plan__band--first' : ''}`}
            data-plan-band={urgency.id}
          >
            {/* Not a heading: the detailed actions carry the band headings, and a list of headings should not name each band twice. */}
            <p className="app-plan__band-heading" id={labelId}>
              <strong className={`govuk-tag ${band.tag}`}>{urgency.heading}</strong>
            </p>
            <ol className="govuk-list app-plan__actions" aria-labelledby={labelId}>
              {group.map((action) => (
                <PlanRow key={action.route} action={action} number={actions.indexOf(action) + 1} />
              ))}
            </ol>
          </div>
        );
      })}
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
