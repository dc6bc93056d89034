import type { ChangeGroup } from '../../engine/describe-plan-changes.ts';

/** The collapsed full list's id: links to it open it (InPageLink opens a details element it leads to). */
export const PLAN_CHANGES_ID = 'plan-changes';

function ChangeGroups({ groups }: { groups: readonly ChangeGroup[] }) {
  return groups.map((group) => (
    <div key={group.question} className="app-change-group" data-change-question={group.question}>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{group.lead}</p>
      <ul className="govuk-list govuk-list--bullet">
        {group.lines.map((line) => (
          <li key={line.text}>{line.text}</li>
        ))}
      </ul>
    </div>
  ));
}

/**
 * What would change this plan: the answers the user did not know first (what
 * finding out would do), then each other answer, then the user's role (it
 * changes who does an action, not what happens to the child). The words come
 * from the engine (describePlanChanges), which reruns the rules for each
 * other answer: nothing here is written per case. Collapsed: it is the
 * exhaustive list, for whoever reviews the plan; the few lines a person can
 * act on stand beside the plan (PlainChanges, issue 17 item 4).
 */
export function PlanChangesSection({ groups }: { groups: readonly ChangeGroup[] }) {
  const notKnown = groups.filter((group) => group.kind === 'not-known');
  const answers = groups.filter((group) => group.kind === 'answer');
  const role = groups.filter((group) => group.kind === 'role');
  return (
    <details className="govuk-details app-decision-support" id={PLAN_CHANGES_ID} data-plan-changes>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">What would change this plan: every answer</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          Each line was worked out by running the same rules again with that one answer different. It says
          which actions would be added or would go; a different answer can also change how urgent an action is
          or its wording.
        </p>
        {groups.length === 0 && (
          <p className="govuk-body">No single change to your answers would add or remove an action.</p>
        )}
        {notKnown.length > 0 && (
          <>
            <h3 className="govuk-heading-m">If you find out what you did not know</h3>
            <p className="govuk-body">
              Where you did not know, the plan takes the safer answer. Find out if you can, and come back to
              change your answer: the plan may change.
            </p>
            <ChangeGroups groups={notKnown} />
          </>
        )}
        {answers.length > 0 && (
          <>
            <h3 className="govuk-heading-m">
              {notKnown.length > 0 ? 'If another answer is different' : 'If an answer is different'}
            </h3>
            <ChangeGroups groups={answers} />
          </>
        )}
        {role.length > 0 && (
          <>
            <h3 className="govuk-heading-m">If someone else uses this tool</h3>
            <ChangeGroups groups={role} />
          </>
        )}
      </div>
    </details>
  );
}
