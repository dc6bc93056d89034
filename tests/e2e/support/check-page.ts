import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './test.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Pages checked, by name, with how many rules passed: printed by the accessibility test. */
export const checkedPages: string[] = [];

/** axe finds no WCAG 2.2 A or AA violation on the page as it is now. */
export async function checkWithAxe(page: Page, name: string) {
  // Legacy mode runs axe in the page itself: the app has no frames, and the
  // default opens a blank page for every check, which doubles the time.
  // axe's 650 kB source goes in once per document, not twice per check: on the
  // app's own navigations the document, and so the axe it was given, stays
  // (decision 0054). The empty source makes AxeBuilder use the axe already there.
  const hasAxe = await page.evaluate(
    () => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function',
  );
  const results = await new AxeBuilder({ page, ...(hasAxe ? { axeSource: ';' } : {}) })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(violations, `axe on ${name}`).toEqual([]);
  expect(results.passes.length, `axe ran its rules on ${name}`).toBeGreaterThan(5);
  checkedPages.push(name);
}

type Overflow = { scrollWidth: number; clientWidth: number; offenders: string[]; controlsOut: string[] };

/** How wide the page is against its viewport, which elements stick out, and which key controls are out of view sideways. */
function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const limit = scroller.clientWidth + 1;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.classList.length ? `.${[...element.classList].join('.')}` : ''
      } "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const offenders = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > limit)
      .filter((element) => !element.closest('.govuk-visually-hidden, .govuk-skip-link'))
      // Inside a box that scrolls sideways on its own (a wide table in a scrolling region), the page itself does not.
      .filter((element) => {
        for (
          let parent = element.parentElement;
          parent && parent !== document.body;
          parent = parent.parentElement
        ) {
          const overflow = getComputedStyle(parent).overflowX;
          if ((overflow === 'auto' || overflow === 'scroll') && parent.getBoundingClientRect().right <= limit)
            return false;
        }
        return true;
      })
      .slice(0, 5)
      .map(describe);
    const controls = [...document.querySelectorAll('main h1, main .govuk-button, main input, main textarea')];
    const controlsOut = controls
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width === 0 || box.left < 0 || box.right > limit;
      })
      .map(describe);
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, offenders, controlsOut };
  });
}

/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels wide nothing scrolls sideways. WCAG
 * 1.4.4 resize text: with text at 200% (the root font size doubled, as a
 * browser's text-size setting does), nothing scrolls sideways and the heading,
 * buttons and inputs stay in view.
 */
export async function checkReflowAndTextSize(page: Page, name: string) {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  try {
    await page.setViewportSize({ width: 320, height: 640 });
    const narrow = await measureOverflow(page);
    expect(narrow.offenders, `wider than 320 px on ${name}`).toEqual([]);
    expect(narrow.scrollWidth, `sideways scrolling at 320 px on ${name}`).toBeLessThanOrEqual(
      narrow.clientWidth,
    );
    expect(narrow.controlsOut, `controls out of view at 320 px on ${name}`).toEqual([]);

    await page.setViewportSize(viewport);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const large = await measureOverflow(page);
    expect(large.offenders, `wider than the window with 200% text on ${name}`).toEqual([]);
    expect(large.scrollWidth, `sideways scrolling with 200% text on ${name}`).toBeLessThanOrEqual(
      large.clientWidth,
    );
    expect(large.controlsOut, `controls out of view with 200% text on ${name}`).toEqual([]);
  } finally {
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
    await page.setViewportSize(viewport);
  }
}

/** axe, reflow and text size on the page as it is now. */
export async function checkPage(page: Page, name: string) {
  await checkWithAxe(page, name);
  await checkReflowAndTextSize(page, name);
}
