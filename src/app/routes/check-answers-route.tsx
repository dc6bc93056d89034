import { useLoaderData } from 'react-router';
import type { Question } from '../../engine/flow-schema.ts';
import { CheckAnswersPage } from '../../ui/pages/check-answers-page.tsx';
import { PATHS } from '../paths.ts';
import type { PageLoaderData } from './page-loader-data.ts';
import { useJourney, useJourneySession } from './use-journey-session.ts';

export function CheckAnswersRoute() {
  const session = useJourneySession();
  const journey = useJourney(session);
  const data = useLoaderData<PageLoaderData>();
  const questions = journey.path.flatMap((id): Question[] =>
    session.flow.questions.filter((question) => question.id === id),
  );
  return (
    <CheckAnswersPage
      questions={questions}
      answers={journey.answers}
      back={session.backFromCheckAnswers()}
      changeLink={(questionId) => ({ to: PATHS.question(questionId), state: { changing: true } })}
      continuePath={PATHS.recommendation}
      startAgainPath={PATHS.startAgain}
      notice={data?.notice}
    />
  );
}
