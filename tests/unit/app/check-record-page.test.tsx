// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { loadFlow } from '../../../src/app/load-flow.ts';
import { encodeRecordCode } from '../../../src/engine/record-code.ts';
import { findHeading, NUDES_SHARED_BY_PUPILS, renderApp } from './render-app.tsx';
import { previousFlow, SHARED_BETWEEN_PUPILS } from '../../support/previous-record.ts';

// The route and the kept versions load lazily: load them once, outside every test's wait.
await Promise.all([
  import('../../../src/app/routes/check-record-route.tsx'),
  import('../../../src/app/list-kept-flows.ts'),
]);

const flow = loadFlow();
// jsdom replaces the URL class, so the path is built from strings.

async function checkCode(code: string) {
  const app = renderApp('/check-a-record');
  await findHeading('Check a record');
  await app.user.type(screen.getByLabelText('Record code'), code);
  await app.user.click(screen.getByRole('button', { name: 'Check record' }));
  return app;
}

const side = (name: 'then' | 'now') => document.querySelector<HTMLElement>(`[data-replay="${name}"]`)!;
const routesIn = (element: HTMLElement) =>
  [...element.querySelectorAll<HTMLElement>('[data-replay-route]')].map((item) => item.dataset.replayRoute);

describe('Check a record', () => {
  test('is linked from the start page and from the footer', async () => {
    const { user } = renderApp('/');
    await findHeading(flow.title);
    const footerLink = within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Check a record' });
    expect(footerLink).toHaveAttribute('href', '/check-a-record');
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'check a record' }));
    await findHeading('Check a record');
    await waitFor(() => expect(document.title).toBe('Check a record - Online abuse triage'));
  });

  test('a code made under 1.1.0 shows the advice then and now side by side, and states what changed and what was assumed', async () => {
    const code = encodeRecordCode(previousFlow, SHARED_BETWEEN_PUPILS);
    const { router } = await checkCode(code);
    const result = await screen.findByRole('heading', { level: 2, name: 'What has changed' });
    await waitFor(() => expect(result).toHaveFocus());

    expect(within(side('then')).getByRole('heading', { name: 'Then: version 1.1.0' })).toBeVisible();
    expect(within(side('now')).getByRole('heading', { name: `Now: version ${flow.version}` })).toBeVisible();
    expect(routesIn(side('then'))).toEqual(['tell-safeguarding-lead', 'manage-in-setting', 'report-remove']);
    expect(routesIn(side('now'))).toEqual([
      'tell-safeguarding-lead',
      'support-child',
      'child-on-child-assessment',
      'manage-in-setting',
      'report-remove',
    ]);

    expect(
      screen.getByText('The advice for these answers has changed since the record was made.'),
    ).toBeVisible();
    const added = document.querySelector<HTMLElement>('[data-replay-change="adds"]')!;
    expect(within(added).getByText(/^Support the child and check they are safe now/)).toBeVisible();
    expect(within(added).getByText(/^Assess it as possible child-on-child abuse/)).toBeVisible();
    const urgency = document.querySelector<HTMLElement>('[data-replay-change="urgency"]')!;
    expect(urgency).toHaveTextContent(
      'Review it today and, if no referral is needed, handle it in the setting: next steps then, today now',
    );
    expect(document.querySelector('[data-replay-change="removes"]')).toBeNull();
    const supportNow = side('now').querySelector<HTMLElement>('[data-replay-route="support-child"]')!;
    expect(within(supportNow).getByText('New')).toBeVisible();

    const assumed = document.querySelector<HTMLElement>('[data-replay-assumed]')!;
    expect(within(assumed).getByRole('heading', { name: 'What was assumed' })).toBeVisible();
    expect(assumed).toHaveTextContent(
      "Was an image made, altered or shared without the agreement of the child in it, or to embarrass, bully or hurt them? I don't know",
    );

    expect(screen.getByText('13 to 15')).toBeVisible();
    // Nothing kept: not in the URL, not in the tab's storage.
    expect(router.state.location.pathname).toBe('/check-a-record');
    expect(router.state.location.search).toBe('');
    expect(router.state.location.state).toBeNull();
    expect(window.sessionStorage.length).toBe(0);
    expect(window.localStorage.length).toBe(0);
  });

  test('a code of the current version says that the advice is the same', async () => {
    await checkCode(encodeRecordCode(flow, NUDES_SHARED_BY_PUPILS));
    await screen.findByRole('heading', { level: 2, name: 'What has changed' });
    expect(
      screen.getByText('The record was made with this version of the tool: the advice is the same now.'),
    ).toBeVisible();
    expect(routesIn(side('then'))).toEqual(routesIn(side('now')));
    expect(document.querySelector('[data-replay-assumed]')).toBeNull();
  });

  test('a code pasted as it comes out of a document is read: the label, dashes, small letters, O for 0, a full stop', async () => {
    const code = encodeRecordCode(previousFlow, SHARED_BETWEEN_PUPILS);
    const pasted = `Record code: ${code.replace(/-/g, '\u2013').toLowerCase().replace(/0/g, 'o')}.`;
    expect(pasted).toMatch(/^Record code: oa\u2013/);
    const { user } = renderApp('/check-a-record');
    await findHeading('Check a record');
    await user.click(screen.getByLabelText('Record code'));
    await user.paste(pasted);
    await user.click(screen.getByRole('button', { name: 'Check record' }));
    await screen.findByRole('heading', { level: 2, name: 'What has changed' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(`Record code ${code}.`, { exact: false })).toBeVisible();
    expect(routesIn(side('then'))).toEqual(['tell-safeguarding-lead', 'manage-in-setting', 'report-remove']);
  });

  test("the hint's example code is a real code: checked, it shows its advice", async () => {
    const { user } = renderApp('/check-a-record');
    await findHeading('Check a record');
    const input = screen.getByLabelText('Record code');
    const hint = screen.getByText(/For example, /);
    expect(input.getAttribute('aria-describedby')).toContain(hint.id);
    const example = /For example, ([A-Z0-9-]+)\./.exec(hint.textContent ?? '')?.[1];
    expect(example).toMatch(/^OA-/);
    await user.type(input, example!);
    await user.click(screen.getByRole('button', { name: 'Check record' }));
    await screen.findByRole('heading', { level: 2, name: 'What has changed' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(routesIn(side('then')).length).toBeGreaterThan(0);
  });

  test('a damaged code gets the error summary and the error message naming the problem, keeps what was typed, and stores nothing', async () => {
    const code = encodeRecordCode(previousFlow, SHARED_BETWEEN_PUPILS);
    const damaged = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    const { router } = await checkCode(damaged);
    const summary = await screen.findByRole('alert');
    const message = 'This code has a typing mistake: check it against your record';
    expect(within(summary).getByText('There is a problem')).toBeVisible();
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#record-code');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    const input = screen.getByLabelText('Record code');
    expect(input).toHaveValue(damaged);
    expect(input).toHaveClass('govuk-input--error');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
    await waitFor(() => expect(document.title).toBe('Error: Check a record - Online abuse triage'));
    expect(document.querySelector('[data-replay]')).toBeNull();
    expect(router.state.location.search).toBe('');
    expect(window.sessionStorage.length).toBe(0);
  });

  test('a code of a version that is not kept gets an error naming the version', async () => {
    await checkCode(encodeRecordCode({ ...previousFlow, version: '1.5.0' }, SHARED_BETWEEN_PUPILS));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(
      'This record code was made with version 1.5.0 of the tool, which is not kept here (kept versions: 1.1.0, 2.0.0, 3.0.0, 3.1.0)',
    );
  });

  test('an empty box asks for a code', async () => {
    const { user } = renderApp('/check-a-record');
    await findHeading('Check a record');
    await user.click(screen.getByRole('button', { name: 'Check record' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a record code');
  });

  test('checking another code after an error shows its result and no error', async () => {
    const { user } = await checkCode('HELLO');
    await screen.findByRole('alert');
    const input = screen.getByLabelText('Record code');
    await user.clear(input);
    await user.type(input, encodeRecordCode(flow, NUDES_SHARED_BY_PUPILS));
    await user.click(screen.getByRole('button', { name: 'Check record' }));
    await screen.findByRole('heading', { level: 2, name: 'What has changed' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
