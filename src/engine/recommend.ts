import type { Answers } from './answers.ts';
import { describeAnswer } from './check-answer.ts';
import { evaluateCondition, listMatchedTests } from './condition.ts';
import type { ActionBy, Plan, PlannedAction } from './decide-plan.ts';
import { additionCondition, decidePlan } from './decide-plan.ts';
import { chooseTexts } from './conditional-text.ts';
import type { MainContact } from './find-main-contact.ts';
import { findMainContact, listKnownPlaces, selectContacts } from './find-main-contact.ts';
import type { Condition, Contact, ContactPlace, Flow, Rule } from './flow-schema.ts';
import type { FlowIndex } from './index-flow.ts';
import { indexFlow } from './index-flow.ts';

export type ContactEntry = {
  id: string;
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
  /** Which place decides whether this is the right contact, and the areas it serves (docs/decisions/0057). */
  decidedBy: ContactPlace;
  areas?: string[];
  /** The route's main contact, or one shown beside it: facts from the data, never from the label. */
  main?: true;
  beside?: 'out-of-hours' | 'alternative';
  /** The words of its button in the plan at a glance, where the flow gives them. */
  short?: string;
};

export type RecommendedAction = {
  route: string;
  urgency: string;
  /** Who does it: `you`, or `safeguarding-lead` when the user is not the DSL and the DSL does it. */
  by: ActionBy;
  /** Who leads it instead of the safeguarding lead, when the flow's roles.leadWhen says so. */
  lead?: string;
  /** The same, in words for the user's role. */
  who: string;
  /** The same, in the few words of the plan at a glance. */
  whoShort: string;
  title: string;
  /** The title in the plan at a glance (at most 45 characters). */
  short: string;
  steps: string[];
  /** What the service will ask for; empty when the action contacts no service. */
  haveReady: string[];
  contact?: { area: string; areaLabel: string; entries: ContactEntry[] };
  /**
   * The contact the plan at a glance offers as one tap, for the area answered
   * or national, with its out-of-hours line or second way beside it; absent
   * when the action contacts no service.
   */
  mainContact?: MainContact<ContactEntry>;
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
  /** The urgency bands, most urgent first, with their headings: actions are grouped under them. */
  urgencies: { id: string; heading: string }[];
  procedure: { title: string; areas: string; printedOn: string };
  actions: RecommendedAction[];
  warnings: RecommendedWarning[];
  lawNotes: RecommendedLawNote[];
  /** The oldest "last checked" and the earliest "review by" date of the content used. */
  content: { lastChecked: string; reviewBy: string };
};

function linkFor(contact: Contact): string | undefined {
  if (contact.kind === 'phone') return `tel:${contact.value.replace(/[^0-9+]/g, '')}`;
  if (contact.kind === 'email') return `mailto:${contact.value}`;
  if (contact.kind === 'website') return contact.value;
  return undefined;
}

function explainRule(rule: Rule, condition: Condition, answers: Answers, index: FlowIndex): string {
  // A question tested more than once is quoted once, with every value any of its tests matched.
  const matched = new Map<string, Set<string>>();
  for (const test of listMatchedTests(condition, answers)) {
    const values = matched.get(test.question) ?? new Set<string>();
    for (const value of test.values) values.add(value);
    matched.set(test.question, values);
  }
  const parts: string[] = [];
  let uncertain = false;
  for (const [questionId, values] of matched) {
    const question = index.questions.get(questionId);
    if (!question) continue;
    parts.push(`${question.summaryLabel}: ${describeAnswer(question, [...values]).join('; ')}`);
    if ([...values].some((value) => index.uncertainValues.has(value))) uncertain = true;
  }
  const reason = chooseTexts([rule.reason], rule.reasonWhen, answers).join(' ');
  const because = parts.length > 0 ? ` Your answers: ${parts.join('. ')}.` : '';
  const caution = uncertain ? ' This could not be ruled out, so the safer action is recommended.' : '';
  return `${reason}${because}${caution} (Rule ${rule.id})`;
}

/**
 * The recommendation for a set of answers: the plan (decidePlan), in words.
 * Each action has its steps, what to have ready, the contacts for the child's
 * area, who does it, and a reason for each rule that added it.
 */
export function recommend(
  flow: Flow,
  answers: Answers,
  plan: Plan = decidePlan(flow, answers),
): Recommendation {
  const index = indexFlow(flow);
  const cite = (ids: readonly string[]) => ids.flatMap((id) => index.citations.get(id) ?? []);
  const areaAnswer = answers[flow.roles.areaQuestion];
  const area = typeof areaAnswer === 'string' ? areaAnswer : undefined;
  const areaLabel =
    index.questions.get(flow.roles.areaQuestion)?.options.find((option) => option.value === area)?.label ??
    '';
  const knownPlaces = listKnownPlaces(flow, answers);
  const usedSourceIds = new Set<string>();
  const usedContacts: Contact[] = [];

  const { actionBy } = flow.roles;
  const leadWords = (planned: PlannedAction) =>
    flow.roles.leadWhen?.find(
      (entry) =>
        entry.lead === planned.lead &&
        (entry.routes === undefined || entry.routes.includes(planned.route)) &&
        evaluateCondition(entry.when, answers),
    );
  // An action in the most urgent band is done now, so its "who" must not say "today".
  const mostUrgent = flow.roles.urgencies[0]!.id;
  const describeWho = (planned: PlannedAction, lead: ReturnType<typeof leadWords>): string => {
    const now = planned.urgency === mostUrgent;
    if (lead) return (now && lead.whoNow) || lead.who;
    if (planned.by === 'you') return actionBy.you;
    return (now && actionBy.safeguardingLeadNow) || actionBy.safeguardingLead;
  };
  const actions = plan.actions.map((planned): RecommendedAction => {
    const route = index.routes.get(planned.route)!;
    const rules = planned.rules.map((id) => index.rules.get(id)!);
    const sourceIds = new Set<string>();
    for (const rule of rules) for (const id of rule.sources) sourceIds.add(id);
    for (const id of route.sources) sourceIds.add(id);
    for (const id of sourceIds) usedSourceIds.add(id);
    const contacts = selectContacts(route.contacts, knownPlaces);
    usedContacts.push(...contacts);
    const reasons = rules.map((rule) => {
      // The tests that made this rule add this route: its `when`, and the addition's own `when`.
      const conditions = rule.add
        .filter((addition) => addition.route === route.id)
        .map((addition) => additionCondition(rule, addition));
      const firing = conditions.find((condition) => evaluateCondition(condition, answers)) ?? rule.when;
      return explainRule(rule, firing, answers, index);
    });
    const lead = planned.lead === undefined ? undefined : leadWords(planned);
    const action: RecommendedAction = {
      route: route.id,
      urgency: planned.urgency,
      by: planned.by,
      ...(lead && { lead: lead.lead }),
      who: describeWho(planned, lead),
      whoShort: lead?.short ?? (planned.by === 'you' ? actionBy.youShort : actionBy.safeguardingLeadShort),
      title: route.title,
      short: route.short,
      steps: chooseTexts(route.steps, route.stepsWhen, answers),
      haveReady: route.haveReady ?? [],
      reasons,
      sources: cite([...sourceIds]),
      rules: planned.rules,
    };
    if (contacts.length > 0 && area !== undefined) {
      const entries = contacts.map((contact) => describeContact(contact, index.citations));
      action.contact = { area, areaLabel, entries };
      const mainContact = findMainContact(entries, knownPlaces);
      if (mainContact) action.mainContact = mainContact;
    }
    return action;
  });

  const warnings = plan.warnings.map((id) => {
    const warning = index.warnings.get(id)!;
    for (const source of warning.sources) usedSourceIds.add(source);
    const items = chooseTexts(warning.items, warning.itemsWhen, answers);
    return {
      id: warning.id,
      title: warning.title,
      items,
      text: `${warning.title}. ${items.join(' ')}`,
      sources: cite(warning.sources),
    };
  });

  const lawNotes = plan.lawNotes.map((id) => {
    const note = index.lawNotes.get(id)!;
    for (const source of note.sources) usedSourceIds.add(source);
    return { id: note.id, title: note.title, text: note.text, sources: cite(note.sources) };
  });

  const dated: { lastChecked: string; reviewBy: string }[] = [...usedContacts];
  for (const id of usedSourceIds) {
    const source = index.sources.get(id);
    if (source) dated.push(source);
  }
  return {
    flow: { id: flow.id, version: flow.version, title: flow.title },
    urgencies: flow.roles.urgencies,
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

function describeContact(contact: Contact, citations: ReadonlyMap<string, string>): ContactEntry {
  const entry: ContactEntry = {
    id: contact.id,
    label: contact.label,
    kind: contact.kind,
    value: contact.value,
    confirmed: contact.confirmed,
    lastChecked: contact.lastChecked,
    reviewBy: contact.reviewBy,
    source: citations.get(contact.source) ?? contact.source,
    decidedBy: contact.decidedBy,
  };
  if (contact.areas) entry.areas = contact.areas;
  if (contact.main) entry.main = contact.main;
  if (contact.beside) entry.beside = contact.beside;
  if (contact.short) entry.short = contact.short;
  const href = linkFor(contact);
  if (href) entry.href = href;
  if (contact.hours) entry.hours = contact.hours;
  if (contact.note) entry.note = contact.note;
  return entry;
}
