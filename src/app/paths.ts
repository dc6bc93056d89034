/** The app's URLs. Answers never appear in them. */
export const PATHS = {
  start: '/',
  question: (questionId: string) => `/questions/${questionId}`,
  call999: '/call-999',
  checkAnswers: '/check-answers',
  recommendation: '/recommendation',
  startAgain: '/start-again',
} as const;

/** History state that marks a question page as opened from "Check your answers" with a Change link. */
export type ChangeState = { changing: true };

export function isChanging(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as Partial<ChangeState>).changing === true;
}
