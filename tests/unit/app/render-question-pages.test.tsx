import { describe, expect, test } from 'vitest';
import { loadFlow } from '../../../src/app/load-flow.ts';
import { renderQuestionPages } from '../../../src/app/prerender/render-question-pages.tsx';

/** The HTML without React's text separators, to read as a person would. */
const readable = (html: string) => html.replace(/<!-- -->/g, '');

const flow = loadFlow();
const pages = await renderQuestionPages();

describe('the question pages drawn at build time', () => {
  test('are one for each question of the flow, at its path, titled as the app titles it', () => {
    expect(pages.map((page) => page.path)).toEqual(
      flow.questions.map((question) => `/questions/${question.id}`),
    );
    expect(pages.map((page) => page.title)).toEqual(
      flow.questions.map((question) => `${question.title} - Online abuse triage`),
    );
  });

  for (const [index, question] of flow.questions.entries()) {
    test(`${question.id}: the 999 line first, then the question, its own hint and every option, none chosen`, () => {
      const html = readable(pages[index]!.html);
      const line = html.indexOf(
        'If a child is in immediate danger, call <a href="tel:999" class="govuk-link">999</a> now.',
      );
      expect(line).toBeGreaterThan(0);
      expect(line).toBeLessThan(html.indexOf('<form'));
      expect(html).toContain(`<h1 class="govuk-fieldset__heading">${escape(question.title)}</h1>`);
      if (question.hint) expect(html).toContain(escape(question.hint));
      for (const hint of question.hintsWhen ?? []) expect(html).not.toContain(escape(hint.text));
      for (const option of question.options) expect(html).toContain(`value="${option.value}"`);
      expect(html).not.toMatch(/checked/);
    });
  }

  test('cannot post an answer or start again before the app has loaded: Continue is disabled, Start again is not a link, and a notice says why without JavaScript', () => {
    for (const page of pages) {
      const buttons = page.html.match(/<button[^>]*>/g) ?? [];
      expect(buttons).toHaveLength(1);
      expect(buttons[0]).toMatch(/ disabled=""/);
      expect(page.html).not.toMatch(/<a [^>]*href="\/start-again"/);
      expect(readable(page.html)).toMatch(/Start again/);
      expect(readable(page.html)).toMatch(/<noscript>.*The questions need JavaScript.*<\/noscript>/s);
    }
  });

  test('go Back to the question before in the flow, and the first to the start page', () => {
    const backs = pages.map((page) => /<a class="govuk-back-link[^"]*" href="([^"]*)"/.exec(page.html)?.[1]);
    expect(backs).toEqual([
      '/',
      ...flow.questions.slice(0, -1).map((question) => `/questions/${question.id}`),
    ]);
  });
});

/** Text as React escapes it in HTML. */
function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}
