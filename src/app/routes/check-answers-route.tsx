import type { LoaderFunctionArgs } from 'react-router';
import { useLoaderData } from 'react-router';
import type { Question } from '../../engine/flow-schema.ts';
import { CheckAnswersPage } from '../../ui/pages/check-answers-page.tsx';
import { linkTo, PATHS, questionPath } from '../paths.ts';
import { enterJourneyPage } from './enter-journey-page.ts';

export function loader(args: LoaderFunctionArgs) {
  const { session, notice } = enterJourneyPage(args, { kind: 'check-answers' });
  // Back where a change started: the change is over.
  session.finishChanging();
  const { flow, journey, navigation } = session;
  return {
    questions: journey.path.flatMap((id): Question[] =>
      flow.questions.filter((question) => question.id === id),
    ),
    answers: journey.answers,
    back: navigation.backFromCheckAnswers(journey),
    notice,
  };
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  return (
    <CheckAnswersPage
      questions={data.questions}
      answers={data.answers}
      back={{ to: data.back }}
      changeLink={(questionId) => linkTo(questionPath(questionId), true)}
      continuePath={PATHS.recommendation}
      startAgainPath={PATHS.startAgain}
      notice={data.notice}
    />
  );
}
