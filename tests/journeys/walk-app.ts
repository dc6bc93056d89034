import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import type { Answers } from '../../src/engine/answers.ts';
import type { Flow } from '../../src/engine/flow-schema.ts';

type AppRouter = { state: { location: { pathname: string } } };

export type WalkResult = {
  routes: { route: string; urgency: string }[];
  warnings: string[];
  questionsAsked: string[];
};

async function waitForPathChange(router: AppRouter, from: string) {
  await waitFor(() => expect(router.state.location.pathname).not.toBe(from));
}

/**
 * Walks the app the way a person does: Start now, then on each question page
 * clicks the labels of the scenario's answers and Continue, through the 999
 * page and check answers, to the recommendation. Fails if a page asks a
 * question the answers do not cover.
 */
export async function walkApp(
  flow: Flow,
  answers: Answers,
  router: AppRouter,
  user: UserEvent,
): Promise<WalkResult> {
  const questionsAsked: string[] = [];
  await user.click(await screen.findByRole('button', { name: /Start now/ }));
  for (let step = 0; step < flow.questions.length + 4; step += 1) {
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/'));
    const pathname = router.state.location.pathname;
    if (pathname === '/recommendation') {
      await screen.findByRole('heading', { level: 1, name: 'What to do' });
      const routes = [...document.querySelectorAll<HTMLElement>('[data-route]')].map((element) => ({
        route: element.dataset.route ?? '',
        urgency: element.dataset.urgency ?? '',
      }));
      const warnings = [...document.querySelectorAll<HTMLElement>('[data-warning]')].map(
        (element) => element.dataset.warning ?? '',
      );
      return { routes, warnings, questionsAsked };
    }
    if (pathname === '/call-999') {
      await user.click(await screen.findByRole('button', { name: 'Continue the triage' }));
    } else if (pathname === '/check-answers') {
      await user.click(await screen.findByRole('button', { name: 'See what to do' }));
    } else {
      const questionId = pathname.replace('/questions/', '');
      const question = flow.questions.find((candidate) => candidate.id === questionId);
      expect(question, `unknown page ${pathname}`).toBeDefined();
      await screen.findByRole('heading', { level: 1, name: question!.title });
      const value = answers[questionId];
      expect(value, `the scenario does not answer '${questionId}', which the app asks`).toBeDefined();
      questionsAsked.push(questionId);
      for (const chosen of typeof value === 'string' ? [value] : value!) {
        const input = document.querySelector<HTMLInputElement>(
          `input[name="${questionId}"][value="${chosen}"]`,
        );
        expect(input, `no input for ${questionId}=${chosen}`).not.toBeNull();
        await user.click(input!.labels![0]!);
      }
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    }
    await waitForPathChange(router, pathname);
  }
  throw new Error('The walk did not reach the recommendation');
}
