import type { FormEvent } from 'react';
import { useState } from 'react';
import type { AnswerValue } from '../../engine/answers.ts';
import type { Question } from '../../engine/flow-schema.ts';
import { BackLink } from '../components/back-link.tsx';
import { Checkboxes } from '../components/checkboxes.tsx';
import { EmergencyLine } from '../components/emergency-line.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import type { Notice } from '../components/notification-banner.tsx';
import { NotificationBanner } from '../components/notification-banner.tsx';
import { Radios } from '../components/radios.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { StartAgainLink } from '../components/start-again-link.tsx';

export type QuestionPageProps = {
  question: Question;
  /** The answer given before, shown selected. */
  value: AnswerValue | undefined;
  back: { to: string; state?: unknown };
  notice?: Notice | undefined;
  /**
   * Called with the chosen value(s). May return an error message (for a value
   * the flow does not allow, which only a tampered page can send).
   */
  onAnswer: (value: AnswerValue) => string | undefined;
  startAgainPath: string;
};

/** One question per page, as the Design System's question pages pattern asks. */
export function QuestionPage({ question, value, back, notice, onAnswer, startAgainPath }: QuestionPageProps) {
  const [error, setError] = useState<string>();
  usePageTitle(question.title, error !== undefined);
  const chosen = value === undefined ? [] : typeof value === 'string' ? [value] : value;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget).getAll(question.id).map(String);
    if (values.length === 0) {
      setError(question.errorMessage);
      return;
    }
    setError(onAnswer(question.kind === 'one' ? values[0]! : values));
  };

  const field = {
    name: question.id,
    heading: question.title,
    hint: question.hint,
    error,
    choices: question.options,
    chosen,
  };

  return (
    <>
      <BackLink to={back.to} state={back.state} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {notice && <NotificationBanner notice={notice} />}
          {error && <ErrorSummary errors={[{ fieldId: question.id, message: error }]} />}
          <EmergencyLine />
          <form method="post" noValidate onSubmit={submit}>
            {question.kind === 'one' ? <Radios {...field} /> : <Checkboxes {...field} />}
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
          <StartAgainLink to={startAgainPath} />
        </div>
      </div>
    </>
  );
}
