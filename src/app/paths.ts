import { generatePath } from 'react-router';

/**
 * The app's URLs, each written once: the route table and every link use these.
 * Answers never appear in them.
 */
export const PATHS = {
  start: '/',
  question: '/questions/:questionId',
  call999: '/call-999',
  checkAnswers: '/check-answers',
  recommendation: '/recommendation',
  startAgain: '/start-again',
  howItDecides: '/how-it-decides',
  checkRecord: '/check-a-record',
  expired: '/expired',
} as const;

export function questionPath(questionId: string): string {
  return generatePath(PATHS.question, { questionId });
}

/**
 * History state that marks a page as part of a change made from "Check your
 * answers": a question opened by a Change link, and the pages its answer leads
 * to. Back then returns to check answers.
 */
export type ChangeState = { changing: true };

export const CHANGE_STATE: ChangeState = { changing: true };

export function isChanging(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as Partial<ChangeState>).changing === true;
}

/** A link the page draws: where it goes and, for a change, the history state that says so. */
export type PageLink = { to: string; state?: ChangeState };

export function linkTo(to: string, changing: boolean): PageLink {
  return changing ? { to, state: CHANGE_STATE } : { to };
}
