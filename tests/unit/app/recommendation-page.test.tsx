// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadFlow } from '../../../src/app/load-flow.ts';
import { SAVED_JOURNEY_KEY } from '../../../src/app/saved-journey.ts';
import { runTriage } from '../../../src/cli/run-triage.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import type { Answers } from '../../../src/engine/answers.ts';
import { writeRecordSummary } from '../../../src/summary/write-record-summary.ts';
import { ADULT_ASKS_FOR_NUDES, findHeading, RECORDED_AT, renderApp, saveAnswers } from './render-app.tsx';

const flow = loadFlow();

function expectedSummary(answers: Answers, notes = {}) {
  const journey = replayJourney(flow, answers);
  return writeRecordSummary(flow, journey.answers, journey.path, journey.recommendation!, RECORDED_AT, notes);
}

const SEXTORTION_IN_DANGER: Answers = {
  'immediate-danger': 'yes',
  'your-role': 'other-staff',
  setting: 'education-setting',
  area: 'hampshire',
  'child-age': '13-to-15',
  concerns: ['sextortion'],
  'adult-involved': 'not-known',
  'works-with-children': 'not-known',
};

async function openRecommendation(answers: Answers) {
  saveAnswers(answers);
  const app = renderApp('/recommendation');
  await findHeading('What to do');
  return app;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the recommendation', () => {
  test('shows the warnings first, then the actions in order under their urgency headings', async () => {
    await openRecommendation(SEXTORTION_IN_DANGER);
    const journey = replayJourney(flow, SEXTORTION_IN_DANGER);
    const recommendation = journey.recommendation!;
    const actions = [...document.querySelectorAll<HTMLElement>('[data-route]')];
    expect(actions.map((element) => element.dataset.route)).toEqual(
      recommendation.actions.map((action) => action.route),
    );
    expect(actions.map((element) => element.dataset.urgency)).toEqual(
      recommendation.actions.map((action) => action.urgency),
    );
    expect(actions[0]).toHaveAttribute('data-route', 'emergency-999');

    const warnings = [...document.querySelectorAll<HTMLElement>('[data-warning]')];
    expect(warnings.map((element) => element.dataset.warning)).toEqual(
      recommendation.warnings.map((warning) => warning.id),
    );
    expect(warnings.length).toBeGreaterThan(0);
    // Warnings come before any action in the page.
    expect(
      warnings.at(-1)!.compareDocumentPosition(actions[0]!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 3)).toEqual(['Do this now', 'Today', 'Next steps']);
    for (const action of recommendation.actions) {
      expect(
        screen.getByRole('heading', { level: 3, name: new RegExp(action.title.replace(/[()]/g, '.')) }),
      ).toBeVisible();
    }
  });

  test('each action gives its contacts as links, with the last checked date, and says when a detail is not confirmed', async () => {
    await openRecommendation(SEXTORTION_IN_DANGER);
    const emergency = document.querySelector<HTMLElement>('[data-route="emergency-999"]')!;
    expect(within(emergency).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    expect(within(emergency).getByText(/Last checked \d{1,2} \w+ \d{4}/)).toBeVisible();

    const police =
      document.querySelector<HTMLElement>('[data-route="police"]') ??
      document.querySelector<HTMLElement>('[data-route="ceop"]')!;
    expect(
      within(police)
        .getAllByRole('link')
        .some((link) => /^(tel:|https:)/.test(link.getAttribute('href') ?? '')),
    ).toBe(true);
  });

  test('marks each contact detail the research could not confirm as not confirmed', async () => {
    const answers: Answers = {
      'immediate-danger': 'no',
      'your-role': 'safeguarding-lead',
      setting: 'other-setting',
      area: 'hampshire',
      'child-age': '16-to-17',
      concerns: ['radicalisation', 'harmful-content'],
      'targeted-or-encouraged': 'no',
    };
    await openRecommendation(answers);
    const journey = replayJourney(flow, answers);
    const unconfirmed = journey
      .recommendation!.actions.flatMap((action) => action.contact?.entries ?? [])
      .filter((entry) => !entry.confirmed);
    expect(unconfirmed.length).toBeGreaterThan(0);
    expect(screen.getAllByText('Not confirmed')).toHaveLength(unconfirmed.length);
  });

  test('each action has a details element with its reasons and sources', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const action = document.querySelector<HTMLElement>('[data-route="childrens-social-care"]')!;
    const summary = within(action).getByText(/Why this is recommended/);
    await user.click(summary);
    expect(action.querySelector('details')).toHaveAttribute('open');
    expect(within(action).getByText(/\(Rule R\d+\)/, { selector: 'li' })).toBeVisible();
    expect(within(action).getByRole('heading', { name: 'Sources' })).toBeVisible();
  });

  test('links from the top of the page to the record summary', async () => {
    await openRecommendation(ADULT_ASKS_FOR_NUDES);
    expect(screen.getByRole('link', { name: 'Go to your record summary' })).toHaveAttribute(
      'href',
      '#record-heading',
    );
    expect(document.getElementById('record-heading')).toHaveTextContent('Your record summary');
  });

  test('shows the current-law notes and the flow version with the procedure date', async () => {
    await openRecommendation(ADULT_ASKS_FOR_NUDES);
    expect(
      screen.getByText(new RegExp(`Decision flow ${flow.id}, version ${flow.version.replace(/\./g, '\\.')}`)),
    ).toBeVisible();
    expect(screen.getByText(/as printed on 18 May 2022/)).toBeVisible();
    const journey = replayJourney(flow, ADULT_ASKS_FOR_NUDES);
    for (const note of journey.recommendation!.lawNotes) expect(screen.getByText(note.title)).toBeVisible();
  });
});

describe('the record summary', () => {
  test('Copy summary puts the record summary, with the notes, on the clipboard and confirms it', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    await user.type(screen.getByLabelText(/Who you told or called/), 'Told the DSL at 10:15');
    await user.type(screen.getByLabelText(/Reference numbers/), 'MASH-123');
    await user.type(screen.getByLabelText(/Your notes/), 'Parents informed.');
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    const notes = {
      whoTold: 'Told the DSL at 10:15',
      referenceNumbers: 'MASH-123',
      notes: 'Parents informed.',
    };
    expect(await navigator.clipboard.readText()).toBe(expectedSummary(ADULT_ASKS_FOR_NUDES, notes));
    // The confirmation is drawn when the clipboard's promise settles, after the text is there.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Summary copied'));
    expect(screen.getByLabelText('Summary to copy into your records')).toHaveValue(
      expectedSummary(ADULT_ASKS_FOR_NUDES, notes),
    );
  });

  test("the child's own words and whether parents or carers were told have their own fields, and their own sections in the summary", async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const words = screen.getByLabelText(/The child's own words/);
    expect(words).toHaveAccessibleDescription(
      expect.stringContaining('exactly as they said it, word for word'),
    );
    const parents = screen.getByLabelText(/Were parents or carers told\? If not, why not\?/);
    await user.type(words, 'he said dont tell my mum');
    await user.type(parents, 'Not told yet: the DSL is asking social care first.');
    const box = screen.getByLabelText<HTMLTextAreaElement>('Summary to copy into your records');
    expect(box.value).toContain(
      "THE CHILD'S OWN WORDS\nAs the child said it, word for word:\n    he said dont tell my mum\n",
    );
    expect(box.value).toContain(
      'PARENTS OR CARERS\nWhether parents or carers were told, and if not, why:\n    Not told yet: the DSL is asking social care first.\n',
    );
  });

  test('the copied text is the command line --summary for the same answers, plus the notes', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const notes = {
      referenceNumbers: 'MASH-123',
      childsWords: 'he kept messaging me',
      parentsTold: 'Mother told.',
    };
    await user.type(screen.getByLabelText(/Reference numbers/), notes.referenceNumbers);
    await user.type(screen.getByLabelText(/The child's own words/), notes.childsWords);
    await user.type(screen.getByLabelText(/Were parents or carers told/), notes.parentsTold);
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    const triage = runTriage(flow, JSON.stringify({ answers: ADULT_ASKS_FOR_NUDES }), 'the scenario');
    if (triage.status !== 0) throw new Error(triage.error);
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(triage.writeSummary(RECORDED_AT, notes));
    expect(copied).not.toBe(triage.writeSummary(RECORDED_AT));
  });

  test('when the clipboard is refused, the summary text is selected for the user to copy, with a message', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Refused', 'NotAllowedError'),
    );
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    const box = screen.getByLabelText<HTMLTextAreaElement>('Summary to copy into your records');
    expect(await screen.findByText(/did not let this page copy/)).toBeVisible();
    expect(box).toHaveFocus();
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(box.value.length);
    expect(box.value).toBe(expectedSummary(ADULT_ASKS_FOR_NUDES));
  });

  test('Download summary saves a .txt file named with the date, holding the summary', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:summary';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await user.type(screen.getByLabelText(/Your notes/), 'Called 101');
    await user.click(screen.getByRole('button', { name: 'Download summary' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('online-abuse-triage-summary-2026-11-24.txt');
    expect(clicked[0]!.href).toBe('blob:summary');
    expect(blobs[0]!.type).toBe('text/plain;charset=utf-8');
    expect(await blobs[0]!.text()).toBe(expectedSummary(ADULT_ASKS_FOR_NUDES, { notes: 'Called 101' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Summary downloaded as online-abuse-triage-summary-2026-11-24.txt',
    );
  });

  test('Print opens the browser print dialogue', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  test('the note fields have length limits and say how many characters are left', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const reference = screen.getByLabelText(/Reference numbers/);
    expect(reference).toHaveAttribute('maxlength', '200');
    expect(screen.getByLabelText(/Who you told or called/)).toHaveAttribute('maxlength', '1000');
    expect(screen.getByLabelText(/Your notes/)).toHaveAttribute('maxlength', '3000');
    expect(reference).toHaveAccessibleDescription(
      expect.stringContaining('You can enter up to 200 characters'),
    );
    await user.type(reference, 'ABC');
    expect(reference).toHaveAccessibleDescription(
      expect.stringContaining('You have 197 characters remaining'),
    );
    await user.clear(reference);
    // Pasted, then typed past the limit: 205 keystrokes, each re-rendering the page, took over a minute at load 14.
    await user.click(reference);
    await user.paste('x'.repeat(198));
    await user.type(reference, 'xxxxxxx');
    expect(reference).toHaveValue('x'.repeat(200));
    expect(reference).toHaveAccessibleDescription(
      expect.stringContaining('You have reached the limit of 200 characters'),
    );
  });

  test('the notes are kept when the user goes back to check answers and returns', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    await user.type(screen.getByLabelText(/Your notes/), 'Kept');
    // Each change is saved by a request to the page's action; a person leaves after it is saved.
    await waitFor(() => expect(window.sessionStorage.getItem(SAVED_JOURNEY_KEY)).toContain('Kept'));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await findHeading('Check your answers');
    await user.click(screen.getByRole('button', { name: 'See what to do' }));
    await findHeading('What to do');
    expect(screen.getByLabelText(/Your notes/)).toHaveValue('Kept');
  });

  test('the notes survive a reload, and go neither to the URL nor to localStorage', async () => {
    const first = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    await first.user.type(screen.getByLabelText(/Reference numbers/), 'MASH-123');
    expect(first.router.state.location.search).toBe('');
    first.view.unmount();

    renderApp('/recommendation');
    await findHeading('What to do');
    expect(screen.getByLabelText(/Reference numbers/)).toHaveValue('MASH-123');
    expect(window.localStorage.length).toBe(0);
  });
});

describe('who does each action, and what to have ready', () => {
  test('for other staff, each DSL action says the DSL does it, and each service lists what to have ready', async () => {
    await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const social = document.querySelector<HTMLElement>('[data-route="childrens-social-care"]')!;
    expect(
      within(social).getByText(
        'Your DSL does this today; do it yourself only if no DSL or deputy can be reached today.',
      ),
    ).toBeVisible();
    const haveReady = within(social).getByRole('list', { name: 'Have this ready' });
    expect(within(haveReady).getByText(/date of birth/)).toBeVisible();
    const tell = document.querySelector<HTMLElement>('[data-route="tell-safeguarding-lead"]')!;
    expect(within(tell).getByText('You do this.')).toBeVisible();
  });
});
