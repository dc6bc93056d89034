// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../src/engine/answers.ts';
import { loadFlow } from '../../src/app/load-flow.ts';
import { runTriage } from '../../src/cli/run-triage.ts';
import { RECORDED_AT, renderApp } from '../unit/app/render-app.tsx';
import { walkApp } from './walk-app.ts';

// jsdom replaces the URL class, so paths are built from strings here.
const flow = loadFlow();
const scenarioDirectory = join(dirname(fileURLToPath(import.meta.url)), '../../flows/scenarios');
const scenarioFiles = readdirSync(scenarioDirectory)
  .filter((file) => file.endsWith('.json'))
  .sort();

type Walk = { file: string; text: string; answers: Answers };

/**
 * A handful of scenarios that between them reach every question, route and
 * warning any scenario reaches: each is walked through the pages in jsdom.
 * Every scenario is still run through the command line (tests/flows) and
 * walked in Chromium (tests/e2e/journeys.spec.ts); here the point is that the
 * pages and the command line agree, which a few well-chosen walks show as well
 * as all of them, at a tenth of the time.
 */
/**
 * The answer to the user's role, which changes who each action is worded for:
 * both wordings are walked. (Every other answer only changes which question,
 * route or warning comes, which the other features cover.)
 */
function answerFeatures(question: string, answer: Answers[string] | undefined): string[] {
  return question === flow.roles.userRole.question ? [`answer ${question}=${String(answer)}`] : [];
}

function chooseCoveringScenarios(): { chosen: Walk[]; reached: Set<string> } {
  const candidates = scenarioFiles.map((file) => {
    const text = readFileSync(join(scenarioDirectory, file), 'utf8');
    const answers = (JSON.parse(text) as { answers: Answers }).answers;
    const triage = runTriage(flow, text, file);
    if (triage.status !== 0) throw new Error(`${file}: ${triage.error}`);
    const features = new Set([
      ...triage.output.path.map((question) => `question ${question}`),
      ...triage.output.actions.map(({ route, urgency }) => `route ${route} (${urgency})`),
      ...triage.output.warnings.map(({ id }) => `warning ${id}`),
      ...triage.output.path.flatMap((question) => answerFeatures(question, answers[question])),
    ]);
    return { file, text, answers, features };
  });
  const reached = new Set(candidates.flatMap(({ features }) => [...features]));
  const uncovered = new Set(reached);
  const chosen: Walk[] = [];
  while (uncovered.size > 0) {
    // The scenario that reaches most of what is still uncovered (the first in name order on a tie).
    const best = candidates.reduce((a, b) =>
      [...b.features].filter((f) => uncovered.has(f)).length >
      [...a.features].filter((f) => uncovered.has(f)).length
        ? b
        : a,
    );
    chosen.push(best);
    for (const feature of best.features) uncovered.delete(feature);
  }
  return { chosen, reached };
}

const { chosen, reached } = chooseCoveringScenarios();

async function expectWalkToMatchTriage(name: string, scenarioText: string, answers: Answers) {
  const triage = runTriage(flow, scenarioText, name);
  if (triage.status !== 0) throw new Error(triage.error);
  const expected = triage.output;
  const { router, user } = renderApp('/');
  const walked = await walkApp(flow, answers, router, user);

  expect(walked.questionsAsked).toEqual(expected.path);
  expect(walked.routes).toEqual(expected.actions.map(({ route, urgency }) => ({ route, urgency })));
  expect(walked.warnings).toEqual(expected.warnings.map((warning) => warning.id));

  // The copied summary is the command line's --summary text for the same answers and time.
  await user.click(screen.getByRole('button', { name: 'Copy summary' }));
  expect(await navigator.clipboard.readText()).toBe(triage.writeSummary(RECORDED_AT));
}

describe('walking the web app gives the command line actions', () => {
  test('the walked scenarios reach every question, route at each urgency, warning and user role that any scenario reaches', () => {
    const walked = new Set(
      chosen.flatMap(({ file }) => {
        const triage = runTriage(flow, readFileSync(join(scenarioDirectory, file), 'utf8'), file);
        if (triage.status !== 0) throw new Error(triage.error);
        return [
          ...triage.output.path.map((question) => `question ${question}`),
          ...triage.output.actions.map(({ route, urgency }) => `route ${route} (${urgency})`),
          ...triage.output.warnings.map(({ id }) => `warning ${id}`),
          ...triage.output.path.flatMap((question) =>
            answerFeatures(
              question,
              (JSON.parse(readFileSync(join(scenarioDirectory, file), 'utf8')) as { answers: Answers })
                .answers[question],
            ),
          ),
        ];
      }),
    );
    expect([...reached].filter((feature) => !walked.has(feature))).toEqual([]);
    expect(chosen.length).toBeLessThan(scenarioFiles.length / 2);
  });

  for (const { file, text, answers } of chosen) {
    test(`scenario ${file}`, async () => {
      await expectWalkToMatchTriage(file, text, answers);
    });
  }
});
