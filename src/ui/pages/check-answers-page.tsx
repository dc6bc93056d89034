import { Link } from 'react-router';
import type { Answers } from '../../engine/answers.ts';
import { describeAnswer } from '../../engine/check-answer.ts';
import type { Question } from '../../engine/flow-schema.ts';
import { BackLink } from '../components/back-link.tsx';
import type { JourneyNotice } from '../components/journey-notice-banner.tsx';
import { JourneyNoticeBanner } from '../components/journey-notice-banner.tsx';
import { StartAgainLink } from '../components/start-again-link.tsx';
import { usePageTitle } from '../components/use-page-title.ts';

export type CheckAnswersPageProps = {
  /** The questions on the path, in the order asked. */
  questions: Question[];
  answers: Answers;
  back: { to: string; state?: unknown };
  /** Where a Change link goes for a question, and the history state that marks it as a change. */
  changeLink: (questionId: string) => { to: string; state?: unknown };
  continuePath: string;
  startAgainPath: string;
  notice?: JourneyNotice | undefined;
};

export function CheckAnswersPage({
  questions,
  answers,
  back,
  changeLink,
  continuePath,
  startAgainPath,
  notice,
}: CheckAnswersPageProps) {
  usePageTitle('Check your answers');
  return (
    <>
      <BackLink to={back.to} state={back.state} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <JourneyNoticeBanner notice={notice} />
          <h1 className="govuk-heading-l">Check your answers</h1>
          <dl className="govuk-summary-list govuk-!-margin-bottom-9">
            {questions.map((question) => {
              const value = answers[question.id];
              const labels = value === undefined ? [] : describeAnswer(question, value);
              const link = changeLink(question.id);
              return (
                <div className="govuk-summary-list__row" key={question.id}>
                  <dt className="govuk-summary-list__key">{question.summaryLabel}</dt>
                  <dd className="govuk-summary-list__value">
                    {labels.length === 1 ? (
                      labels[0]
                    ) : (
                      <ul className="govuk-list">
                        {labels.map((label) => (
                          <li key={label}>{label}</li>
                        ))}
                      </ul>
                    )}
                  </dd>
                  <dd className="govuk-summary-list__actions">
                    <Link to={link.to} state={link.state} className="govuk-link">
                      Change{' '}
                      <span className="govuk-visually-hidden">{question.summaryLabel.toLowerCase()}</span>
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
          <h2 className="govuk-heading-m">Now see what to do</h2>
          <p className="govuk-body">
            You will get the actions to take in order, with contacts, reasons and a summary for your records.
          </p>
          <Link
            to={continuePath}
            role="button"
            draggable={false}
            className="govuk-button"
            data-module="govuk-button"
          >
            See what to do
          </Link>
          <StartAgainLink to={startAgainPath} />
        </div>
      </div>
    </>
  );
}
