// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import {
  ADULT_ASKS_FOR_NUDES,
  findHeading,
  NUDES_SHARED_BY_PUPILS,
  readSavedAnswers,
  renderApp,
  saveAnswers,
} from './render-app.tsx';
import { loadFlow } from '../../../src/app/load-flow.ts';
import { SAVED_JOURNEY_KEY } from '../../../src/app/saved-journey.ts';

const continueButton = () => screen.getByRole('button', { name: 'Continue' });
const backLink = () => screen.getByRole('link', { name: 'Back' });

describe('question pages', () => {
  test('the first question keeps the 999 line and names the question in the page title', async () => {
    renderApp('/questions/immediate-danger');
    await findHeading('Is a child in immediate danger or at immediate risk of harm now?');
    await waitFor(() =>
      expect(document.title).toBe(
        'Is a child in immediate danger or at immediate risk of harm now? - Online abuse triage',
      ),
    );
    expect(screen.getByText(/If a child is in immediate danger, call/)).toBeVisible();
    expect(screen.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    expect(backLink()).toHaveAttribute('href', '/');
  });

  test('continuing without an answer shows the error summary and the inline error, and focuses the summary', async () => {
    const { user } = renderApp('/questions/immediate-danger');
    await findHeading(/immediate danger/);
    await user.click(continueButton());
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeVisible();
    expect(
      within(summary).getByRole('link', { name: 'Select whether a child is in immediate danger' }),
    ).toHaveAttribute('href', '#immediate-danger');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(
      screen.getByText('Select whether a child is in immediate danger', { selector: '.govuk-error-message' }),
    ).toBeVisible();
    expect(screen.getByRole('group', { name: /immediate danger/ })).toHaveAccessibleDescription(
      expect.stringContaining('Select whether a child is in immediate danger'),
    );
    await waitFor(() => expect(document.title).toMatch(/^Error: Is a child in immediate danger/));
  });

  test('answering yes to immediate danger shows the call 999 page at once, then Continue goes on with the triage', async () => {
    const { user, router } = renderApp('/questions/immediate-danger');
    await findHeading(/immediate danger/);
    await user.click(screen.getByLabelText('Yes'));
    await user.click(continueButton());
    await findHeading('Call 999 now');
    expect(router.state.location.pathname).toBe('/call-999');
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    expect(backLink()).toHaveAttribute('href', '/questions/immediate-danger');
    await user.click(screen.getByRole('button', { name: 'Continue the triage' }));
    await findHeading('What is your role?');
    expect(backLink()).toHaveAttribute('href', '/call-999');
  });

  test('an answer the flow does not offer (from a tampered page) is refused with the error summary', async () => {
    const { user, router } = renderApp('/questions/immediate-danger');
    await findHeading(/immediate danger/);
    const no = screen.getByLabelText<HTMLInputElement>('No');
    await user.click(no);
    // After React has handled the click, which would put its own value back.
    no.value = 'maybe';
    await user.click(continueButton());
    expect(await screen.findByRole('link', { name: 'Select one of the answers shown' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/questions/immediate-danger');
    expect(readSavedAnswers()).toBeNull();
  });

  test("answering I'm not sure to immediate danger also shows the call 999 page", async () => {
    const { user } = renderApp('/questions/immediate-danger');
    await findHeading(/immediate danger/);
    await user.click(screen.getByLabelText("I'm not sure"));
    await user.click(continueButton());
    await findHeading('Call 999 now');
  });

  test('answering no goes straight to the next question, whose back link returns to the first with the answer kept', async () => {
    const { user } = renderApp('/questions/immediate-danger');
    await findHeading(/immediate danger/);
    await user.click(screen.getByLabelText('No'));
    await user.click(continueButton());
    await findHeading('What is your role?');
    await user.click(backLink());
    await findHeading(/immediate danger/);
    expect(screen.getByLabelText('No')).toBeChecked();
  });

  test('the many-choice question uses checkboxes named after the question', async () => {
    saveAnswers({
      'immediate-danger': 'no',
      'your-role': 'other-staff',
      setting: 'other-setting',
      area: 'hampshire',
      'child-age': 'under-13',
    });
    const { user } = renderApp('/questions/concerns');
    await findHeading('What are you worried about?');
    const checkboxes = screen.getAllByRole('checkbox');
    expect(checkboxes).toHaveLength(9); // the nine concerns of spec version 2;
    for (const checkbox of checkboxes) expect(checkbox).toHaveAttribute('name', 'concerns');
    await user.click(continueButton());
    // The action answers asynchronously: wait for its problem, as on a busy machine it may come late.
    expect(
      await screen.findByRole('link', { name: 'Select at least one thing you are worried about' }),
    ).toBeVisible();
    await user.click(screen.getByLabelText('Cyberbullying by another child'));
    await user.click(screen.getByLabelText('Other harmful content'));
    await user.click(continueButton());
    await findHeading(/threats, harassment or hate/);
    expect(readSavedAnswers()).toMatchObject({ concerns: ['cyberbullying', 'harmful-content'] });
  });
});

describe('pages the answers do not reach', () => {
  test('a question the answers do not reach redirects to the next question, with a notice', async () => {
    saveAnswers({ 'immediate-danger': 'no', 'your-role': 'other-staff' });
    const { router } = renderApp('/questions/adult-involved');
    await findHeading('Where do you work?');
    expect(router.state.location.pathname).toBe('/questions/setting');
    const notice = screen.getByRole('region', { name: 'Important' });
    expect(within(notice).getByText(/does not apply to your answers so far/)).toBeVisible();
  });

  test('a question off the path of a complete journey redirects to check answers', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES);
    const { router } = renderApp('/questions/threats-or-hate');
    await findHeading('Check your answers');
    expect(router.state.location.pathname).toBe('/check-answers');
    const notice = screen.getByRole('region', { name: 'Important' });
    expect(within(notice).getByText('You have been taken to check your answers')).toBeVisible();
    expect(
      within(notice).getByText('The question you asked for does not apply to your answers.'),
    ).toBeVisible();
  });

  test('check answers and the recommendation wait until every question is answered', async () => {
    saveAnswers({ 'immediate-danger': 'no' });
    renderApp('/recommendation');
    await findHeading('What is your role?');
    expect(screen.getByText(/answer every question before you can see what to do/)).toBeVisible();
  });

  test('the call 999 page is only shown when the answers say a child may be in danger', async () => {
    saveAnswers({ 'immediate-danger': 'no' });
    const { router } = renderApp('/call-999');
    await findHeading('What is your role?');
    expect(router.state.location.pathname).toBe('/questions/your-role');
  });

  test('an unknown page shows the not found page', async () => {
    renderApp('/nowhere');
    await findHeading('Page not found');
    expect(screen.getByRole('link', { name: 'Go to the start of the triage' })).toHaveAttribute('href', '/');
  });

  test('an unknown question shows the not found page', async () => {
    renderApp('/questions/favourite-colour');
    await findHeading('Page not found');
  });
});

describe('check your answers', () => {
  test('lists each answer on the path with a Change link, and goes on to the recommendation', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES);
    const { user } = renderApp('/check-answers');
    await findHeading('Check your answers');
    const rows = document.querySelectorAll('.govuk-summary-list__row');
    expect(rows).toHaveLength(Object.keys(ADULT_ASKS_FOR_NUDES).length);
    expect(screen.getByRole('link', { name: "Change child's area" })).toHaveAttribute(
      'href',
      '/questions/area',
    );
    expect(screen.getByText('Portsmouth')).toBeVisible();
    expect(backLink()).toHaveAttribute('href', '/questions/works-with-children');
    await user.click(screen.getByRole('button', { name: 'See what to do' }));
    await findHeading('What to do');
  });

  test('changing an answer returns to check answers, with the new answer shown', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES);
    const { user, router } = renderApp('/check-answers');
    await findHeading('Check your answers');
    await user.click(screen.getByRole('link', { name: /Change .*area/i }));
    await findHeading('Where does the child live?');
    expect(backLink()).toHaveAttribute('href', '/check-answers');
    expect(screen.getByLabelText('Portsmouth')).toBeChecked();
    await user.click(screen.getByLabelText('Southampton'));
    await user.click(continueButton());
    await findHeading('Check your answers');
    expect(router.state.location.pathname).toBe('/check-answers');
    expect(screen.getByText('Southampton')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Important' })).toBeNull();
  });

  test('a change that opens a new question asks it, then returns to check answers and says which answers were dropped', async () => {
    saveAnswers(NUDES_SHARED_BY_PUPILS);
    const { user } = renderApp('/check-answers');
    await findHeading('Check your answers');
    await user.click(screen.getByRole('link', { name: /Change adult involved/i }));
    await findHeading(/Is an adult \(18 or over\) involved\?/);
    await user.click(screen.getByLabelText('Yes'));
    await user.click(continueButton());
    await findHeading('Does that adult work or volunteer with children?');
    expect(backLink()).toHaveAttribute('href', '/check-answers');
    await user.click(screen.getByLabelText("I don't know"));
    await user.click(continueButton());
    await findHeading('Check your answers');
    const notice = screen.getByRole('region', { name: 'Important' });
    expect(within(notice).getByText('3 answers were removed')).toBeVisible();
    const dropped = within(notice)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(dropped).toHaveLength(3);
    expect(dropped.join(' ')).toMatch(/pressure|groom|blackmail|coerc/i);
    expect(readSavedAnswers()).not.toHaveProperty('coercion-or-blackmail');
    expect(readSavedAnswers()).not.toHaveProperty('unusual-or-violent');
    expect(readSavedAnswers()).not.toHaveProperty('shared-without-consent');
    expect(readSavedAnswers()).toMatchObject({ 'adult-involved': 'yes', 'works-with-children': 'not-known' });
  });

  test('changing concerns to a different kind drops the answers that no longer apply', async () => {
    saveAnswers(NUDES_SHARED_BY_PUPILS);
    const { user } = renderApp('/check-answers');
    await findHeading('Check your answers');
    await user.click(screen.getByRole('link', { name: 'Change concerns' }));
    await findHeading('What are you worried about?');
    await user.click(screen.getByLabelText('Nude, semi-nude or sexual images or videos of a child'));
    await user.click(screen.getByLabelText('Other harmful content'));
    await user.click(continueButton());
    await findHeading(/sending the child this content on purpose/);
    await user.click(screen.getByLabelText('No'));
    await user.click(continueButton());
    await findHeading('Check your answers');
    expect(
      within(screen.getByRole('region', { name: 'Important' })).getByText('4 answers were removed'),
    ).toBeVisible();
    expect(Object.keys(readSavedAnswers() as object)).toHaveLength(7);
  });
});

describe('keeping progress in the tab', () => {
  test('answers survive a remount from sessionStorage, and never go to the URL or localStorage', async () => {
    const first = renderApp('/questions/immediate-danger');
    await findHeading(/immediate danger/);
    await first.user.click(screen.getByLabelText('No'));
    await first.user.click(continueButton());
    await findHeading('What is your role?');
    await first.user.click(screen.getByLabelText('Another role working or volunteering with children'));
    await first.user.click(continueButton());
    await findHeading('Where do you work?');
    expect(first.router.state.location.pathname).toBe('/questions/setting');
    expect(first.router.state.location.search).toBe('');
    expect(window.localStorage.length).toBe(0);
    first.view.unmount();

    const second = renderApp('/questions/setting');
    await findHeading('Where do you work?');
    await second.user.click(backLink());
    await findHeading('What is your role?');
    expect(screen.getByLabelText('Another role working or volunteering with children')).toBeChecked();
  });

  test('browser back and forward keep the answers', async () => {
    const { user, router } = renderApp('/questions/immediate-danger');
    await findHeading(/immediate danger/);
    await user.click(screen.getByLabelText('No'));
    await user.click(continueButton());
    await findHeading('What is your role?');
    await user.click(screen.getByLabelText('Designated safeguarding lead (DSL) or deputy'));
    await user.click(continueButton());
    await findHeading('Where do you work?');
    await router.navigate(-1);
    await findHeading('What is your role?');
    expect(screen.getByLabelText('Designated safeguarding lead (DSL) or deputy')).toBeChecked();
    await router.navigate(1);
    await findHeading('Where do you work?');
  });

  test.each([
    ['not JSON', () => window.sessionStorage.setItem('online-abuse-triage:journey', '{not json')],
    ['the wrong shape', () => saveAnswers({}, { answers: 'all of them' })],
    ['an unknown question id', () => saveAnswers({ 'immediate-danger': 'no', 'favourite-colour': 'blue' })],
    ['a value the question does not allow', () => saveAnswers({ 'immediate-danger': 'maybe' })],
    [
      'an older flow version that is damaged',
      () => saveAnswers({ 'immediate-danger': 'no' }, { flowVersion: '0.0.1', name: 'x' }),
    ],
    ['another flow', () => saveAnswers({ 'immediate-danger': 'no' }, { flowId: 'other-flow' })],
  ])('a saved value with %s is discarded with a notice', async (_what, save) => {
    save();
    const { router } = renderApp('/questions/your-role');
    await findHeading(/immediate danger/);
    expect(router.state.location.pathname).toBe('/questions/immediate-danger');
    expect(screen.getByText('Your earlier answers could not be used')).toBeVisible();
    expect(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)).toBeNull();
    expect(screen.queryByRole('radio', { checked: true })).toBeNull();
  });

  test('a journey started under an older flow version is replayed under this one, with its notes, and the page says the advice was updated', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES, { flowVersion: '1.9.0', notes: { referenceNumbers: 'MASH-123' } });
    renderApp('/recommendation');
    await findHeading('What to do');
    expect(screen.getByText('The advice in this tool has been updated')).toBeVisible();
    expect(
      screen.getByText(`updated since you started (version 1.9.0 to version ${loadFlow().version})`, {
        exact: false,
      }),
    ).toBeVisible();
    expect(screen.getByLabelText(/Reference numbers/)).toHaveValue('MASH-123');
    const saved = JSON.parse(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)!) as Record<string, unknown>;
    expect(saved).toMatchObject({ flowVersion: loadFlow().version, answers: ADULT_ASKS_FOR_NUDES });
  });

  test('answers the new flow version no longer allows are removed, with the answers removed notice and a line saying the advice was updated', async () => {
    saveAnswers({ ...ADULT_ASKS_FOR_NUDES, 'works-with-children': 'perhaps' }, { flowVersion: '1.9.0' });
    renderApp('/questions/works-with-children');
    await findHeading(/./);
    expect(screen.getByText('One answer was removed')).toBeVisible();
    expect(screen.getByText('The advice in this tool was updated', { exact: false })).toBeVisible();
    expect(readSavedAnswers()).not.toHaveProperty('works-with-children');
    expect(readSavedAnswers()).toMatchObject({ area: 'portsmouth' });
  });

  test('opening the Start again address asks first and changes nothing', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES);
    const { router, user } = renderApp('/start-again');
    await findHeading('Clear your answers and notes?');
    expect(readSavedAnswers()).toEqual(ADULT_ASKS_FOR_NUDES);
    // Opened directly, "No" goes to the start page.
    await user.click(screen.getByRole('link', { name: 'No, go back' }));
    await findHeading('Online abuse of a child: what to do');
    expect(router.state.location.pathname).toBe('/');
    expect(readSavedAnswers()).toEqual(ADULT_ASKS_FOR_NUDES);
  });

  test('Start again asks first; "No" returns to the page with the answers and notes kept', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES);
    const { user, router } = renderApp('/recommendation');
    await findHeading('What to do');
    await user.type(screen.getByLabelText(/Your notes/), 'Called 101 at 10:05');
    await user.click(screen.getByRole('link', { name: 'Start again' }));
    await findHeading('Clear your answers and notes?');
    await user.click(screen.getByRole('link', { name: 'No, go back' }));
    await findHeading('What to do');
    expect(router.state.location.pathname).toBe('/recommendation');
    expect(readSavedAnswers()).toEqual(ADULT_ASKS_FOR_NUDES);
    expect(await screen.findByLabelText(/Your notes/)).toHaveValue('Called 101 at 10:05');
  });

  test('Start again, then "Yes", clears everything and returns to the start page', async () => {
    saveAnswers(ADULT_ASKS_FOR_NUDES);
    const { user, router } = renderApp('/check-answers');
    await findHeading('Check your answers');
    await user.click(screen.getByRole('link', { name: 'Start again' }));
    await findHeading('Clear your answers and notes?');
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers and notes' }));
    await findHeading('Online abuse of a child: what to do');
    expect(router.state.location.pathname).toBe('/');
    expect(window.sessionStorage.getItem('online-abuse-triage:journey')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Start now/ }));
    await findHeading(/immediate danger/);
    expect(screen.queryByRole('radio', { checked: true })).toBeNull();
  });
});

describe('How this tool decides', () => {
  test('is linked from the start page and shows the rules drawn from the flow', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'How this tool decides' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'How this tool decides' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^How this tool decides/));
    expect(screen.getByRole('rowheader', { name: 'R15' })).toBeInTheDocument();
  });
});
