import { useMemo } from 'react';
import { Form } from 'react-router';
import type { AnswerValue } from '../../engine/answers.ts';
import type { Question } from '../../engine/flow-schema.ts';
import { BackLink } from '../components/back-link.tsx';
import { Checkboxes } from '../components/checkboxes.tsx';
import { EmergencyLine } from '../components/emergency-line.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import type { JourneyNotice } from '../components/journey-notice-banner.tsx';
import { JourneyNoticeBanner } from '../components/journey-notice-banner.tsx';
import { NeedsJavaScriptNotice } from '../components/needs-javascript-notice.tsx';
import { Radios } from '../components/radios.tsx';
import { StartAgainLink } from '../components/start-again-link.tsx';
import { usePageTitle } from '../components/use-page-title.ts';

/** The form field that says the answer is a change made from "Check your answers". Not kebab-case, so no question id can take it. */
export const CHANGING_FIELD = '_changing';

/** What was wrong with the answer sent. A new object for each sending, so the error summary takes focus each time. */
export type AnswerProblem = { kind: 'missing' | 'not-allowed' };

export type QuestionPageProps = {
  question: Question;
  /** The hint for the answers so far: the question's own, then each conditional hint that holds. */
  hint: string | undefined;
  /** The answer given before, shown selected. */
  value: AnswerValue | undefined;
  back: { to: string; state?: unknown };
  notice?: JourneyNotice | undefined;
  problem?: AnswerProblem | undefined;
  /** Whether this answer is a change made from "Check your answers" (sent with the form). */
  changing: boolean;
  startAgainPath: string;
  /**
   * Drawn when the site is built, and shown on a page load (a reload, or a
   * link) until the app's code has loaded and draws the page for the answers
   * so far. Its buttons cannot be pressed: without the app, the form would
   * post the answer to the host. The choices can be made, and are kept.
   */
  prerendered?: boolean;
};

/**
 * One question per page, as the Design System's question pages pattern asks.
 * The form posts to the page's own route, which records the answer or sends
 * back what was wrong with it.
 */
export function QuestionPage({
  question,
  hint,
  value,
  back,
  notice,
  problem,
  changing,
  startAgainPath,
  prerendered = false,
}: QuestionPageProps) {
  const error = problem
    ? problem.kind === 'missing'
      ? question.errorMessage
      : // Only a tampered page can send a value the flow does not offer.
        'Select one of the answers shown'
    : undefined;
  usePageTitle(question.title, error !== undefined);
  const errors = useMemo(
    () => (problem && error ? [{ fieldId: question.id, message: error }] : []),
    [problem, error, question.id],
  );
  const chosen = value === undefined ? [] : typeof value === 'string' ? [value] : value;

  const field = {
    name: question.id,
    heading: question.title,
    hint,
    error,
    choices: question.options,
    chosen,
  };

  return (
    <>
      <BackLink to={back.to} state={back.state} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <JourneyNoticeBanner notice={notice} />
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <EmergencyLine />
          {prerendered && <NeedsJavaScriptNotice />}
          <Form method="post" noValidate>
            {changing && <input type="hidden" name={CHANGING_FIELD} value="true" />}
            {question.kind === 'one' ? <Radios {...field} /> : <Checkboxes {...field} />}
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={prerendered}>
              Continue
            </button>
          </Form>
          <StartAgainLink to={startAgainPath} disabled={prerendered} />
        </div>
      </div>
    </>
  );
}
