import { useSelector } from '@xstate/react';
import { useLoaderData, useLocation, useNavigate, useParams } from 'react-router';
import type { AnswerValue } from '../../engine/answers.ts';
import { QuestionPage } from '../../ui/pages/question-page.tsx';
import { isChanging, PATHS } from '../paths.ts';
import type { PageLoaderData } from './page-loader-data.ts';
import { useJourneySession } from './use-journey-session.ts';

export function QuestionRoute() {
  const session = useJourneySession();
  const { questionId = '' } = useParams();
  // The answer kept in the session, even when it is not on the current path yet.
  const value = useSelector(session.actor, (snapshot) => snapshot.context.answers[questionId]);
  const location = useLocation();
  const navigate = useNavigate();
  const data = useLoaderData<PageLoaderData>();
  const changing = isChanging(location.state);
  const question = session.flow.questions.find((candidate) => candidate.id === questionId);
  if (!question) throw new Error(`Unknown question '${questionId}'`);

  const answer = (value: AnswerValue) => {
    const result = session.answer(question.id, value, changing);
    if ('error' in result) return result.error;
    void navigate(result.to.to, { state: result.to.state });
    return undefined;
  };

  return (
    <QuestionPage
      key={question.id}
      question={question}
      value={value}
      back={session.backFromQuestion(question.id, changing)}
      notice={data?.notice}
      onAnswer={answer}
      startAgainPath={PATHS.startAgain}
    />
  );
}
