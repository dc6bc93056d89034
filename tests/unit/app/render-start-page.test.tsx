import { describe, expect, test } from 'vitest';
import { loadFlow } from '../../../src/app/load-flow.ts';
import { renderStartPage } from '../../../src/app/prerender/render-start-page.tsx';

/** The HTML without React's text separators, to read as a person would. */
async function renderText() {
  return (await renderStartPage()).replace(/<!-- -->/g, '');
}

describe('the pre-rendered start page', () => {
  test('holds the 999 advice, before the Start now button, with a tel: link', async () => {
    const html = await renderText();
    expect(html).toContain(
      'If a child is in immediate danger, call <a href="tel:999" class="govuk-link">999</a> now',
    );
    expect(html.indexOf('tel:999')).toBeLessThan(html.indexOf('Start now'));
  });

  test('names the procedure, its date and the flow version', async () => {
    const flow = loadFlow();
    const html = await renderText();
    expect(html).toContain(`version ${flow.version}`);
    expect(html).toContain('18 May 2022');
    expect(html).toMatch(/<a [^>]*href="\/questions\/immediate-danger"[^>]*>Start now/);
  });

  test('says, without JavaScript, that the questions need it', async () => {
    const html = await renderText();
    expect(html).toMatch(/<noscript>.*The questions need JavaScript.*<\/noscript>/s);
  });
});
