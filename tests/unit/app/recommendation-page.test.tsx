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

/** The core record, as Copy gives it; with `full`, the download's text, with the reasoning as an appendix. */
function expectedSummary(answers: Answers, notes = {}, full = false) {
  const journey = replayJourney(flow, answers);
  return writeRecordSummary(
    flow,
    journey.answers,
    journey.path,
    journey.recommendation!,
    RECORDED_AT,
    notes,
    {
      full,
    },
  );
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

/** The heading of an urgency band, from the flow. */
const recommendationBand = (urgency: string) =>
  flow.roles.urgencies.find((band) => band.id === urgency)!.heading;

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
    // The glance, on the first screen, names every warning; the warnings themselves come before the actions (H-03).
    const glance = screen.getByRole('navigation', { name: 'Your plan at a glance' });
    for (const warning of recommendation.warnings)
      expect(within(glance).getByRole('link', { name: warning.title })).toHaveAttribute(
        'href',
        `#warning-${warning.id}`,
      );
    expect(
      warnings.at(-1)!.compareDocumentPosition(actions[0]!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    const list = document.querySelector<HTMLElement>('[data-actions]')!;
    const headings = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['Do this now', 'Today', 'Next steps']);
    for (const action of recommendation.actions) {
      expect(
        screen.getByRole('heading', { level: 3, name: new RegExp(action.title.replace(/[()]/g, '.')) }),
      ).toBeVisible();
    }
  });

  test('each action gives its main contact as a button, and its contacts as links, with the last checked date, under "More about this step"', async () => {
    const { user } = await openRecommendation(SEXTORTION_IN_DANGER);
    const emergency = document.querySelector<HTMLElement>('[data-actions] [data-route="emergency-999"]')!;
    const call = within(emergency).getByRole('link', { name: /^Call 999/ });
    expect(call).toHaveAttribute('href', 'tel:999');
    expect(call).toHaveAttribute('data-main-contact');
    expect(call).toHaveClass('govuk-button');
    expect(within(emergency).getByText(/Last checked \d{1,2} \w+ \d{4}/)).not.toBeVisible();
    await user.click(within(emergency).getByText('More about this step'));
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

  test('each action has a details element, closed at first, with its further steps, reasons and sources', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const action = document.querySelector<HTMLElement>('[data-route="childrens-social-care"]')!;
    const details = action.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(action).getByRole('heading', { name: 'Why this is recommended' })).not.toBeVisible();
    await user.click(within(action).getByText('More about this step'));
    expect(details).toHaveAttribute('open');
    expect(within(action).getByRole('heading', { name: 'Why this is recommended' })).toBeVisible();
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

  test('shows the current-law notes, collapsed, and the flow version with the procedure date', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    expect(
      screen.getByText(new RegExp(`Decision flow ${flow.id}, version ${flow.version.replace(/\./g, '\\.')}`)),
    ).toBeVisible();
    expect(screen.getByText(/as printed on 18 May 2022/)).toBeVisible();
    const journey = replayJourney(flow, ADULT_ASKS_FOR_NUDES);
    expect(journey.recommendation!.lawNotes.length).toBeGreaterThan(0);
    const notes = document.querySelector('[data-law-notes]')!;
    expect(notes).not.toHaveAttribute('open');
    for (const note of journey.recommendation!.lawNotes)
      expect(screen.getByText(note.title)).not.toBeVisible();
    await user.click(screen.getByText('Where the law and guidance have changed'));
    for (const note of journey.recommendation!.lawNotes) expect(screen.getByText(note.title)).toBeVisible();
  });
});

describe('the record summary', () => {
  test('Copy summary puts the core record, with the notes, on the clipboard and confirms it, having shown it first', async () => {
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
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(expectedSummary(ADULT_ASKS_FOR_NUDES, notes));
    expect(copied).not.toContain('APPENDIX');
    // The confirmation is drawn when the clipboard's promise settles, after the text is there.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Summary copied'));
    const shown = screen.getByLabelText<HTMLTextAreaElement>('Your record, exactly as it will be copied');
    expect(shown).toHaveValue(copied);
    expect(shown).toHaveAttribute('readonly');
    // Tall enough to read every line without scrolling inside the box.
    expect(shown.rows).toBe(copied.split('\n').length);
    expect(shown).toHaveAccessibleDescription(
      expect.stringContaining('do not let you change text once it is saved'),
    );
  });

  test('the record shown is above the Copy button, and changes as the notes are typed', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const shown = screen.getByLabelText<HTMLTextAreaElement>('Your record, exactly as it will be copied');
    const copy = screen.getByRole('button', { name: 'Copy summary' });
    expect(shown.compareDocumentPosition(copy) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(shown.value).not.toContain('Reference numbers');
    await user.type(screen.getByLabelText(/Reference numbers/), 'MASH-123');
    expect(shown.value).toContain('\nReference numbers: MASH-123\n');
  });

  test("the child's own words and whether parents or carers were told have their own fields, and their own lines in the record", async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const words = screen.getByLabelText(/The child's own words/);
    expect(words).toHaveAccessibleDescription(
      expect.stringContaining('exactly as they said it, word for word'),
    );
    const parents = screen.getByLabelText(/Were parents or carers told\? If not, why not\?/);
    await user.type(words, 'he said dont tell my mum');
    await user.type(parents, 'Not told yet: the DSL is asking social care first.');
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your record, exactly as it will be copied');
    expect(box.value).toContain("\nThe child's own words, as said: he said dont tell my mum\n");
    expect(box.value).toContain(
      '\nParents or carers told: Not told yet: the DSL is asking social care first.\n',
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
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your record, exactly as it will be copied');
    expect(await screen.findByText(/did not let this page copy/)).toBeVisible();
    expect(box).toHaveFocus();
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(box.value.length);
    expect(box.value).toBe(expectedSummary(ADULT_ASKS_FOR_NUDES));
  });

  test('Download summary saves a .txt file named with the date, holding the record and the full reasoning', async () => {
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
    const saved = await blobs[0]!.text();
    expect(saved).toBe(expectedSummary(ADULT_ASKS_FOR_NUDES, { notes: 'Called 101' }, true));
    expect(saved.startsWith(expectedSummary(ADULT_ASKS_FOR_NUDES, { notes: 'Called 101' }))).toBe(true);
    expect(saved).toContain('\nAPPENDIX: THE FULL REASONING\n');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Summary downloaded as online-abuse-triage-summary-2026-11-24.txt',
    );
  });

  test('Print the record and Print this plan each open the print dialogue, marked for the print stylesheet, and the mark goes after', async () => {
    const { user } = await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const printed: (string | undefined)[] = [];
    const print = vi
      .spyOn(window, 'print')
      .mockImplementation(() => printed.push(document.documentElement.dataset['print']));
    await user.click(screen.getByRole('button', { name: 'Print the record' }));
    window.dispatchEvent(new Event('afterprint'));
    expect(document.documentElement.dataset['print']).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Print this plan' }));
    window.dispatchEvent(new Event('afterprint'));
    expect(print).toHaveBeenCalledTimes(2);
    expect(printed).toEqual(['record', 'plan']);
    expect(document.documentElement.dataset['print']).toBeUndefined();
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
  test('for other staff, each DSL action says the DSL does it, in full once for a run of cards, and each service lists what to have ready', async () => {
    await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const { actions } = replayJourney(flow, ADULT_ASKS_FOR_NUDES).recommendation!;
    const full = 'Your DSL does this today; do it yourself only if no DSL or deputy can be reached today.';
    const byDsl = actions.filter((action) => action.who === full);
    expect(byDsl.length).toBeGreaterThan(1);
    for (const action of byDsl) {
      const who = document.querySelector<HTMLElement>(`[data-route="${action.route}"] [data-action-by]`)!;
      const before = actions[actions.indexOf(action) - 1];
      expect(who).toHaveAttribute('data-action-by', 'safeguarding-lead');
      // The band's tag, then who: the sentence in full, or its short form when the card above said it.
      expect(who).toHaveTextContent(
        before?.who === full ? /^Today By your DSL, as above\.$/ : `Today ${full}`,
      );
    }
    const social = document.querySelector<HTMLElement>('[data-route="childrens-social-care"]')!;
    const haveReady = within(social).getByRole('list', { name: 'Have this ready' });
    expect(within(haveReady).getByText(/date of birth/)).toBeVisible();
    const tell = document.querySelector<HTMLElement>('[data-route="tell-safeguarding-lead"]')!;
    expect(within(tell).getByText('You do this.')).toBeVisible();
  });
});

describe('each action as a card to act from', () => {
  const SEXTORTION_DSL: Answers = {
    ...SEXTORTION_IN_DANGER,
    'immediate-danger': 'no',
    'your-role': 'safeguarding-lead',
  };

  test('shows at most three key steps, with the rest behind "More about this step", each step once', async () => {
    await openRecommendation(ADULT_ASKS_FOR_NUDES);
    const { actions } = replayJourney(flow, ADULT_ASKS_FOR_NUDES).recommendation!;
    let hidden = 0;
    for (const action of actions) {
      const section = document.querySelector<HTMLElement>(`[data-actions] [data-route="${action.route}"]`)!;
      const key = [...section.querySelectorAll('[data-key-steps] > li')].map((item) => item.textContent);
      const more = [...section.querySelectorAll('[data-more-steps] > li')].map((item) => item.textContent);
      expect(key.length, action.route).toBeGreaterThan(0);
      expect(key.length, action.route).toBeLessThanOrEqual(3);
      expect(key[0], action.route).toBe(action.steps[0]);
      expect([...key, ...more].sort(), action.route).toEqual([...action.steps].sort());
      for (const item of section.querySelectorAll('[data-key-steps] > li')) expect(item).toBeVisible();
      for (const item of section.querySelectorAll('[data-more-steps] > li')) expect(item).not.toBeVisible();
      hidden += more.length;
      expect(section.querySelector('details')).not.toHaveAttribute('open');
    }
    expect(hidden).toBeGreaterThan(0);
  });

  test("in a sextortion, the case's own advice (do not pay, stop replying, block) is a key step of supporting the child", async () => {
    await openRecommendation(SEXTORTION_DSL);
    const support = document.querySelector<HTMLElement>('[data-actions] [data-route="support-child"]')!;
    const key = within(support.querySelector<HTMLElement>('[data-key-steps]')!);
    expect(key.getByText(/^Sextortion: tell them not to pay/)).toBeVisible();
    expect(key.getAllByRole('listitem').length).toBeLessThanOrEqual(3);
  });

  test('each card with a service gives its main contact as one button, the urgency, and what to have ready, with the details closed', async () => {
    await openRecommendation(SEXTORTION_DSL);
    const { actions } = replayJourney(flow, SEXTORTION_DSL).recommendation!;
    const contacted = actions.filter((action) => action.mainContact);
    expect(contacted.length).toBeGreaterThan(1);
    for (const action of actions) {
      const section = document.querySelector<HTMLElement>(`[data-actions] [data-route="${action.route}"]`)!;
      const buttons = [...section.querySelectorAll('[data-main-contact]')];
      expect(
        buttons.map((button) => button.getAttribute('href')),
        action.route,
      ).toEqual(action.mainContact ? [action.mainContact.main.href] : []);
      for (const button of buttons) {
        expect(button).toHaveClass('govuk-button');
        expect(button).toBeVisible();
      }
      const heading = recommendationBand(action.urgency);
      expect(within(section).getByText(heading, { selector: '.govuk-tag' })).toBeVisible();
      if (action.haveReady.length > 0)
        expect(within(section).getByRole('list', { name: 'Have this ready' })).toBeVisible();
    }
    expect(document.querySelectorAll('[data-actions] details[open]')).toHaveLength(0);
  });

  test('each warning shows its title and one line, with the rest collapsed, once', async () => {
    const { user } = await openRecommendation(SEXTORTION_IN_DANGER);
    const { warnings } = replayJourney(flow, SEXTORTION_IN_DANGER).recommendation!;
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      const shown = [...document.querySelectorAll<HTMLElement>(`[data-warning="${warning.id}"]`)];
      expect(shown).toHaveLength(1);
      const [line, ...rest] = warning.items;
      expect(within(shown[0]!).getByText(warning.title)).toBeVisible();
      expect(within(shown[0]!).getByText(line!)).toBeVisible();
      for (const item of rest) expect(within(shown[0]!).getByText(item)).not.toBeVisible();
      if (rest.length > 0) {
        await user.click(within(shown[0]!).getByText('More about this'));
        for (const item of rest) expect(within(shown[0]!).getByText(item)).toBeVisible();
      }
    }
  });
});
