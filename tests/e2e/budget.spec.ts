import { BUDGETS, measureFirstLoad, toKilobytes } from '../../scripts/bench-first-load.mjs';
import { expect, test } from '@playwright/test';

// Sizes, not timers: what index.html pulls in before any interaction, gzipped.
// Raise a budget only with a decision record saying why.

const firstLoad = measureFirstLoad('dist');

test(`first-load JavaScript is at most ${BUDGETS.javascript} kB gzipped`, () => {
  const scripts = firstLoad.files.filter((file) => file.kind === 'javascript');
  expect(scripts.length).toBeGreaterThan(0);
  console.log(
    `first-load JavaScript: ${toKilobytes(firstLoad.gzip.javascript)} kB gzipped (${scripts.map((file) => file.path).join(', ')})`,
  );
  expect(toKilobytes(firstLoad.gzip.javascript)).toBeLessThanOrEqual(BUDGETS.javascript);
});

test(`first-load CSS is at most ${BUDGETS.css} kB gzipped`, () => {
  expect(firstLoad.files.some((file) => file.kind === 'css')).toBe(true);
  console.log(`first-load CSS: ${toKilobytes(firstLoad.gzip.css)} kB gzipped`);
  expect(toKilobytes(firstLoad.gzip.css)).toBeLessThanOrEqual(BUDGETS.css);
});

test('the journey code is loaded lazily, not by index.html', () => {
  expect(
    firstLoad.files
      .map((file) => file.path)
      .filter((path) => /journey-session|question-route|recommendation-route|load-flow/.test(path)),
  ).toEqual([]);
});
