// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { loadFlow } from '../../../src/app/load-flow.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import { ADULT_ASKS_FOR_NUDES, findHeading, renderApp, saveAnswers } from './render-app.tsx';

const flow = loadFlow();
const { content } = replayJourney(flow, ADULT_ASKS_FOR_NUDES).recommendation!;
const dayAfter = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + 1, 9);
};
const mash = flow.routes
  .flatMap((route) => route.contacts ?? [])
  .find((contact) => contact.id === 'portsmouth-mash')!;

async function openRecommendationOn(now: Date) {
  saveAnswers(ADULT_ASKS_FOR_NUDES);
  renderApp('/recommendation', { now });
  await findHeading('What to do');
}

describe('the review-date notice on the recommendation', () => {
  test('is not shown on the review date itself or before it', async () => {
    const [year, month, day] = content.reviewBy.split('-').map(Number) as [number, number, number];
    await openRecommendationOn(new Date(year, month - 1, day, 12));
    expect(screen.queryByRole('region', { name: 'Check before you rely on this' })).not.toBeInTheDocument();
  });

  test('is shown the day after the earliest review date of the content used', async () => {
    await openRecommendationOn(dayAfter(content.reviewBy));
    const notice = screen.getByRole('region', { name: 'Check before you rely on this' });
    expect(notice).toHaveTextContent(/due for review by/);
    expect(notice).toHaveTextContent(
      /check phone numbers and referral routes against your local safeguarding procedures/,
    );
  });

  test('comes straight after the plan at a glance, so that the plan stays on the first screen of a phone', async () => {
    await openRecommendationOn(dayAfter(content.reviewBy));
    const notice = screen.getByRole('region', { name: 'Check before you rely on this' });
    const plan = screen.getByRole('navigation', { name: 'Your plan at a glance' });
    expect(plan.nextElementSibling).toBe(notice);
    const firstAction = document.querySelector('[data-route]')!;
    expect(notice.compareDocumentPosition(firstAction) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('names the contacts shown that are past their own review date', async () => {
    await openRecommendationOn(dayAfter(mash.reviewBy));
    const notice = screen.getByRole('region', { name: 'Check before you rely on this' });
    expect(within(notice).getByText('Portsmouth MASH: 023 9268 8793')).toBeInTheDocument();
  });
});
