// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, test, vi } from 'vitest';
import type { Question } from '../../../src/engine/flow-schema.ts';
import type { QuestionPageProps } from '../../../src/ui/pages/question-page.tsx';
import { QuestionPage } from '../../../src/ui/pages/question-page.tsx';

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

function renderQuestion(props: Partial<QuestionPageProps> & { question: Question }) {
  const onAnswer = vi.fn<QuestionPageProps['onAnswer']>(() => undefined);
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <QuestionPage
            value={undefined}
            back={{ to: '/before' }}
            onAnswer={onAnswer}
            startAgainPath="/start-again"
            {...props}
          />
        ),
      },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return { onAnswer, user: userEvent.setup() };
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
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveAttribute('type', 'submit');
    expect(screen.getByRole('button', { name: 'Continue' }).closest('form')).not.toBeNull();
  });

  test('shows the answer given before', () => {
    renderQuestion({ question: manyChoice, value: ['cyberbullying'] });
    expect(screen.getByRole('checkbox', { name: 'Bullying' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Images' })).not.toBeChecked();
  });

  test('has a back link to the page before and a Start again link', () => {
    renderQuestion({ question: oneChoice, back: { to: '/questions/area' } });
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/questions/area');
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', '/start-again');
  });

  test('sends a one-choice answer as a value, and a many-choice answer as a list', async () => {
    const one = renderQuestion({ question: oneChoice });
    await one.user.click(screen.getByLabelText('No'));
    await one.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(one.onAnswer).toHaveBeenCalledWith('no');
  });

  test('sends every ticked checkbox', async () => {
    const many = renderQuestion({ question: manyChoice });
    await many.user.click(screen.getByLabelText('Images'));
    await many.user.click(screen.getByLabelText('Bullying'));
    await many.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(many.onAnswer).toHaveBeenCalledWith(['sexual-images', 'cyberbullying']);
  });

  test('without an answer, shows the error summary (focused) and the inline error, and sends nothing', async () => {
    const { onAnswer, user } = renderQuestion({ question: oneChoice });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert.closest('.govuk-error-summary')).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Is an adult involved?' })).toHaveAccessibleDescription(
      'Anyone 18 or over. Error: Select whether an adult is involved',
    );
  });

  test('the error summary link moves focus to the first answer', async () => {
    const { user } = renderQuestion({ question: manyChoice });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('link', { name: 'Select at least one thing you are worried about' }));
    expect(screen.getByRole('checkbox', { name: 'Images' })).toHaveFocus();
  });

  test('shows an error returned for an answer the flow refuses', async () => {
    const { user } = renderQuestion({
      question: oneChoice,
      onAnswer: () => 'Select one of the answers shown',
    });
    await user.click(screen.getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: 'Select one of the answers shown' })).toBeVisible();
  });

  test('shows a notice when given one', () => {
    renderQuestion({ question: oneChoice, notice: { title: 'Moved', text: 'You were moved here.' } });
    expect(screen.getByRole('region', { name: 'Important' })).toHaveTextContent('You were moved here.');
  });
});
