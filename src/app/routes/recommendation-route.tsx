import type { ActionFunctionArgs, LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { useFetcher, useLoaderData } from 'react-router';
import { decidePlan } from '../../engine/decide-plan.ts';
import { describeMissingReferrals, describePlanChanges } from '../../engine/describe-plan-changes.ts';
import { explainMissingReferrals, findChanges } from '../../engine/find-changes.ts';
import { checkRecommendationReview } from '../../engine/find-due-content.ts';
import { formatIsoDate } from '../../format-date.ts';
import type { RecordNotes } from '../../summary/record-notes.ts';
import { RECORD_NOTE_FIELDS } from '../../summary/record-notes.ts';
import { writeRecordSummary } from '../../summary/write-record-summary.ts';
import type { DecisionSupport } from '../../ui/pages/recommendation-page.tsx';
import { RecommendationPage } from '../../ui/pages/recommendation-page.tsx';
import { chooseKeySteps } from '../choose-key-steps.ts';
import { describePlainChanges } from '../describe-plain-changes.ts';
import { PATHS } from '../paths.ts';
import { enterJourneyPage, requireJourneyPage } from './enter-journey-page.ts';

export function loader(args: LoaderFunctionArgs) {
  const { session, notice } = enterJourneyPage(args, { kind: 'recommendation' });
  const { flow, journey } = session;
  // The gate lets only a complete journey in.
  const recommendation = journey.recommendation!;
  const plan = decidePlan(flow, journey.answers);
  const changes = findChanges(flow, journey.answers, journey.path, plan);
  const support: DecisionSupport = {
    emergencyRoute: flow.roles.emergencyRoute,
    keySteps: Object.fromEntries(
      recommendation.actions.map((action) => [action.route, chooseKeySteps(flow, journey.answers, action)]),
    ),
    plainChanges: describePlainChanges(flow, journey.answers, changes),
    changes: describePlanChanges(flow, journey.answers, changes),
    missingReferrals: describeMissingReferrals(
      flow,
      journey.answers,
      explainMissingReferrals(flow, plan, changes),
    ),
  };
  return {
    flow,
    recommendation,
    support,
    answers: journey.answers,
    path: journey.path,
    // On the user's own today: content past its review date is flagged from the next day.
    review: checkRecommendationReview(recommendation, formatIsoDate(new Date())),
    notes: session.notes,
    notice,
  };
}

/** Saves the record notes as the user types, so that a reload keeps them (the notes never leave the tab). */
export async function action(args: ActionFunctionArgs) {
  const session = requireJourneyPage(args, { kind: 'recommendation' });
  const form = await args.request.formData();
  const notes: RecordNotes = {};
  for (const field of RECORD_NOTE_FIELDS) {
    const value = form.get(field.id);
    if (typeof value === 'string' && value !== '') notes[field.id] = value.slice(0, field.limit);
  }
  session.setNotes(notes);
  return null;
}

/** Saving notes changes nothing the page was given: the page keeps what is typed. */
export function shouldRevalidate({
  formAction,
  currentUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  return formAction === currentUrl.pathname ? false : defaultShouldRevalidate;
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  const notesSaver = useFetcher();
  return (
    <RecommendationPage
      recommendation={data.recommendation}
      support={data.support}
      review={data.review}
      back={{ to: PATHS.checkAnswers }}
      startAgainPath={PATHS.startAgain}
      notice={data.notice}
      notes={data.notes}
      onNotesChange={(notes) => void notesSaver.submit(notes, { method: 'post' })}
      // Stamped when the user copies, downloads or prints, not when the page opened.
      writeSummary={(notes, options) =>
        writeRecordSummary(
          data.flow,
          data.answers,
          data.path,
          data.recommendation,
          new Date(),
          notes,
          options,
        )
      }
      fileDate={() => formatIsoDate(new Date())}
    />
  );
}
