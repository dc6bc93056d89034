// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { findHeading, renderApp, saveAnswers } from './render-app.tsx';
import { toyFlow } from './toy-flow.ts';

const WORRIED_ABOUT_IMAGES = { 'in-danger': 'no', area: 'north', worry: ['images'] };

describe('the hint on a question page', () => {
  test("adds the flow's conditional hint when it holds for the answers so far (here, for other staff)", async () => {
    saveAnswers({ ...WORRIED_ABOUT_IMAGES, role: 'staff' }, {}, toyFlow);
    renderApp('/questions/adult', { flow: toyFlow });
    await findHeading('Is an adult involved?');
    expect(screen.getByRole('group', { name: 'Is an adult involved?' })).toHaveAccessibleDescription(
      "Anyone 18 or over. If you don't know, choose I don't know; do not ask the child.",
    );
  });

  test('shows only the question’s own hint when the condition does not hold', async () => {
    saveAnswers({ ...WORRIED_ABOUT_IMAGES, role: 'lead' }, {}, toyFlow);
    renderApp('/questions/adult', { flow: toyFlow });
    await findHeading('Is an adult involved?');
    expect(screen.getByRole('group', { name: 'Is an adult involved?' })).toHaveAccessibleDescription(
      'Anyone 18 or over.',
    );
  });
});
