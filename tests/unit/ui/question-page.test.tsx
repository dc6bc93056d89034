// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, test } from 'vitest';
import type { Question } from '../../../src/engine/flow-schema.ts';
import type { QuestionPageProps } from '../../../src/ui/pages/question-page.tsx';
import { CHANGING_FIELD, QuestionPage } from '../../../src/ui/pages/question-page.tsx';

const oneChoice: Question = {
  id: 'adult-involved',
  kind: 'one',
  title: 'Is an adult involved?',
  hint: 'Anyone 18 or over.',
  errorMessage: 'Select whether an adult is involved',
  summaryLabel: 'Adult involved',
  options: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No', hint: 'Only children are involved.' },
  ],
};

const manyChoice: Question = {
  id: 'concerns',
  kind: 'many',
  title: 'What are you worried about?',
  errorMessage: 'Select at least one thing you are worried about',
  summaryLabel: 'Concerns',
  options: [
    { value: 'sexual-images', label: 'Images' },
    { value: 'cyberbullying', label: 'Bullying' },
  ],
};

/** The page in a route whose action keeps what the form sent, as the app's question route receives it. */
function renderQuestion(props: Partial<QuestionPageProps> & { question: Question }) {
  const sent: FormData[] = [];
  const router = createMemoryRouter(
    [
      {
        path: '/',
        action: async ({ request }) => {
          sent.push(await request.formData());
          return null;
        },
        element: (
          <QuestionPage
            hint={props.question.hint}
            value={undefined}
            back={{ to: '/before' }}
            changing={false}
            startAgainPath="/start-again"
            {...props}
          />
        ),
      },
      { path: '/start-again', element: <p>Asked before starting again</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return { sent, user: userEvent.setup() };
}

describe('QuestionPage', () => {
  test('is a form whose radios are named after the question, with the answer values, labels and hints', () => {
    renderQuestion({ question: oneChoice });
    expect(screen.getByRole('heading', { level: 1, name: 'Is an adult involved?' })).toBeVisible();
    const yes = screen.getByRole('radio', { name: 'Yes' });
    expect(yes).toHaveAttribute('name', 'adult-involved');
    expect(yes).toHaveAttribute('value', 'yes');
    expect(screen.getByRole('radio', { name: 'No' })).toHaveAccessibleDescription(
      'Only children are involved.',
    );
    expect(screen.getByRole('group', { name: 'Is an adult involved?' })).toHaveAccessibleDescription(
      'Anyone 18 or over.',
    );
    const continueButton = screen.getByRole('button', { name: 'Continue' });
    expect(continueButton).toHaveAttribute('type', 'submit');
    expect(continueButton.closest('form')).toHaveAttribute('method', 'post');
  });

  test('shows the hint it is given for the answers so far', () => {
    renderQuestion({ question: oneChoice, hint: 'Anyone 18 or over. Do not ask the child.' });
    expect(screen.getByRole('group', { name: 'Is an adult involved?' })).toHaveAccessibleDescription(
      'Anyone 18 or over. Do not ask the child.',
    );
  });

  test('shows the answer given before', () => {
    renderQuestion({ question: manyChoice, value: ['cyberbullying'] });
    expect(screen.getByRole('checkbox', { name: 'Bullying' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Images' })).not.toBeChecked();
  });

  test('has a back link to the page before, and Start again is a link to the page that asks first, outside the form', async () => {
    const { user } = renderQuestion({ question: oneChoice, back: { to: '/questions/area' } });
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/questions/area');
    expect(screen.queryByRole('button', { name: 'Start again' })).toBeNull();
    const startAgain = screen.getByRole('link', { name: 'Start again' });
    expect(startAgain).toHaveAttribute('href', '/start-again');
    expect(startAgain.closest('form')).toBeNull();
    await user.click(startAgain);
    expect(await screen.findByText('Asked before starting again')).toBeVisible();
  });

  test('sends the chosen value under the question id', async () => {
    const { sent, user } = renderQuestion({ question: oneChoice });
    await user.click(screen.getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.getAll('adult-involved')).toEqual(['no']);
    expect(sent[0]!.has(CHANGING_FIELD)).toBe(false);
  });

  test('sends every ticked checkbox, and says when the answer is a change', async () => {
    const { sent, user } = renderQuestion({ question: manyChoice, changing: true });
    await user.click(screen.getByLabelText('Images'));
    await user.click(screen.getByLabelText('Bullying'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.getAll('concerns')).toEqual(['sexual-images', 'cyberbullying']);
    expect(sent[0]!.get(CHANGING_FIELD)).toBe('true');
  });

  test("for a missing answer, shows the error summary (focused) and the inline error with the flow's message", () => {
    renderQuestion({ question: oneChoice, problem: { kind: 'missing' } });
    const alert = screen.getByRole('alert');
    expect(alert.closest('.govuk-error-summary')).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Is an adult involved?' })).toHaveAccessibleDescription(
      'Anyone 18 or over. Error: Select whether an adult is involved',
    );
    expect(document.title).toMatch(/^Error: Is an adult involved\?/);
  });

  test('the error summary link moves focus to the first answer', async () => {
    const { user } = renderQuestion({ question: manyChoice, problem: { kind: 'missing' } });
    await user.click(screen.getByRole('link', { name: 'Select at least one thing you are worried about' }));
    expect(screen.getByRole('checkbox', { name: 'Images' })).toHaveFocus();
  });

  test('for an answer the flow does not allow, asks for one of the answers shown', () => {
    renderQuestion({ question: oneChoice, problem: { kind: 'not-allowed' } });
    expect(screen.getByRole('link', { name: 'Select one of the answers shown' })).toBeVisible();
  });

  test('shows a notice when given one', () => {
    renderQuestion({ question: oneChoice, notice: { kind: 'saved-answers-discarded' } });
    expect(screen.getByRole('region', { name: 'Important' })).toHaveTextContent(
      'Your earlier answers could not be used',
    );
  });

  test('pre-rendered, its buttons cannot send anything until the app draws the page, and the choices can be made', async () => {
    const { sent, user } = renderQuestion({ question: oneChoice, prerendered: true });
    const continueButton = screen.getByRole('button', { name: 'Continue' });
    expect(continueButton).toBeDisabled();
    // Nothing can be cleared before the app takes over: Start again is plain text, not a link.
    expect(screen.getByText('Start again')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Start again' })).toBeNull();
    await user.click(screen.getByLabelText('No'));
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    await user.click(continueButton);
    // Pressing Enter in a form whose submit button is disabled sends nothing either.
    await user.keyboard('{Enter}');
    expect(sent).toEqual([]);
    expect(screen.getByText('999', { selector: 'a' })).toHaveAttribute('href', 'tel:999');
  });

  test('drawn by the app, its buttons work and it has no notice for browsers without JavaScript', () => {
    renderQuestion({ question: oneChoice });
    expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', '/start-again');
    expect(document.querySelector('noscript')).toBeNull();
  });
});
