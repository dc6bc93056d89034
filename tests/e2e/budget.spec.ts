import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUDGETS,
  listFirstLoadFiles,
  measureFirstLoad,
  toKilobytes,
} from '../../scripts/bench-first-load.ts';
import { flow } from '../support/flow.ts';
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

test('the browser gets the flow already checked and builds no Zod schema: neither the flow schema nor Zod is in the build', () => {
  const built = readdirSync('dist/assets')
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join('dist/assets', name), 'utf8'));
  expect(built.length).toBeGreaterThan(0);
  // Messages of the flow schema (src/engine/flow-schema.ts), and the name Zod gives its object schemas.
  for (const marker of ['ids are kebab-case', 'reviewBy must not be earlier than lastChecked', '$ZodObject'])
    expect(
      built.filter((code) => code.includes(marker)),
      marker,
    ).toEqual([]);
});

test('every question has a page of its own that preloads the journey code it needs, which exists', () => {
  const pages = readdirSync('dist/questions').sort();
  expect(pages).toEqual(flow.questions.map((question) => `${question.id}.html`).sort());
  for (const name of pages) {
    const { scripts } = listFirstLoadFiles(readFileSync(join('dist/questions', name), 'utf8'));
    expect(
      scripts.some((path) => /\/journey-session-[\w-]+\.js$/.test(path)),
      name,
    ).toBe(true);
    expect(
      scripts.some((path) => /\/question-route-[\w-]+\.js$/.test(path)),
      name,
    ).toBe(true);
    for (const path of scripts) expect(existsSync(join('dist', path)), `${name}: ${path}`).toBe(true);
  }
  const reload = measureFirstLoad('dist', `questions/${pages[0]}`);
  console.log(
    `a question page loaded directly: JavaScript ${toKilobytes(reload.gzip.javascript)} kB gzipped, CSS ${toKilobytes(reload.gzip.css)} kB`,
  );
});
