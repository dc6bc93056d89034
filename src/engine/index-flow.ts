import type { Flow, LawNote, Question, Route, Rule, Source, Warning } from './flow-schema.ts';

/** Lookups over a parsed flow, built once per flow and shared by the engine's functions. */
export type FlowIndex = {
  questions: ReadonlyMap<string, Question>;
  /** A question's place in the flow (the order questions are asked in). */
  questionIndex: ReadonlyMap<string, number>;
  routes: ReadonlyMap<string, Route>;
  rules: ReadonlyMap<string, Rule>;
  warnings: ReadonlyMap<string, Warning>;
  lawNotes: ReadonlyMap<string, LawNote>;
  sources: ReadonlyMap<string, Source>;
  /** Each source as a citation: title, publisher, and a mark when not fully confirmed. */
  citations: ReadonlyMap<string, string>;
  /** An urgency's rank: 0 is the most urgent. */
  urgencyRank: ReadonlyMap<string, number>;
  urgencyHeading: ReadonlyMap<string, string>;
  uncertainValues: ReadonlySet<string>;
};

export function citeSource(source: Source): string {
  const status = source.confirmed ? '' : ' [not fully confirmed]';
  return `${source.title}, ${source.publisher}${status}`;
}

// Parsed flows are immutable, so their lookups are built once per flow.
const indexes = new WeakMap<Flow, FlowIndex>();

export function indexFlow(flow: Flow): FlowIndex {
  let index = indexes.get(flow);
  if (!index) {
    index = {
      questions: new Map(flow.questions.map((question) => [question.id, question])),
      questionIndex: new Map(flow.questions.map((question, position) => [question.id, position])),
      routes: new Map(flow.routes.map((route) => [route.id, route])),
      rules: new Map(flow.rules.map((rule) => [rule.id, rule])),
      warnings: new Map(flow.warnings.map((warning) => [warning.id, warning])),
      lawNotes: new Map(flow.lawNotes.map((note) => [note.id, note])),
      sources: new Map(flow.sources.map((source) => [source.id, source])),
      citations: new Map(flow.sources.map((source) => [source.id, citeSource(source)])),
      urgencyRank: new Map(flow.roles.urgencies.map((urgency, rank) => [urgency.id, rank])),
      urgencyHeading: new Map(flow.roles.urgencies.map((urgency) => [urgency.id, urgency.heading])),
      uncertainValues: new Set(flow.roles.uncertainValues),
    };
    indexes.set(flow, index);
  }
  return index;
}

/** Compares two urgencies, most urgent first: the one order used for actions everywhere. */
export function compareUrgency(flow: Flow, first: string, second: string): number {
  const { urgencyRank } = indexFlow(flow);
  return (urgencyRank.get(first) ?? Infinity) - (urgencyRank.get(second) ?? Infinity);
}

/** The answer taken for a question with no answer, or undefined when the flow gives none. */
export function findAssumedAnswer(flow: Flow, question: Question): string | undefined {
  if (question.assumeIfUnanswered) return question.assumeIfUnanswered;
  if (question.kind === 'many') return undefined;
  const { uncertainValues } = indexFlow(flow);
  return question.options.find((option) => uncertainValues.has(option.value))?.value;
}
