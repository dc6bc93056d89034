import { foldCondition, listConditionTests } from '../engine/condition.ts';
import type { Condition, Flow, Question } from '../engine/flow-schema.ts';
import { citeSource, compareUrgency } from '../engine/index-flow.ts';
import { listNextCandidates } from '../engine/next-question.ts';
import { forEachCompleteJourney } from '../engine/search-journeys.ts';
import type {
  DiagramAddition,
  DiagramQuestion,
  DiagramRule,
  DiagramStep,
  FlowDiagram,
} from './flow-diagram.ts';
import { RECOMMENDATION_NODE } from './flow-diagram.ts';

/**
 * "How this tool decides", drawn from the flow itself so that the picture can
 * never drift from the logic. `buildFlowDiagram` gives plain data that a page
 * renders as SVG or nested lists at build time (no diagram library in the
 * browser); `drawFlowDiagram` turns the same data into Mermaid text for the
 * command line and for documents.
 */

function listOf(values: readonly string[], joiner: 'or' | 'and'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${joiner} ${values.at(-1)}`;
}

type Described = { text: string; compound: boolean };

/** Joins the parts of `all` or `any`, bracketing a part that is itself compound. */
function joinParts(parts: Described[], joiner: string): Described {
  const text = parts.map((part) => (part.compound ? `(${part.text})` : part.text)).join(joiner);
  return { text, compound: parts.length > 1 };
}

/** A condition in plain English, using the questions' summary labels and the options' labels. */
export function describeCondition(condition: Condition, flow: Flow): string {
  return foldCondition<Described>(condition, {
    test: ({ question: questionId, operator, values }) => {
      const question = flow.questions.find((candidate) => candidate.id === questionId);
      const labels = values.map(
        (value) => `'${question?.options.find((option) => option.value === value)?.label ?? value}'`,
      );
      const verb = operator === 'is' ? 'is' : 'includes';
      return {
        text: `${question?.summaryLabel ?? questionId} ${verb} ${listOf(labels, 'or')}`,
        compound: false,
      };
    },
    all: (parts) => joinParts(parts, ' and '),
    any: (parts) => joinParts(parts, ' or '),
    not: (part) => ({ text: `not ${part.compound ? `(${part.text})` : part.text}`, compound: false }),
  }).text;
}

/** A condition written with the flow's ids, compact enough for a diagram and exact enough to check against the spec. */
export function describeConditionIds(condition: Condition): string {
  return foldCondition<Described>(condition, {
    test: ({ question, operator, values }) => ({
      text: `${question} ${operator} ${values.join(' / ')}`,
      compound: false,
    }),
    all: (parts) => joinParts(parts, ' AND '),
    any: (parts) => joinParts(parts, ' OR '),
    not: (part) => ({ text: `NOT ${part.compound ? `(${part.text})` : part.text}`, compound: false }),
  }).text;
}

/**
 * A copy of the flow with only the answers that can change which question
 * comes next: the values some `askedWhen` names, plus one value standing for
 * all the others. Journeys through it take every route through the questions
 * that the full flow can, in a few hundred journeys instead of millions.
 */
function keepPathDecidingAnswers(flow: Flow): Flow {
  const named = new Set(
    flow.questions.flatMap((question) =>
      (question.askedWhen ? listConditionTests(question.askedWhen) : []).flatMap(({ question: id, values }) =>
        values.map((value) => `${id}\u0000${value}`),
      ),
    ),
  );
  return {
    ...flow,
    questions: flow.questions.map((question) => {
      const deciding = question.options.filter((option) => named.has(`${question.id}\u0000${option.value}`));
      const other = question.options.find((option) => !named.has(`${question.id}\u0000${option.value}`));
      return { ...question, options: other ? [...deciding, other] : deciding };
    }),
  };
}

/**
 * The steps out of each question that some journey takes, in the order the
 * compiled machine tries them (each later question in turn, up to the first
 * one asked unconditionally). Steps the machine has but no journey can take
 * are left out: they would only confuse an auditor.
 */
function listSteps(flow: Flow): DiagramStep[] {
  const taken = new Set<string>();
  forEachCompleteJourney(keepPathDecidingAnswers(flow), (answers) => {
    const path = flow.questions.map((question) => question.id).filter((id) => answers[id] !== undefined);
    path.forEach((from, index) => taken.add(`${from} ${path[index + 1] ?? RECOMMENDATION_NODE}`));
  });
  const steps: DiagramStep[] = [];
  flow.questions.forEach((from, index) => {
    const candidates: (Question | undefined)[] = [...listNextCandidates(flow, index)];
    // The recommendation comes last, when every candidate is asked only sometimes.
    if (candidates.at(-1)?.askedWhen !== undefined || candidates.length === 0) candidates.push(undefined);
    let order = 0;
    for (const next of candidates) {
      const to = next?.id ?? RECOMMENDATION_NODE;
      if (taken.has(`${from.id} ${to}`)) {
        order += 1;
        const step: DiagramStep = {
          from: from.id,
          to,
          order,
          kind: next?.askedWhen ? 'if' : order === 1 ? 'always' : 'otherwise',
        };
        if (next?.askedWhen) {
          step.when = describeCondition(next.askedWhen, flow);
          step.whenIds = describeConditionIds(next.askedWhen);
        }
        steps.push(step);
      }
    }
  });
  return steps;
}

/** The diagram as plain data, for a page to render without a diagram library. */
export function buildFlowDiagram(flow: Flow): FlowDiagram {
  const sources = new Map(flow.sources.map((source) => [source.id, source]));
  const questions = flow.questions.map((question, index): DiagramQuestion => {
    const entry: DiagramQuestion = {
      id: question.id,
      number: index + 1,
      title: question.title,
      kind: question.kind,
      options: question.options.map((option) => ({ value: option.value, label: option.label })),
    };
    if (question.askedWhen) {
      entry.askedWhen = describeCondition(question.askedWhen, flow);
      entry.askedWhenIds = describeConditionIds(question.askedWhen);
    }
    return entry;
  });
  const rules = flow.rules.map((rule): DiagramRule => {
    const entry: DiagramRule = {
      id: rule.id,
      when: describeCondition(rule.when, flow),
      whenIds: describeConditionIds(rule.when),
      routes: [...new Set(rule.add.map((addition) => addition.route))],
      additions: rule.add.map((addition) => {
        const entry: DiagramAddition = { route: addition.route };
        if (addition.urgency) entry.urgency = addition.urgency;
        if (addition.when) {
          entry.when = describeCondition(addition.when, flow);
          entry.whenIds = describeConditionIds(addition.when);
        }
        return entry;
      }),
      reason: rule.reason,
      sources: rule.sources.flatMap((id) => (sources.has(id) ? [citeSource(sources.get(id)!)] : [])),
    };
    if (rule.note) entry.note = rule.note;
    return entry;
  });
  const routes = [...flow.routes]
    .sort((first, second) => compareUrgency(flow, first.urgency, second.urgency))
    .map((route) => ({
      id: route.id,
      title: route.title,
      urgency: route.urgency,
      rules: flow.rules
        .filter((rule) => rule.add.some((addition) => addition.route === route.id))
        .map((rule) => rule.id),
    }));
  return {
    flow: { id: flow.id, version: flow.version, title: flow.title },
    urgencies: flow.roles.urgencies,
    questions,
    steps: listSteps(flow),
    end: RECOMMENDATION_NODE,
    rules,
    routes,
  };
}

/** Mermaid reads quotes, angle brackets and # inside labels as syntax; its entity codes show them as text. */
function escapeLabel(text: string): string {
  return text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** Mermaid node ids: letters, digits and underscores, prefixed so that no id collides with a keyword such as `end`. */
function nodeId(kind: 'question' | 'rule' | 'route', id: string): string {
  return `${kind}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/**
 * The flow as Mermaid flowchart text: the questions in order with the steps
 * between them (labelled with the condition of each conditional question),
 * then each rule with the routes it adds.
 */
export function drawFlowDiagram(flow: Flow): string {
  const diagram = buildFlowDiagram(flow);
  const target = (id: string) => (id === RECOMMENDATION_NODE ? RECOMMENDATION_NODE : nodeId('question', id));
  const lines = [
    `%% Drawn from flow ${diagram.flow.id} version ${diagram.flow.version} (${diagram.flow.title}); do not edit by hand.`,
    'flowchart TD',
    '  subgraph questions["Questions, in the order asked"]',
  ];
  for (const question of diagram.questions) {
    const options = question.options.map((option) => option.value).join(', ');
    lines.push(
      `    ${nodeId('question', question.id)}["${escapeLabel(`${question.number}. ${question.id}: ${question.title} (${question.kind === 'many' ? 'any of' : 'one of'}: ${options})`)}"]`,
    );
  }
  lines.push('  end');
  lines.push(
    `  ${RECOMMENDATION_NODE}(["Recommendation: every rule that holds for the answers adds its actions"])`,
  );
  for (const step of diagram.steps) {
    const label = step.kind === 'if' ? `if ${step.whenIds!}` : step.kind === 'otherwise' ? 'otherwise' : '';
    const arrow = label === '' ? '-->' : `-->|"${escapeLabel(label)}"|`;
    lines.push(`  ${target(step.from)} ${arrow} ${target(step.to)}`);
  }
  lines.push('  subgraph rules["Rules"]');
  for (const rule of diagram.rules)
    lines.push(`    ${nodeId('rule', rule.id)}{{"${escapeLabel(`${rule.id}: ${rule.whenIds}`)}"}}`);
  lines.push('  end');
  lines.push('  subgraph actions["Actions, in the order to do them: now, today, next"]');
  for (const route of diagram.routes)
    lines.push(
      `    ${nodeId('route', route.id)}["${escapeLabel(`${route.id} (${route.urgency}): ${route.title}`)}"]`,
    );
  lines.push('  end');
  lines.push(`  ${RECOMMENDATION_NODE} --> rules`);
  for (const rule of diagram.rules) {
    for (const addition of rule.additions) {
      const parts = [
        addition.whenIds ? `if ${addition.whenIds}` : '',
        addition.urgency ? `raised to ${addition.urgency}` : '',
      ].filter(Boolean);
      const arrow = parts.length > 0 ? `-->|"${escapeLabel(parts.join('; '))}"|` : '-->';
      lines.push(`  ${nodeId('rule', rule.id)} ${arrow} ${nodeId('route', addition.route)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
