import type { ChangeGroup, MissingReferralLine } from '../../engine/describe-plan-changes.ts';
import type { RecommendationReview } from '../../engine/find-due-content.ts';
import type { Recommendation } from '../../engine/recommend.ts';
import type { RecordNotes } from '../../summary/record-notes.ts';
import { BackLink } from '../components/back-link.tsx';
import { formatLongDate } from '../../format-date.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { WarningText } from '../components/warning-text.tsx';
import { RecommendedActionSection } from '../components/recommended-action.tsx';
import type { RecordSummarySectionProps } from '../components/record-summary-section.tsx';
import { RecordSummarySection } from '../components/record-summary-section.tsx';
import type { JourneyNotice } from '../components/journey-notice-banner.tsx';
import { JourneyNoticeBanner } from '../components/journey-notice-banner.tsx';
import { StartAgainLink } from '../components/start-again-link.tsx';
import { InPageLink } from '../components/in-page-link.tsx';
import { MissingReferralsSection } from '../components/missing-referrals-section.tsx';
import { PlanChangesSection } from '../components/plan-changes-section.tsx';
import { describeBands, PlanAtAGlance, warningTargetId } from '../components/plan-at-a-glance.tsx';
import { PlainChanges } from '../components/plain-changes.tsx';

/** Decision support beside the plan: what would change the plan, and why referrals are not in it. */
export type DecisionSupport = {
  /** The flow's emergency route: in the plan at a glance it is a red card with a full-width call button. */
  emergencyRoute: string;
  /** Each action's key steps, at most three, shown before "More about this step" (chooseKeySteps). */
  keySteps: Readonly<Record<string, readonly string[]>>;
  /** At most three lines, in plain words, on what finding out more would add (describePlainChanges). */
  plainChanges: readonly string[];
  changes: readonly ChangeGroup[];
  missingReferrals: readonly MissingReferralLine[];
};

export type RecommendationPageProps = {
  recommendation: Recommendation;
  support: DecisionSupport;
  /** Whether the content used is past its review date, on the user's today. */
  review: RecommendationReview;
  back: { to: string; state?: unknown };
  startAgainPath: string;
  notice?: JourneyNotice | undefined;
  notes: RecordNotes;
} & Omit<RecordSummarySectionProps, 'notes'>;

export function RecommendationPage({
  recommendation,
  support,
  review,
  back,
  startAgainPath,
  notice,
  ...record
}: RecommendationPageProps) {
  usePageTitle('What to do');
  const { actions, warnings, lawNotes } = recommendation;
  const bands = describeBands(recommendation);
  return (
    <>
      <BackLink to={back.to} state={back.state} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds app-recommendation">
          <JourneyNoticeBanner notice={notice} />
          <h1 className="govuk-heading-l govuk-!-margin-bottom-2">What to do</h1>
          {/* The plan says the order and the count: a lead line here cost the glance a row on a phone (decision 0060). */}
          <PlanAtAGlance recommendation={recommendation} emergencyRoute={support.emergencyRoute} />
          {/* After the plan, not above it: the plan must fit on a phone's first screen (docs/decisions/0013). */}
          {review.isPastReview && <ReviewNotice review={review} />}
          <PlainChanges lines={support.plainChanges} />
          {/* Before the actions: the warning not to view images must come before any step about evidence (H-03). */}
          {warnings.map((warning) => {
            const [line, ...rest] = warning.items;
            return (
              <WarningText
                key={warning.id}
                id={warningTargetId(warning.id)}
                className="app-warning"
                data-warning={warning.id}
              >
                <span className="app-warning__title">{warning.title}</span>
                {line && <span className="app-warning__line">{line}</span>}
                {rest.length > 0 && (
                  <details className="govuk-details app-warning__more">
                    <summary className="govuk-details__summary">
                      <span className="govuk-details__summary-text">
                        More about this<span className="govuk-visually-hidden">: {warning.title}</span>
                      </span>
                    </summary>
                    <div className="govuk-details__text">
                      <ul className="govuk-list govuk-list--bullet app-warning__items">
                        {rest.map((item) => (
                          <li key={item}>{item}</li>
                        ))}
                      </ul>
                    </div>
                  </details>
                )}
              </WarningText>
            );
          })}
          <div data-actions>
            {recommendation.urgencies.map(({ id: urgency, heading }) => {
              const group = actions.filter((action) => action.urgency === urgency);
              if (group.length === 0) return null;
              return (
                <section
                  key={urgency}
                  className={`app-urgency app-urgency--${urgency}`}
                  aria-labelledby={`urgency-${urgency}`}
                >
                  <h2 className="govuk-heading-m app-urgency__heading" id={`urgency-${urgency}`}>
                    {heading}
                  </h2>
                  {group.map((action) => (
                    <RecommendedActionSection
                      key={action.route}
                      action={action}
                      number={actions.indexOf(action) + 1}
                      band={bands.get(action.urgency)!}
                      keySteps={support.keySteps[action.route] ?? action.steps}
                      whoSaidAbove={actions[actions.indexOf(action) - 1]?.who === action.who}
                    />
                  ))}
                </section>
              );
            })}
          </div>
          <p className="govuk-body app-no-print">
            <InPageLink targetId="record-heading">Go to your record summary</InPageLink> to add what you did,
            then copy, download or print it.
          </p>
          {/* The reasoning behind the plan, collapsed for whoever asks "why": the record stays near the actions. */}
          <MissingReferralsSection referrals={support.missingReferrals} />
          <PlanChangesSection groups={support.changes} />
          {lawNotes.length > 0 && (
            <details className="govuk-details" data-law-notes>
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Where the law and guidance have changed</span>
              </summary>
              <div className="govuk-details__text">
                <p className="govuk-body">The 2022 procedure is out of date on these points:</p>
                {lawNotes.map((note) => (
                  <div key={note.id} className="app-law-note" data-law-note={note.id}>
                    <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{note.title}</h3>
                    <p className="govuk-body">{note.text}</p>
                    <p className="govuk-body-s">Source: {note.sources.join('; ')}</p>
                  </div>
                ))}
              </div>
            </details>
          )}
          <p className="govuk-body-s app-flow-version">
            Decision flow {recommendation.flow.id}, version {recommendation.flow.version}. It encodes{' '}
            {recommendation.procedure.title}, as printed on{' '}
            {formatLongDate(recommendation.procedure.printedOn)}, updated for current law and guidance.
            Content last checked {formatLongDate(recommendation.content.lastChecked)}, due for review by{' '}
            {formatLongDate(recommendation.content.reviewBy)}.
          </p>
          <RecordSummarySection {...record} />
          <StartAgainLink to={startAgainPath} />
        </div>
      </div>
    </>
  );
}

/**
 * Shown when any content behind this advice is past its review date: the
 * steps are still the procedure's, but a phone number or a law may have
 * changed, so the user is told to check before relying on them. Printed too,
 * because the printout is a record of what the advice was based on.
 */
function ReviewNotice({ review }: { review: RecommendationReview }) {
  return (
    <div
      className="govuk-notification-banner"
      role="region"
      aria-labelledby="review-notice-title"
      data-review-notice
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="review-notice-title">
          Check before you rely on this
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          Some of the content behind this advice was due for review by {formatLongDate(review.reviewBy)} and
          has not been checked since {formatLongDate(review.lastChecked)}.
        </p>
        <p className="govuk-body">
          Contacts, guidance or law may have changed. Follow the steps, but check phone numbers and referral
          routes against your local safeguarding procedures. If a child is in immediate danger, call 999.
        </p>
        {review.contactsPastReview.length > 0 && (
          <>
            <p className="govuk-body">These contacts are past their review date:</p>
            <ul className="govuk-list govuk-list--bullet">
              {review.contactsPastReview.map((contact) => (
                <li key={`${contact.route}-${contact.label}-${contact.value}`}>
                  {contact.label}: {contact.value}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
