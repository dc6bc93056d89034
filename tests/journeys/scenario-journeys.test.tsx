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

/** Journeys written here, so that the walk itself is tested even before any scenario file exists. */
const builtInJourneys: { name: string; answers: Answers }[] = [
  {
    name: 'a child in danger, sextortion by an adult who works with children',
    answers: {
      'immediate-danger': 'not-sure',
      'your-role': 'other-staff',
      setting: 'education-setting',
      area: 'southampton',
      'child-age': '13-to-15',
      concerns: ['sextortion', 'sexual-images'],
      'adult-involved': 'yes',
      'works-with-children': 'yes',
    },
  },
  {
    name: 'cyberbullying with threats, by a DSL',
    answers: {
      'immediate-danger': 'no',
      'your-role': 'safeguarding-lead',
      setting: 'other-setting',
      area: 'isle-of-wight',
      'child-age': '16-to-17',
      concerns: ['cyberbullying', 'harmful-content'],
      'threats-or-hate': 'yes',
      'targeted-or-encouraged': 'no',
    },
  },
];

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
  for (const file of scenarioFiles) {
    test(`scenario ${file}`, async () => {
      const text = readFileSync(join(scenarioDirectory, file), 'utf8');
      const scenario = JSON.parse(text) as { answers: Answers };
      await expectWalkToMatchTriage(file, text, scenario.answers);
    });
  }

  for (const journey of builtInJourneys) {
    test(`built-in journey: ${journey.name}`, async () => {
      await expectWalkToMatchTriage(
        journey.name,
        JSON.stringify({ answers: journey.answers }),
        journey.answers,
      );
    });
  }
});
