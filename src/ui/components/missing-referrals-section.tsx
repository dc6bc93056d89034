import type { MissingReferralLine } from '../../engine/describe-plan-changes.ts';

/**
 * Why a referral is not recommended: for each of the flow's referral routes
 * not in the plan, the answers that would bring it in, each with the answer
 * that kept it out, or that no single change would (describeMissingReferrals,
 * derived from the same changes as "What would change this plan").
 */
export function MissingReferralsSection({ referrals }: { referrals: readonly MissingReferralLine[] }) {
  if (referrals.length === 0) return null;
  // Collapsed: it answers "why not?" for whoever asks, and must not push the record down the page (issue 17).
  return (
    <details className="govuk-details app-decision-support" data-missing-referrals>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Why other referrals are not recommended</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          Why each action in the plan is recommended is under its own heading above. These referrals are not
          in the plan with your answers.
        </p>
        <dl className="govuk-summary-list">
          {referrals.map((referral) => (
            <div
              key={referral.route}
              className="govuk-summary-list__row"
              data-missing-referral={referral.route}
            >
              <dt className="govuk-summary-list__key">{referral.title}</dt>
              <dd className="govuk-summary-list__value">
                {referral.alternatives.length <= 1 ? (
                  <p className="govuk-body">{referral.text}</p>
                ) : (
                  <>
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      It would be recommended if any one of these were true:
                    </p>
                    <ul className="govuk-list govuk-list--bullet">
                      {referral.alternatives.map((alternative) => (
                        <li key={alternative}>{alternative}</li>
                      ))}
                    </ul>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
