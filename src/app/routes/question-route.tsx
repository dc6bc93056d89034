import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import { data, redirect, useActionData, useLoaderData, useLocation } from 'react-router';
import type { AnswerValue } from '../../engine/answers.ts';
import { describeQuestionHint, isAllowedAnswer, normaliseAnswer } from '../../engine/check-answer.ts';
import { indexFlow } from '../../engine/index-flow.ts';
import type { AnswerProblem } from '../../ui/pages/question-page.tsx';
import { CHANGING_FIELD, QuestionPage } from '../../ui/pages/question-page.tsx';
import { isChanging, PATHS } from '../paths.ts';
import { enterJourneyPage, requireJourneyPage } from './enter-journey-page.ts';

const pageFor = (params: LoaderFunctionArgs['params']) =>
  ({ kind: 'question', questionId: params.questionId ?? '' }) as const;

export function loader(args: LoaderFunctionArgs) {
  const { session, notice } = enterJourneyPage(args, pageFor(args.params));
  const question = indexFlow(session.flow).questions.get(args.params.questionId ?? '')!;
  const { journey } = session;
  return {
    question,
    // For the user's role, among others: the conditional hints read the answers so far.
    hint: describeQuestionHint(question, journey.answers),
    // The answer kept in the session, even when it is not on the current path yet.
    value: session.answers[question.id],
    back: session.navigation.backFromQuestion(journey, question.id, false),
    changing: session.changing,
    notice,
  };
}

/**
 * Records the answer sent by the question's form, then redirects to the page
 * it leads to. No answer, or one the flow does not allow (only a tampered page
 * can send it), comes back as a problem for the page to show; with a 4xx
 * status, React Router does not reload the page's data.
 */
export async function action(args: ActionFunctionArgs) {
  const session = requireJourneyPage(args, pageFor(args.params));
  const question = indexFlow(session.flow).questions.get(args.params.questionId ?? '')!;
  const form = await args.request.formData();
  const values = form.getAll(question.id).map(String);
  const problem = (kind: AnswerProblem['kind']) => data({ problem: { kind } }, { status: 400 });
  if (values.length === 0) return problem('missing');
  const value: AnswerValue | undefined =
    question.kind === 'many' ? values : values.length === 1 ? values[0] : undefined;
  if (!isAllowedAnswer(question, value)) return problem('not-allowed');
  session.answer(question.id, normaliseAnswer(question, value!), {
    changing: form.get(CHANGING_FIELD) === 'true',
  });
  return redirect(session.navigation.pathAfterAnswer(session.journey, question.id));
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const location = useLocation();
  // Opened by a Change link (history state), or reached during a change (the session says so).
  const changing = isChanging(location.state) || data.changing;
  return (
    <QuestionPage
      key={data.question.id}
      question={data.question}
      hint={data.hint}
      value={data.value}
      back={changing ? { to: PATHS.checkAnswers } : { to: data.back }}
      notice={data.notice}
      problem={result?.problem}
      changing={changing}
      startAgainPath={PATHS.startAgain}
    />
  );
}
