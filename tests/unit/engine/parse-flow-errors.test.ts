import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLOW_FILE } from '../../../src/cli/read-flow-file.ts';
import { FlowError, parseFlow } from '../../../src/engine/parse-flow.ts';

/**
 * A flow file with a mistake must fail with a message that names the file and
 * the place, so the author can fix it. Each test breaks one thing in a copy of
 * the real flow.
 */

const FILE_NAME = 'flows/online-abuse.flow.json';
const original = JSON.parse(readFileSync(FLOW_FILE, 'utf8')) as RawFlow;

type RawCondition = Record<string, unknown>;
type RawFlow = {
  questions: { id: string; askedWhen?: RawCondition }[];
  rules: { id: string; when: RawCondition; add: string[] }[];
  routes: { id: string; contacts?: Record<string, unknown>[] }[];
  sources: { id: string; lastChecked: string; reviewBy: string }[];
};

function copyFlow(): RawFlow {
  return structuredClone(original);
}

/** The FlowError thrown for the broken flow; fails the test if it parses. */
function parseError(raw: RawFlow): FlowError {
  try {
    parseFlow(raw, FILE_NAME);
  } catch (error) {
    if (error instanceof FlowError) return error;
    throw error;
  }
  throw new Error('the broken flow was accepted');
}

const indexOfRule = (raw: RawFlow, id: string) => raw.rules.findIndex((rule) => rule.id === id);
const indexOfQuestion = (raw: RawFlow, id: string) =>
  raw.questions.findIndex((question) => question.id === id);
const indexOfRoute = (raw: RawFlow, id: string) => raw.routes.findIndex((route) => route.id === id);

describe('parseFlow on a flow with a mistake', () => {
  it('accepts the real flow, so each failure below comes from the one mistake made', () => {
    expect(parseFlow(copyFlow(), FILE_NAME).id).toBe('online-abuse');
  });

  it('names the file and the rule when a condition reads an unknown question', () => {
    const raw = copyFlow();
    const index = indexOfRule(raw, 'R1');
    raw.rules[index]!.when = { question: 'immediate-dangr', is: 'yes' };
    const error = parseError(raw);
    expect(error.file).toBe(FILE_NAME);
    expect(error.message.startsWith(`${FILE_NAME} is not a valid flow:`)).toBe(true);
    expect(error.message).toContain(`rules[${index}] (R1).when: unknown question 'immediate-dangr'`);
  });

  it('names the question when its askedWhen reads an unknown question', () => {
    const raw = copyFlow();
    const index = indexOfQuestion(raw, 'threats-or-hate');
    raw.questions[index]!.askedWhen = { question: 'concern', includes: 'cyberbullying' };
    expect(parseError(raw).message).toContain(
      `questions[${index}] (threats-or-hate).askedWhen: unknown question 'concern'`,
    );
  });

  it('names the rule when it adds an unknown route', () => {
    const raw = copyFlow();
    const index = indexOfRule(raw, 'R2');
    raw.rules[index]!.add = ['tell-the-dsl'];
    expect(parseError(raw).message).toContain(`rules[${index}] (R2).add[0]: unknown route 'tell-the-dsl'`);
  });

  it('names a value its question does not allow', () => {
    const raw = copyFlow();
    const index = indexOfRule(raw, 'R1');
    raw.rules[index]!.when = { question: 'immediate-danger', is: ['yes', 'maybe'] };
    expect(parseError(raw).message).toContain(
      `rules[${index}] (R1).when: 'maybe' is not an answer to 'immediate-danger' (allowed: yes, no, not-sure)`,
    );
  });

  it('names the rule that can never fire', () => {
    const raw = copyFlow();
    const index = indexOfRule(raw, 'R13');
    // Bullying with threats, but no bullying: a contradiction no journey can satisfy.
    raw.rules[index]!.when = {
      all: [raw.rules[index]!.when, { not: { question: 'concerns', includes: 'cyberbullying' } }],
    };
    expect(parseError(raw).message).toContain(`rules[${index}] (R13).when: can never fire`);
  });

  it('names the question that can never be reached', () => {
    const raw = copyFlow();
    const index = indexOfQuestion(raw, 'sexual-acts');
    // Asked only for a child both under 13 and 16 or 17.
    raw.questions[index]!.askedWhen = {
      all: [raw.questions[index]!.askedWhen!, { question: 'child-age', is: '16-to-17' }],
    };
    expect(parseError(raw).message).toContain(`questions[${index}] (sexual-acts): can never be reached`);
  });

  it('names a question whose condition depends on a later question', () => {
    const raw = copyFlow();
    const index = indexOfQuestion(raw, 'adult-involved');
    raw.questions[index]!.askedWhen = { question: 'threats-or-hate', is: 'yes' };
    expect(parseError(raw).message).toContain(
      `questions[${index}] (adult-involved).askedWhen: depends on 'threats-or-hate', which is not asked before this question`,
    );
  });

  it('names the contact that has no lastChecked date', () => {
    const raw = copyFlow();
    const routeIndex = indexOfRoute(raw, 'police');
    delete raw.routes[routeIndex]!.contacts![0]!.lastChecked;
    expect(parseError(raw).message).toMatch(
      new RegExp(`at routes\\[${routeIndex}\\]\\.contacts\\[0\\]\\.lastChecked`),
    );
  });

  it('names a date that is not written YYYY-MM-DD, or is not a real day', () => {
    const raw = copyFlow();
    raw.sources[0]!.reviewBy = '31/01/2027';
    raw.sources[1]!.lastChecked = '2026-02-30';
    const { message } = parseError(raw);
    expect(message).toContain('dates are written YYYY-MM-DD');
    expect(message).toContain('at sources[0].reviewBy');
    expect(message).toContain('at sources[1].lastChecked');
  });

  it('names a contact for an area the area question does not offer', () => {
    const raw = copyFlow();
    const routeIndex = indexOfRoute(raw, 'childrens-social-care');
    const contact = raw.routes[routeIndex]!.contacts![0]!;
    contact.areas = ['hampshire', 'winchester'];
    expect(parseError(raw).message).toContain(
      `routes[${routeIndex}] (childrens-social-care).contacts[0] (${String(contact.id)}).areas: 'winchester' is not an answer to the area question 'area'`,
    );
  });

  it('lists every mistake at once, each on its own line', () => {
    const raw = copyFlow();
    raw.rules[indexOfRule(raw, 'R1')]!.add = ['call-999'];
    raw.rules[indexOfRule(raw, 'R2')]!.add = ['tell-the-dsl'];
    const error = parseError(raw);
    expect(error.problems.filter((problem) => problem.includes('unknown route'))).toHaveLength(2);
    expect(error.message.split('\n').length).toBe(error.problems.length + 1);
  });
});
