import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFlowFile } from '../../../src/cli/read-flow-file.ts';
import {
  buildFlowDiagram,
  describeCondition,
  describeConditionIds,
  drawFlowDiagram,
} from '../../../src/diagram/draw-flow-diagram.ts';
import { RECOMMENDATION_NODE } from '../../../src/diagram/flow-diagram.ts';
import type { Condition } from '../../../src/engine/flow-schema.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import { listPossibleAnswers } from '../../../src/engine/search-journeys.ts';

const flow = readFlowFile();
const diagram = buildFlowDiagram(flow);
const mermaid = drawFlowDiagram(flow);

const stepsFrom = (questionId: string) =>
  diagram.steps.filter((step) => step.from === questionId).map((step) => [step.to, step.kind]);

describe('buildFlowDiagram', () => {
  it('lists every question in flow order with its options and, for conditional questions, when it is asked', () => {
    expect(diagram.questions.map((question) => question.id)).toEqual(
      flow.questions.map((question) => question.id),
    );
    const adultInvolved = diagram.questions.find((question) => question.id === 'adult-involved')!;
    expect(adultInvolved.number).toBe(7);
    expect(adultInvolved.options.map((option) => option.value)).toEqual(['yes', 'no', 'not-known']);
    expect(adultInvolved.askedWhenIds).toBe(
      'concerns includes sexual-images / sexual-communication / sextortion / live-streaming',
    );
    expect(diagram.questions[0]!.askedWhen).toBeUndefined();
  });

  it('draws the steps the machine takes, in the order it tries them, with "otherwise" last', () => {
    expect(stepsFrom('immediate-danger')).toEqual([['your-role', 'always']]);
    expect(stepsFrom('concerns')).toEqual([
      ['adult-involved', 'if'],
      ['staff-role-of-concern', 'if'],
      ['threats-or-hate', 'if'],
      ['targeted-or-encouraged', 'if'],
      ['child-shared-material', 'if'],
      [RECOMMENDATION_NODE, 'otherwise'],
    ]);
    expect(stepsFrom('child-shared-material')).toEqual([[RECOMMENDATION_NODE, 'always']]);
  });

  it('leaves out steps no journey can take', () => {
    // works-with-children is asked only when an adult is involved; the image questions only when none is.
    expect(
      diagram.steps.some(
        (step) => step.from === 'works-with-children' && step.to === 'coercion-or-blackmail',
      ),
    ).toBe(false);
    // unusual-or-violent is asked whenever sexual-acts is, so nothing skips from coercion to sexual acts.
    expect(
      diagram.steps.some((step) => step.from === 'coercion-or-blackmail' && step.to === 'sexual-acts'),
    ).toBe(false);
  });

  it('has a step for every move any journey makes, including the last one to the recommendation', () => {
    const arbitraryAnswers = fc.record(
      Object.fromEntries(
        flow.questions.map((question) => [question.id, fc.constantFrom(...listPossibleAnswers(question))]),
      ),
    );
    const steps = new Set(diagram.steps.map((step) => `${step.from} ${step.to}`));
    let runs = 0;
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        runs += 1;
        const { path } = replayJourney(flow, answers);
        path.forEach((from, index) =>
          expect(
            steps.has(`${from} ${path[index + 1] ?? RECOMMENDATION_NODE}`),
            `${from} -> ${path[index + 1] ?? RECOMMENDATION_NODE}`,
          ).toBe(true),
        );
      }),
      { numRuns: 300, seed: 5 },
    );
    expect(runs).toBe(300);
  });

  it('lists every rule with its condition, routes and cited sources, and every route with the rules that add it, now before today before next', () => {
    expect(diagram.rules.map((rule) => rule.id)).toEqual(flow.rules.map((rule) => rule.id));
    const r3 = diagram.rules.find((rule) => rule.id === 'R3')!;
    expect(r3.routes).toEqual(['police', 'childrens-social-care']);
    // A conditional addition keeps its condition, in words and in ids.
    expect(r3.additions[1]!.whenIds).toBe('child-age is under-13 / 13-to-15 / 16-to-17');
    expect(r3.when).toBe(
      "Concerns includes 'Nude, semi-nude or sexual images or videos of a child' and Adult involved is 'Yes' or 'I don't know'",
    );
    expect(r3.sources.length).toBe(flow.rules.find((rule) => rule.id === 'R3')!.sources.length);
    expect(diagram.routes[0]!.id).toBe('emergency-999');
    const urgencies = diagram.routes.map((route) => ['now', 'today', 'next'].indexOf(route.urgency));
    expect(urgencies).toEqual([...urgencies].sort((first, second) => first - second));
    expect(diagram.routes.find((route) => route.id === 'police')!.rules).toEqual(
      flow.rules
        .filter((rule) => rule.add.some((addition) => addition.route === 'police'))
        .map((rule) => rule.id),
    );
    expect(diagram.routes.find((route) => route.id === 'police')!.rules).toContain('R23');
  });

  it('is plain data that survives JSON, so a build step can write it for the page', () => {
    expect(JSON.parse(JSON.stringify(diagram))).toEqual(diagram);
  });
});

describe('describeCondition', () => {
  it('brackets nested groups and reads "not" plainly', () => {
    const condition: Condition = {
      all: [
        { question: 'concerns', includes: ['sexual-images'] },
        {
          not: {
            any: [
              { question: 'child-age', is: ['under-13'] },
              { question: 'immediate-danger', is: ['yes', 'not-sure'] },
            ],
          },
        },
      ],
    };
    expect(describeConditionIds(condition)).toBe(
      'concerns includes sexual-images AND NOT (child-age is under-13 OR immediate-danger is yes / not-sure)',
    );
    expect(describeCondition(condition, flow)).toBe(
      "Concerns includes 'Nude, semi-nude or sexual images or videos of a child' and not (Age of youngest child is 'Under 13' or Child in immediate danger is 'Yes' or 'I'm not sure')",
    );
  });
});

describe('drawFlowDiagram', () => {
  it('writes a Mermaid flowchart with a node for every question, rule and route', () => {
    expect(mermaid.split('\n')[1]).toBe('flowchart TD');
    for (const question of flow.questions)
      expect(mermaid).toContain(`question_${question.id.replace(/-/g, '_')}["`);
    for (const rule of flow.rules) expect(mermaid).toContain(`rule_${rule.id}{{"${rule.id}: `);
    for (const route of flow.routes)
      expect(mermaid).toContain(`route_${route.id.replace(/-/g, '_')}["${route.id} (${route.urgency}): `);
  });

  it('labels conditional steps with the condition, and draws an arrow from each rule to each route it adds', () => {
    expect(mermaid).toContain(
      'question_concerns -->|"if concerns includes cyberbullying"| question_threats_or_hate',
    );
    expect(mermaid).toContain('question_concerns -->|"otherwise"| recommendation');
    expect(mermaid).toContain('question_immediate_danger --> question_your_role');
    for (const rule of flow.rules) {
      for (const addition of rule.add)
        expect(mermaid).toMatch(
          new RegExp(`rule_${rule.id} -->(\\|"[^"]*"\\|)? route_${addition.route.replace(/-/g, '_')}`),
        );
    }
  });

  it('keeps quotes and angle brackets in flow text from breaking the Mermaid syntax', () => {
    const tricky = structuredClone(flow);
    tricky.questions[0]!.title = 'Is the child "safe" <now> #1?';
    const text = drawFlowDiagram(tricky);
    expect(text).toContain('Is the child #quot;safe#quot; #lt;now#gt; #35;1?');
    // Every label is one quoted string: a raw quote inside it would end it early and leave an odd one over.
    for (const line of text.split('\n')) expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
    expect(text).toMatch(/^ {4}question_immediate_danger\["[^"]*"\]$/m);
  });

  it('names the flow id and version it was drawn from', () => {
    expect(mermaid.split('\n')[0]).toBe(
      `%% Drawn from flow ${flow.id} version ${flow.version} (${flow.title}); do not edit by hand.`,
    );
  });
});
