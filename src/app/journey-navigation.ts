import type { Answers } from '../engine/answers.ts';
import { listEmergencyQuestions, needsEmergencyCall } from '../engine/emergency.ts';
import type { Flow } from '../engine/flow-schema.ts';
import type { Journey } from '../engine/replay-journey.ts';
import type { RedirectReason } from '../ui/components/journey-notice-banner.tsx';
import { PATHS, questionPath } from './paths.ts';

/** A page of the journey, as the router asks for it. */
export type JourneyPage =
  | { kind: 'question'; questionId: string }
  | { kind: 'call-999' }
  | { kind: 'check-answers' }
  | { kind: 'recommendation' };

/** Whether a page can be shown for the answers so far, and where to go instead when it cannot. */
export type PageCheck =
  | { status: 'show' }
  | { status: 'redirect'; to: string; toCheckAnswers: boolean; because: RedirectReason }
  | { status: 'not-found' };

export type JourneyNavigation = ReturnType<typeof createJourneyNavigation>;

/**
 * Where a journey may go: which pages its answers reach, where an answer
 * leads, where Back goes, and when the call 999 page opens. Pure functions of
 * the flow and the journey replayed from the answers, so the router's loaders
 * and actions only ask, and these rules are tested on their own.
 */
export function createJourneyNavigation(flow: Flow) {
  const questionIds = new Set(flow.questions.map((question) => question.id));
  const emergencyQuestions = listEmergencyQuestions(flow);

  /** Whether answering this question, as the answers stand, opens the call 999 page straight after it. */
  const opensEmergencyPage = (questionId: string, answers: Answers) =>
    emergencyQuestions.has(questionId) && needsEmergencyCall(flow, answers);

  /** The question to answer next, or check answers once every question on the path is answered. */
  const nextPath = (journey: Journey) => (journey.next ? questionPath(journey.next.id) : PATHS.checkAnswers);

  /** The last page seen for an answered question: the call 999 page when its answer opened it, else the question. */
  const lastPageOf = (questionId: string, answers: Answers) =>
    opensEmergencyPage(questionId, answers) ? PATHS.call999 : questionPath(questionId);

  return {
    opensEmergencyPage,

    checkPage(journey: Journey, page: JourneyPage): PageCheck {
      const redirect = (because: RedirectReason): PageCheck => {
        const to = nextPath(journey);
        return { status: 'redirect', to, toCheckAnswers: to === PATHS.checkAnswers, because };
      };
      switch (page.kind) {
        case 'question':
          if (!questionIds.has(page.questionId)) return { status: 'not-found' };
          return journey.path.includes(page.questionId) || journey.next?.id === page.questionId
            ? { status: 'show' }
            : redirect('question-does-not-apply');
        case 'call-999':
          return needsEmergencyCall(flow, journey.answers) ? { status: 'show' } : redirect('not-in-danger');
        case 'check-answers':
          return journey.recommendation ? { status: 'show' } : redirect('unanswered-before-check');
        case 'recommendation':
          return journey.recommendation ? { status: 'show' } : redirect('unanswered-before-recommendation');
      }
    },

    /** Where an answer just recorded leads: the call 999 page when it opened it, else the next page. */
    pathAfterAnswer(journey: Journey, questionId: string): string {
      return opensEmergencyPage(questionId, journey.answers) ? PATHS.call999 : nextPath(journey);
    },

    /** Where "Continue" goes from the call 999 page. */
    pathAfterEmergency(journey: Journey): string {
      return nextPath(journey);
    },

    /** Back from a question: the page before it (the question asked before, or the 999 page that question opened), or check answers during a change. */
    backFromQuestion(journey: Journey, questionId: string, changing: boolean): string {
      if (changing) return PATHS.checkAnswers;
      const { path, answers } = journey;
      const index = path.includes(questionId) ? path.indexOf(questionId) : path.length;
      const previous = path[index - 1];
      return previous === undefined ? PATHS.start : lastPageOf(previous, answers);
    },

    /** Back from the call 999 page: the question whose answer opened it. */
    backFromEmergency(journey: Journey): string {
      const { path, answers } = journey;
      const trigger = path.find((id) => opensEmergencyPage(id, answers)) ?? flow.questions[0]!.id;
      return questionPath(trigger);
    },

    /** Back from check answers: the last page of the journey. */
    backFromCheckAnswers(journey: Journey): string {
      const { path, answers } = journey;
      const last = path[path.length - 1];
      return last === undefined ? PATHS.start : lastPageOf(last, answers);
    },
  };
}
