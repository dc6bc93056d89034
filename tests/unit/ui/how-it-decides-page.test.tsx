// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { buildFlowDiagram } from '../../../src/diagram/draw-flow-diagram.ts';
import { HowItDecidesPage } from '../../../src/ui/pages/how-it-decides-page.tsx';
import { flow } from '../../support/flow.ts';

const diagram = buildFlowDiagram(flow);

describe('How this tool decides', () => {
  test('names the flow and its version', () => {
    render(<HowItDecidesPage diagram={diagram} />);
    expect(screen.getByRole('heading', { level: 1, name: 'How this tool decides' })).toBeInTheDocument();
    expect(screen.getByText(`Flow ${flow.id}, version ${flow.version}`)).toBeInTheDocument();
  });

  test('lists every question of the flow, in order, with when it is asked', () => {
    render(<HowItDecidesPage diagram={diagram} />);
    const list = screen.getByRole('list', { name: 'Questions, in the order they can be asked' });
    const items = within(list).getAllByText(
      (_, element) => element?.matches('p.govuk-\\!-font-weight-bold') ?? false,
    );
    expect(items.map((item) => item.textContent)).toEqual(flow.questions.map((question) => question.title));
    expect(
      within(list).getByText(/Asked when: Adult involved is 'Yes' or 'I don't know'/),
    ).toBeInTheDocument();
  });

  test('draws a box for every question and the recommendation', () => {
    const { container } = render(<HowItDecidesPage diagram={diagram} />);
    expect(
      screen.getByRole('img', { name: new RegExp(`Flow chart: ${flow.questions.length} questions`) }),
    ).toBeInTheDocument();
    const boxes = [...container.querySelectorAll('[data-node]')].map((node) =>
      node.getAttribute('data-node'),
    );
    expect(boxes).toEqual([...flow.questions.map((question) => question.id), 'recommendation']);
  });

  test('shows every rule with its condition, the actions it adds and its sources', () => {
    render(<HowItDecidesPage diagram={diagram} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
      flow.rules.map((rule) => rule.id),
    );
    const r15 = rows.find((row) => within(row).getByRole('rowheader').textContent === 'R15')!;
    expect(within(r15).getByText(/^Sources: Serious Crime Act 2015 s67/)).toBeInTheDocument();
    expect(
      within(r15).getByText('Report to CEOP, the police child protection service for online abuse'),
    ).toBeInTheDocument();
  });
});
