// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { KeepEarlyChoices, watchEarlyChoices } from '../../../src/app/keep-early-choices.tsx';

/** A root holding a page as the build draws it: plain HTML, before React. */
function prerender(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const RADIOS = `
  <label><input type="radio" name="area" value="hampshire"> Hampshire</label>
  <label><input type="radio" name="area" value="portsmouth"> Portsmouth</label>`;

const CHECKBOXES = `
  <label><input type="checkbox" name="concerns" value="images"> Images</label>
  <label><input type="checkbox" name="concerns" value="bullying"> Bullying</label>`;

/** What the app draws in place of the pre-rendered page, with the answer saved in the tab. */
function AppPage({ area, concerns }: { area?: string; concerns?: string[] }) {
  return (
    <form>
      {['hampshire', 'portsmouth'].map((value) => (
        <label key={value}>
          <input type="radio" name="area" value={value} defaultChecked={area === value} /> {value}
        </label>
      ))}
      {['images', 'bullying'].map((value) => (
        <label key={value}>
          <input type="checkbox" name="concerns" value={value} defaultChecked={concerns?.includes(value)} />{' '}
          {value}
        </label>
      ))}
    </form>
  );
}

/** The app takes over: it empties the root and draws its own page there, keeping the early choices. */
function drawAppPage(
  root: HTMLElement,
  choices: ReturnType<typeof watchEarlyChoices>,
  saved: Parameters<typeof AppPage>[0] = {},
) {
  root.replaceChildren();
  render(
    <KeepEarlyChoices choices={choices}>
      <AppPage {...saved} />
    </KeepEarlyChoices>,
    { container: root },
  );
}

afterEach(() => document.body.replaceChildren());

describe('choices made on a pre-rendered page before the app takes over', () => {
  test('are kept in the page the app draws in its place, over the answer saved before', async () => {
    const root = prerender(RADIOS + CHECKBOXES);
    const choices = watchEarlyChoices(root);
    const user = userEvent.setup();
    await user.click(root.querySelector('input[value="portsmouth"]')!);
    await user.click(root.querySelector('input[value="bullying"]')!);
    drawAppPage(root, choices, { area: 'hampshire', concerns: ['images'] });
    expect(screen.getByRole('radio', { name: 'portsmouth' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'hampshire' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'bullying' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'images' })).toBeChecked();
  });

  test('a box ticked then unticked stays unticked; untouched inputs keep the saved answer', async () => {
    const root = prerender(RADIOS + CHECKBOXES);
    const choices = watchEarlyChoices(root);
    const user = userEvent.setup();
    const images = root.querySelector<HTMLInputElement>('input[value="images"]')!;
    await user.click(images);
    await user.click(images);
    drawAppPage(root, choices, { area: 'hampshire', concerns: ['images'] });
    expect(screen.getByRole('checkbox', { name: 'images' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'hampshire' })).toBeChecked();
  });

  test('once kept, it stops watching: what the app or the user does next is never undone', async () => {
    const root = prerender(RADIOS);
    const choices = watchEarlyChoices(root);
    const user = userEvent.setup();
    await user.click(root.querySelector('input[value="portsmouth"]')!);
    drawAppPage(root, choices);
    await user.click(screen.getByRole('radio', { name: 'hampshire' }));
    // The app sets an answer itself, with no change event.
    screen.getByRole<HTMLInputElement>('radio', { name: 'portsmouth' }).checked = true;
    choices.keep();
    expect(screen.getByRole('radio', { name: 'portsmouth' })).toBeChecked();
  });
});
