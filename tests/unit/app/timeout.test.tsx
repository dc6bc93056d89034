// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadFlow } from '../../../src/app/load-flow.ts';
import { SAVED_JOURNEY_KEY } from '../../../src/app/saved-journey.ts';
import { encodeRecordCode } from '../../../src/engine/record-code.ts';
import {
  describeDuration,
  SHARED_COMPUTER_TIMEOUT,
} from '../../../src/ui/components/shared-computer-timeout.ts';
import {
  ADULT_ASKS_FOR_NUDES,
  findHeading,
  RECORDED_AT,
  readSavedAnswers,
  renderApp,
  saveAnswers,
} from './render-app.tsx';

// The journey's pages and the expired page load lazily: load them once, outside every test's wait.
await Promise.all([
  import('../../../src/app/routes/check-record-route.tsx'),
  import('../../../src/app/list-kept-flows.ts'),
  import('../../../src/app/routes/timed-page.tsx'),
  import('../../../src/app/routes/expired-route.tsx'),
]);

const { warnAfterMs, clearAfterWarningMs, announceEveryMs } = SHARED_COMPUTER_TIMEOUT;
const SECOND = 1000;

/** Moves the fake clock on, running the timers due, inside React's act. */
async function wait(milliseconds: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(milliseconds);
  });
}

const dialog = () => screen.queryByRole('dialog', { name: 'Your answers will be cleared soon' });
const announcement = () => document.getElementById('timeout-announced')!;

beforeEach(() => {
  // Fake timers and Date; they also move with real time, so that the app's lazy loading and promises run.
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});

async function openRecommendation() {
  saveAnswers(ADULT_ASKS_FOR_NUDES);
  const app = renderApp('/recommendation');
  await findHeading('What to do');
  return app;
}

describe('the shared-computer timeout', () => {
  test('the times are in one place: a warning after 20 minutes, clearing 2 minutes later, announced every 30 seconds', () => {
    expect(SHARED_COMPUTER_TIMEOUT).toEqual({
      warnAfterMs: 20 * 60 * SECOND,
      clearAfterWarningMs: 2 * 60 * SECOND,
      announceEveryMs: 30 * SECOND,
    });
    expect(describeDuration(warnAfterMs + clearAfterWarningMs)).toBe('22 minutes');
    expect(describeDuration(90 * SECOND)).toBe('1 minute 30 seconds');
    expect(describeDuration(1 * SECOND)).toBe('1 second');
  });

  test('after 20 minutes without activity, a modal dialog warns, takes focus and keeps it', async () => {
    const { user } = await openRecommendation();
    await wait(warnAfterMs - SECOND);
    expect(dialog()).toBeNull();
    await wait(2 * SECOND);
    const warning = dialog()!;
    expect(warning).toBeVisible();
    expect(warning).toHaveAttribute('aria-modal', 'true');
    expect(warning).toHaveAccessibleDescription(
      expect.stringContaining('There has been no activity on this page for 20 minutes.'),
    );
    await waitFor(() => expect(warning).toHaveFocus());
    const continueButton = within(warning).getByRole('button', { name: 'Continue' });
    const clearButton = within(warning).getByRole('button', { name: 'Clear answers now' });
    await user.tab();
    expect(continueButton).toHaveFocus();
    await user.tab();
    expect(clearButton).toHaveFocus();
    await user.tab();
    expect(continueButton).toHaveFocus();
    await user.tab({ shift: true });
    expect(clearButton).toHaveFocus();
    // A click on the page behind it does not take focus out of it.
    fireEvent.focusIn(screen.getByRole('heading', { level: 1, name: 'What to do' }));
    expect(warning.contains(document.activeElement)).toBe(true);
  });

  test('the count-down is announced politely, every 30 seconds, not every second', async () => {
    await openRecommendation();
    await wait(warnAfterMs);
    const live = announcement();
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('Your answers will be cleared in 2 minutes.');
    await wait(SECOND);
    expect(within(dialog()!).getByText('1 minute 59 seconds')).toBeVisible();
    expect(live).toHaveTextContent('Your answers will be cleared in 2 minutes.');
    await wait(announceEveryMs - SECOND);
    expect(live).toHaveTextContent('Your answers will be cleared in 1 minute 30 seconds.');
    await wait(announceEveryMs);
    expect(live).toHaveTextContent('Your answers will be cleared in 1 minute.');
  });

  test('Continue keeps the answers and notes, closes the dialog, returns focus and starts the count again', async () => {
    const { user } = await openRecommendation();
    const notes = screen.getByLabelText(/Your notes/);
    await user.type(notes, 'Called MASH');
    await wait(warnAfterMs + 30 * SECOND);
    await waitFor(() => expect(dialog()).toHaveFocus());
    await user.click(within(dialog()!).getByRole('button', { name: 'Continue' }));
    expect(dialog()).toBeNull();
    expect(notes).toHaveFocus();
    expect(notes).toHaveValue('Called MASH');
    expect(readSavedAnswers()).toEqual(ADULT_ASKS_FOR_NUDES);
    await wait(warnAfterMs - SECOND);
    expect(dialog()).toBeNull();
    await wait(2 * SECOND);
    expect(dialog()).not.toBeNull();
  });

  test('Escape is Continue too', async () => {
    const { user } = await openRecommendation();
    await wait(warnAfterMs);
    await waitFor(() => expect(dialog()).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(dialog()).toBeNull();
    expect(readSavedAnswers()).toEqual(ADULT_ASKS_FOR_NUDES);
  });

  test('activity on the page puts the warning off: a key, a click, the wheel', async () => {
    const { user } = await openRecommendation();
    await wait(warnAfterMs - 60 * SECOND);
    await user.keyboard('{Shift}');
    await wait(warnAfterMs - 60 * SECOND);
    await user.click(screen.getByRole('heading', { level: 1, name: 'What to do' }));
    await wait(warnAfterMs - 60 * SECOND);
    fireEvent.wheel(document.body);
    await wait(warnAfterMs - 60 * SECOND);
    expect(dialog()).toBeNull();
    // Moving the mouse is not activity.
    fireEvent.pointerMove(document.body);
    await wait(70 * SECOND);
    expect(dialog()).not.toBeNull();
  });

  test('2 minutes after the warning, the answers and notes are cleared from sessionStorage and the page says why', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES);
    const { user, router } = renderApp('/recommendation', { entries: ['/check-answers', '/recommendation'] });
    await findHeading('What to do');
    await user.type(screen.getByLabelText(/Reference numbers/), 'MASH-123');
    expect(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)).toContain('MASH-123');
    await wait(warnAfterMs + clearAfterWarningMs);
    await findHeading('Your answers have been cleared');
    expect(router.state.location.pathname).toBe('/expired');
    expect(screen.getByText(/There was no activity for 22 minutes/)).toBeVisible();
    expect(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
    expect(dialog()).toBeNull();
    expect(screen.queryByText('MASH-123')).toBeNull();
    expect(document.querySelector('[data-route]')).toBeNull();
    // Back shows no answers: check answers needs them, and they are gone.
    await act(() => router.navigate(-1));
    await findHeading('Is a child in immediate danger or at immediate risk of harm now?');
    expect(screen.queryByText('Portsmouth')).toBeNull();
    expect(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
  });

  test('a computer that slept past the whole time clears as soon as the page is seen again', async () => {
    await openRecommendation();
    await wait(SECOND);
    // The clock moves on, but no timer runs (as when a laptop's lid is closed).
    vi.setSystemTime(Date.now() + warnAfterMs + clearAfterWarningMs + 60 * SECOND);
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await findHeading('Your answers have been cleared');
    expect(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
  });

  test('counts on question pages, the 999 page and check answers too, and not on the start page', async () => {
    saveAnswers({ 'immediate-danger': 'yes' });
    const { router } = renderApp('/call-999');
    await findHeading('Call 999 now');
    await wait(warnAfterMs);
    expect(dialog()).not.toBeNull();
    await act(() => router.navigate('/questions/your-role'));
    await findHeading('What is your role?');
    expect(dialog()).not.toBeNull();
    await wait(clearAfterWarningMs);
    await findHeading('Your answers have been cleared');

    await act(() => router.navigate('/'));
    await findHeading(/./);
    await wait(warnAfterMs + clearAfterWarningMs);
    expect(dialog()).toBeNull();
    expect(router.state.location.pathname).toBe('/');
  });

  test.each([
    ['the start page', '/', /./],
    ['How this tool decides', '/how-it-decides', 'How this tool decides'],
    ['Check a record', '/check-a-record', 'Check a record'],
    ['Page not found', '/no-such-page', 'Page not found'],
  ])('while answers are kept, the warning runs on %s too, and clears them', async (_name, path, heading) => {
    saveAnswers(ADULT_ASKS_FOR_NUDES, { notes: { referenceNumbers: 'MASH-123' } });
    const { router } = renderApp(path);
    await findHeading(heading);
    await wait(warnAfterMs);
    expect(dialog()).not.toBeNull();
    await wait(clearAfterWarningMs);
    await findHeading('Your answers have been cleared');
    expect(router.state.location.pathname).toBe('/expired');
    expect(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
    await act(() => router.navigate('/recommendation'));
    await findHeading('Is a child in immediate danger or at immediate risk of harm now?');
    expect(screen.queryByText('Portsmouth')).toBeNull();
  });

  test('the time of the last activity is kept with the journey, so another page goes on counting from it', async () => {
    const { user, router } = await openRecommendation();
    const before = Date.now();
    await user.click(screen.getByRole('heading', { level: 1, name: 'What to do' }));
    const saved = JSON.parse(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)!) as { lastActiveAt: number };
    expect(saved.lastActiveAt).toBeGreaterThanOrEqual(before);
    expect(saved.lastActiveAt).toBeLessThanOrEqual(Date.now());
    await wait(warnAfterMs - 60 * SECOND);
    await act(() => router.navigate('/how-it-decides'));
    await findHeading('How this tool decides');
    await wait(60 * SECOND);
    expect(dialog()).not.toBeNull();
  });

  test('a tab restored after the browser was closed, idle past the limit, is cleared before any page is shown', async () => {
    const idleSince = RECORDED_AT.getTime() - warnAfterMs - clearAfterWarningMs;
    saveAnswers(ADULT_ASKS_FOR_NUDES, { notes: { referenceNumbers: 'MASH-123' }, lastActiveAt: idleSince });
    const { router } = renderApp('/recommendation');
    // Cleared when the app starts, before the page is drawn.
    expect(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
    await findHeading('Your answers have been cleared');
    expect(router.state.location.pathname).toBe('/expired');
    expect(screen.queryByText('MASH-123')).toBeNull();
  });

  test('on the start page too, a journey idle past the limit is cleared when the page loads', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES, {
      lastActiveAt: RECORDED_AT.getTime() - warnAfterMs - clearAfterWarningMs - SECOND,
    });
    renderApp('/');
    expect(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
    await findHeading(/./);
    expect(dialog()).toBeNull();
  });

  test('a restored tab within the limit keeps its answers, and the count goes on from the last activity', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES, { lastActiveAt: RECORDED_AT.getTime() - warnAfterMs - 30 * SECOND });
    renderApp('/recommendation');
    await findHeading('What to do');
    expect(readSavedAnswers()).toEqual(ADULT_ASKS_FOR_NUDES);
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(within(dialog()!).getByText(/^1 minute (29|30) seconds$/)).toBeVisible();
  });

  test('"Clear answers now" in the warning clears the answers and notes at once and goes to the start page', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES, { notes: { referenceNumbers: 'MASH-123' } });
    const { user, router } = renderApp('/recommendation');
    await findHeading('What to do');
    await wait(warnAfterMs);
    await user.click(within(dialog()!).getByRole('button', { name: 'Clear answers now' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
    // The dialog closes as the start page renders, which on a busy machine comes after the navigation.
    await waitFor(() => expect(dialog()).toBeNull());
    await act(() => router.navigate('/recommendation'));
    await findHeading('Is a child in immediate danger or at immediate risk of harm now?');
  });

  test('a checked record, whose answers are on the screen, is timed too, and cleared from it', async () => {
    const { user, router } = renderApp('/check-a-record');
    await findHeading('Check a record');
    await user.type(screen.getByLabelText('Record code'), encodeRecordCode(loadFlow(), ADULT_ASKS_FOR_NUDES));
    await user.click(screen.getByRole('button', { name: 'Check record' }));
    await screen.findByRole('heading', { level: 2, name: 'What has changed' });
    await wait(warnAfterMs);
    expect(dialog()).not.toBeNull();
    await wait(clearAfterWarningMs);
    await findHeading('Your answers have been cleared');
    expect(router.state.location.pathname).toBe('/expired');
    expect(document.querySelector('[data-replay]')).toBeNull();
  });
});
