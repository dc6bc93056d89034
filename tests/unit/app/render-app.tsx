import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createRoutes } from '../../../src/app/create-routes.tsx';
import { createAppContext } from '../../../src/app/journey-session-context.ts';
import { loadFlow } from '../../../src/app/load-flow.ts';
import { SAVED_JOURNEY_KEY } from '../../../src/app/saved-journey.ts';
import type { Answers } from '../../../src/engine/answers.ts';
import type { Flow } from '../../../src/engine/flow-schema.ts';

// The app loads its pages lazily. Loading them here, once per test file, keeps
// that first (slow, on a busy machine) import outside every test's wait.
await Promise.all([
  import('../../../src/app/routes/question-route.tsx'),
  import('../../../src/app/routes/call-999-route.tsx'),
  import('../../../src/app/routes/check-answers-route.tsx'),
  import('../../../src/app/routes/recommendation-route.tsx'),
  import('../../../src/app/routes/how-it-decides-route.tsx'),
  import('../../../src/app/journey-session.ts'),
]);

/** A fixed clock, so that record summaries can be compared exactly. */
export const RECORDED_AT = new Date(2026, 10, 24, 9, 30);

/**
 * The whole app, with the real routes, in a memory router over jsdom's
 * sessionStorage, on the real flow unless given another. The clock is set to
 * `now` (Date only; timers run as usual), until the test ends.
 */
export function renderApp(
  path = '/',
  { entries, now = RECORDED_AT, flow }: { entries?: string[]; now?: Date; flow?: Flow } = {},
) {
  vi.setSystemTime(now);
  const router = createMemoryRouter(createRoutes(), {
    initialEntries: entries ?? [path],
    getContext: createAppContext({ storage: window.sessionStorage, ...(flow ? { flow } : {}) }),
  });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { router, user, view };
}

/** Waits for a page by its main heading. */
export async function findHeading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name });
}

/** Saves answers in sessionStorage as the app does, as if from an earlier visit in this tab. */
export function saveAnswers(answers: Answers, overrides: Record<string, unknown> = {}, flow = loadFlow()) {
  window.sessionStorage.setItem(
    SAVED_JOURNEY_KEY,
    JSON.stringify({ flowId: flow.id, flowVersion: flow.version, answers, ...overrides }),
  );
}

export function readSavedAnswers(): unknown {
  const text = window.sessionStorage.getItem(SAVED_JOURNEY_KEY);
  return text === null ? null : (JSON.parse(text) as { answers: unknown }).answers;
}

/** A complete journey: an adult asks a 14-year-old for nudes, reported by a teacher in Portsmouth. */
export const ADULT_ASKS_FOR_NUDES: Answers = {
  'immediate-danger': 'no',
  'your-role': 'other-staff',
  setting: 'education-setting',
  area: 'portsmouth',
  'child-age': '13-to-15',
  concerns: ['sexual-communication'],
  'adult-involved': 'yes',
  'works-with-children': 'no',
};

/** A complete journey: nudes shared round a class, only children involved, none of the criteria. */
export const NUDES_SHARED_BY_PUPILS: Answers = {
  'immediate-danger': 'no',
  'your-role': 'safeguarding-lead',
  setting: 'education-setting',
  area: 'hampshire',
  'child-age': '13-to-15',
  concerns: ['sexual-images'],
  'adult-involved': 'no',
  'coercion-or-blackmail': 'no',
  'unusual-or-violent': 'no',
  'shared-without-consent': 'yes',
};
