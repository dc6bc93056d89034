import type { AnswerValue } from '../../engine/answers.ts';
import { describeAnswer } from '../../engine/check-answer.ts';
import type { Question } from '../../engine/flow-schema.ts';
import type { Notice } from './notification-banner.tsx';
import { NotificationBanner } from './notification-banner.tsx';

/** Why a page the user asked for was not shown. */
export type RedirectReason =
  | 'question-does-not-apply'
  | 'not-in-danger'
  | 'unanswered-before-check'
  | 'unanswered-before-recommendation';

/**
 * What the app has to tell the user about their own answers, as data: the
 * words are chosen here, with the page, not in the app's wiring.
 */
export type JourneyNotice =
  /** A page the answers do not reach sent the user on to where they need to be. */
  | { kind: 'redirected'; to: 'check-answers' | 'next-question'; because: RedirectReason }
  /** After a change, these answers no longer apply and were removed. */
  | { kind: 'answers-removed'; removed: { question: Question; value: AnswerValue }[] }
  /** The answers kept in the tab could not be used (damaged, or from another flow). */
  | { kind: 'saved-answers-discarded' }
  /** The tool was updated since the journey began: the answers were replayed under the new version, and these removed. */
  | { kind: 'flow-updated'; from: string; to: string; removed: { question: Question; value: AnswerValue }[] };

const REDIRECT_TEXT: Record<RedirectReason, string> = {
  'question-does-not-apply': 'The question you asked for does not apply to your answers so far.',
  'not-in-danger': 'Your answers do not say that a child is in immediate danger.',
  'unanswered-before-check': 'You need to answer every question before you can check your answers.',
  'unanswered-before-recommendation': 'You need to answer every question before you can see what to do.',
};

const describeRemovedCount = (count: number) =>
  count === 1 ? 'One answer was removed' : `${count} answers were removed`;

const listRemoved = (removed: { question: Question; value: AnswerValue }[]) =>
  removed.map(
    ({ question, value }) => `${question.summaryLabel}: ${describeAnswer(question, value).join('; ')}`,
  );

export function describeJourneyNotice(notice: JourneyNotice): Notice {
  switch (notice.kind) {
    case 'redirected': {
      const complete = notice.to === 'check-answers';
      return {
        title: complete
          ? 'You have been taken to check your answers'
          : 'You have been taken to the question you need to answer next',
        text:
          // Every question is answered, so "so far" would be wrong.
          notice.because === 'question-does-not-apply' && complete
            ? 'The question you asked for does not apply to your answers.'
            : REDIRECT_TEXT[notice.because],
      };
    }
    case 'answers-removed':
      return {
        title: describeRemovedCount(notice.removed.length),
        text: 'After your change, these questions no longer apply, so their answers have been removed:',
        items: listRemoved(notice.removed),
      };
    case 'flow-updated': {
      const updated = `The advice in this tool was updated since you started (version ${notice.from} to version ${notice.to}), and your answers have been checked against it.`;
      return notice.removed.length === 0
        ? { title: 'The advice in this tool has been updated', text: `${updated} All of them still apply.` }
        : {
            title: describeRemovedCount(notice.removed.length),
            text: `${updated} These questions no longer apply, so their answers have been removed:`,
            items: listRemoved(notice.removed),
          };
    }
    case 'saved-answers-discarded':
      return {
        title: 'Your earlier answers could not be used',
        text: 'The answers saved in this browser tab were damaged or came from another tool, so they have been cleared. Please answer the questions again.',
      };
  }
}

/** A notice about the user's own answers, in a GOV.UK notification banner. */
export function JourneyNoticeBanner({ notice }: { notice: JourneyNotice | undefined }) {
  return notice ? <NotificationBanner notice={describeJourneyNotice(notice)} /> : null;
}
