import type { Answers } from './answers.ts';
import { describeAnswer } from './check-answer.ts';
import { evaluateCondition } from './evaluate-condition.ts';
import type {
  Condition,
  ConditionalText,
  Contact,
  Flow,
  Question,
  Rule,
  Source,
  Urgency,
} from './flow-schema.ts';

export type ContactEntry = {
  label: string;
  kind: Contact['kind'];
  value: string;
  /** A tel:, mailto: or https: link; absent for plain text. */
  href?: string;
  hours?: string;
  note?: string;
  confirmed: boolean;
  lastChecked: string;
  reviewBy: string;
  source: string;
};

export type RecommendedAction = {
  route: string;
  urgency: Urgency;
  title: string;
  steps: string[];
  contact?: { area: string; areaLabel: string; entries: ContactEntry[] };
  /** Why the action is here: each rule that added it, with the answers that made it fire. */
  reasons: string[];
  /** The citations behind the route and the rules that added it. */
  sources: string[];
  rules: string[];
};

export type RecommendedWarning = {
  id: string;
  title: string;
  items: string[];
  text: string;
  sources: string[];
};
export type RecommendedLawNote = { id: string; title: string; text: string; sources: string[] };

export type Recommendation = {
  flow: { id: string; version: string; title: string };
  procedure: { title: string; areas: string; printedOn: string };
  actions: RecommendedAction[];
  warnings: RecommendedWarning[];
  lawNotes: RecommendedLawNote[];
  /** The oldest "last checked" and the earliest "review by" date of the content used. */
  content: { lastChecked: string; reviewBy: string };
};

export const URGENCY_ORDER: readonly Urgency[] = ['now', 'today', 'next'];

const UNCERTAIN_VALUES = new Set(['not-sure', 'not-known']);

export function citeSource(source: Source): string {
  const status = source.confirmed ? '' : ' [not fully confirmed]';
  return `${source.title}, ${source.publisher}${status}`;
}

function linkFor(contact: Contact): string | undefined {
  if (contact.kind === 'phone') return `tel:${contact.value.replace(/[^0-9+]/g, '')}`;
  if (contact.kind === 'email') return `mailto:${contact.value}`;
  if (contact.kind === 'website') return contact.value;
  return undefined;
}

/** The positive (not negated) question tests of a condition that the answers satisfy. */
function listMatchedTests(condition: Condition, answers: Answers): { question: string; values: string[] }[] {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const matched: { question: string; values: string[] }[] = [];
    for (const part of parts)
      if (evaluateCondition(part, answers)) matched.push(...listMatchedTests(part, answers));
    return matched;
  }
  if ('not' in condition) return [];
  const answer = answers[condition.question];
  if (answer === undefined || !evaluateCondition(condition, answers)) return [];
  const wanted = 'is' in condition ? condition.is : condition.includes;
  const wantedList = typeof wanted === 'string' ? [wanted] : wanted;
  const chosen = typeof answer === 'string' ? [answer] : answer;
  return [{ question: condition.question, values: chosen.filter((value) => wantedList.includes(value)) }];
}

function explainRule(rule: Rule, answers: Answers, questions: Map<string, Question>): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  let uncertain = false;
  for (const test of listMatchedTests(rule.when, answers)) {
    const question = questions.get(test.question);
    if (!question || seen.has(test.question)) continue;
    seen.add(test.question);
    const labels = describeAnswer(question, test.values);
    parts.push(`${question.summaryLabel}: ${labels.join('; ')}`);
    if (test.values.some((value) => UNCERTAIN_VALUES.has(value))) uncertain = true;
  }
  const because = parts.length > 0 ? ` Your answers: ${parts.join('. ')}.` : '';
  const caution = uncertain ? ' This could not be ruled out, so the safer action is recommended.' : '';
  return `${rule.reason}${because}${caution} (Rule ${rule.id})`;
}

function chooseTexts(
  always: string[],
  conditional: ConditionalText[] | undefined,
  answers: Answers,
): string[] {
  return [
    ...always,
    ...(conditional ?? []).filter((item) => evaluateCondition(item.when, answers)).map((item) => item.text),
  ];
}

type FlowIndex = {
  questions: Map<string, Question>;
  sources: Map<string, Source>;
  citations: Map<string, string>;
  /** Routes in the order actions are shown: by urgency, then in flow order. */
  orderedRoutes: Flow['routes'];
};

// Parsed flows are immutable, so their lookups are built once per flow.
const indexes = new WeakMap<Flow, FlowIndex>();

function indexFlow(flow: Flow): FlowIndex {
  let index = indexes.get(flow);
  if (!index) {
    index = {
      questions: new Map(flow.questions.map((question) => [question.id, question])),
      sources: new Map(flow.sources.map((source) => [source.id, source])),
      citations: new Map(flow.sources.map((source) => [source.id, citeSource(source)])),
      orderedRoutes: [...flow.routes].sort(
        (first, second) => URGENCY_ORDER.indexOf(first.urgency) - URGENCY_ORDER.indexOf(second.urgency),
      ),
    };
    indexes.set(flow, index);
  }
  return index;
}

/**
 * The recommendation for a set of answers: every rule that fires adds its
 * routes; each route appears once with all its reasons; actions are ordered
 * now, today, next (and, within an urgency, in the flow's route order, which
 * puts 999 first).
 */
export function recommend(flow: Flow, answers: Answers): Recommendation {
  const { questions, sources, citations, orderedRoutes } = indexFlow(flow);
  // Plain loops rather than flatMap: recommend runs once per path in the exhaustive verification.
  const cite = (ids: readonly string[]) => {
    const cited: string[] = [];
    for (const id of ids) {
      const citation = citations.get(id);
      if (citation !== undefined) cited.push(citation);
    }
    return cited;
  };
  const firing = flow.rules.filter((rule) => evaluateCondition(rule.when, answers));
  const area = typeof answers.area === 'string' ? answers.area : undefined;
  const areaLabel = questions.get('area')?.options.find((option) => option.value === area)?.label ?? '';
  const usedSourceIds = new Set<string>();
  const usedContacts: Contact[] = [];

  const actions = orderedRoutes
    .filter((route) => firing.some((rule) => rule.add.includes(route.id)))
    .map((route): RecommendedAction => {
      const rules = firing.filter((rule) => rule.add.includes(route.id));
      const sourceIdSet = new Set<string>();
      for (const rule of rules) for (const id of rule.sources) sourceIdSet.add(id);
      for (const id of route.sources) sourceIdSet.add(id);
      const sourceIds = [...sourceIdSet];
      for (const id of sourceIds) usedSourceIds.add(id);
      const contacts = (route.contacts ?? []).filter(
        (contact) => !contact.areas || (area !== undefined && contact.areas.includes(area)),
      );
      usedContacts.push(...contacts);
      const action: RecommendedAction = {
        route: route.id,
        urgency: route.urgency,
        title: route.title,
        steps: chooseTexts(route.steps, route.stepsWhen, answers),
        reasons: rules.map((rule) => explainRule(rule, answers, questions)),
        sources: cite(sourceIds),
        rules: rules.map((rule) => rule.id),
      };
      if (contacts.length > 0 && area !== undefined) {
        action.contact = {
          area,
          areaLabel,
          entries: contacts.map((contact) => describeContact(contact, citations)),
        };
      }
      return action;
    });

  const warnings = flow.warnings
    .filter((warning) => evaluateCondition(warning.when, answers))
    .map((warning) => {
      for (const id of warning.sources) usedSourceIds.add(id);
      const items = chooseTexts(warning.items, warning.itemsWhen, answers);
      return {
        id: warning.id,
        title: warning.title,
        items,
        text: `${warning.title}. ${items.join(' ')}`,
        sources: cite(warning.sources),
      };
    });

  const lawNotes = flow.lawNotes
    .filter((note) => note.when === undefined || evaluateCondition(note.when, answers))
    .map((note) => {
      for (const id of note.sources) usedSourceIds.add(id);
      return { id: note.id, title: note.title, text: note.text, sources: cite(note.sources) };
    });

  const dated: { lastChecked: string; reviewBy: string }[] = [...usedContacts];
  for (const id of usedSourceIds) {
    const source = sources.get(id);
    if (source) dated.push(source);
  }
  return {
    flow: { id: flow.id, version: flow.version, title: flow.title },
    procedure: {
      title: flow.procedure.title,
      areas: flow.procedure.areas,
      printedOn: flow.procedure.printedOn,
    },
    actions,
    warnings,
    lawNotes,
    content: {
      lastChecked: earliest(dated.map((item) => item.lastChecked)),
      reviewBy: earliest(dated.map((item) => item.reviewBy)),
    },
  };
}

function earliest(dates: string[]): string {
  return dates.reduce((first, date) => (date < first ? date : first), dates[0] ?? '');
}

function describeContact(contact: Contact, citations: Map<string, string>): ContactEntry {
  const entry: ContactEntry = {
    label: contact.label,
    kind: contact.kind,
    value: contact.value,
    confirmed: contact.confirmed,
    lastChecked: contact.lastChecked,
    reviewBy: contact.reviewBy,
    source: citations.get(contact.source) ?? contact.source,
  };
  const href = linkFor(contact);
  if (href) entry.href = href;
  if (contact.hours) entry.hours = contact.hours;
  if (contact.note) entry.note = contact.note;
  return entry;
}
