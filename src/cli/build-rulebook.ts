import { listConditionQuestions } from '../engine/condition.ts';
import type { Condition, Flow, Route } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import { describeCondition } from '../diagram/draw-flow-diagram.ts';
import type { RequirementsCheck } from '../verification/check-requirements.ts';
import { checkRequirements, parseFlowReference } from '../verification/check-requirements.ts';
import type { Requirement, RequirementsCatalogue } from '../verification/requirements-schema.ts';

/**
 * The rulebook a safeguarding partnership reads to approve a version of the
 * flow: every question, rule, action and warning in plain words, each with the
 * requirements it serves, then the catalogue by document, what is out of scope
 * and what is not yet met. Built only from the flow and the catalogue, so that
 * it cannot say anything they do not; the same input always gives the same text.
 */

type Context = { flow: Flow; catalogue: RequirementsCatalogue; check: RequirementsCheck };

/** Markdown that a line break or a bar would break: kept on one line, bars escaped. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function listOf(values: readonly string[], joiner = 'and'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${joiner} ${values.at(-1)}`;
}

/** The requirements whose `metBy` names this part of the flow, for the given kinds and id. */
function requirementsMeeting(
  catalogue: RequirementsCatalogue,
  kinds: readonly string[],
  id: string,
): Requirement[] {
  return catalogue.requirements.filter((requirement) =>
    requirement.metBy.some((reference) => {
      const parsed = parseFlowReference(reference);
      return kinds.includes(parsed.kind) && parsed.id === id;
    }),
  );
}

function citeRequirement({ catalogue }: Context, requirement: Requirement): string {
  const document = catalogue.documents.find((candidate) => candidate.id === requirement.document);
  const status = requirement.confirmed ? '' : ' **Not confirmed.**';
  return `**${requirement.id}**: ${inline(requirement.requirement)} _(${inline(document?.title ?? requirement.document)}, ${inline(requirement.section)}; read ${requirement.retrieved})_${status}`;
}

function requirementLines(context: Context, requirements: readonly Requirement[], none: string): string[] {
  if (requirements.length === 0) return [`- ${none}`];
  return requirements.map((requirement) => `- ${citeRequirement(context, requirement)}`);
}

function when(condition: Condition | undefined, flow: Flow): string {
  return condition ? describeCondition(condition, flow) : 'always';
}

function writeQuestions(context: Context): string[] {
  const { flow, catalogue } = context;
  return flow.questions.flatMap((question, position) => {
    const readBy = (condition: Condition | undefined) =>
      condition !== undefined && listConditionQuestions(condition).includes(question.id);
    const rules = flow.rules
      .filter((rule) => readBy(rule.when) || rule.add.some((addition) => readBy(addition.when)))
      .map((rule) => rule.id);
    const opens = flow.questions
      .filter((other) => readBy(other.askedWhen))
      .map((other) => `'${other.title}'`);
    const texts = [
      ...flow.routes.filter((route) => route.stepsWhen?.some((step) => readBy(step.when))),
      ...flow.warnings.filter(
        (warning) => readBy(warning.when) || warning.itemsWhen?.some((item) => readBy(item.when)),
      ),
    ].map((part) => `'${part.title}'`);
    const why = [
      rules.length > 0 ? `It decides ${rules.length === 1 ? 'rule' : 'rules'} ${listOf(rules)}.` : '',
      opens.length > 0 ? `It decides whether these are asked: ${listOf(opens)}.` : '',
      texts.length > 0 ? `It changes what these say or whether they show: ${listOf(texts)}.` : '',
    ].filter(Boolean);
    const answers = question.options.map((option) => `'${inline(option.label)}' (\`${option.value}\`)`);
    return [
      `### Q${position + 1}. ${inline(question.title)}`,
      '',
      `- Id: \`${question.id}\`; ${question.kind === 'one' ? 'one answer' : 'one or more answers'}.`,
      `- Asked: ${when(question.askedWhen, flow)}.`,
      `- Answers: ${answers.join('; ')}.`,
      `- Why it is asked: ${why.length > 0 ? why.join(' ') : 'it is shown in the record only.'}`,
      '- Requirements it serves:',
      ...requirementLines(
        context,
        requirementsMeeting(catalogue, ['question', 'answer', 'hint-when'], question.id),
        'none cites it directly.',
      ).map((line) => `  ${line}`),
      '',
    ];
  });
}

function describeRoute(flow: Flow, routeId: string, urgency: string | undefined): string {
  const route = indexFlow(flow).routes.get(routeId);
  const raised = urgency ? `, raised to '${indexFlow(flow).urgencyHeading.get(urgency) ?? urgency}'` : '';
  return `'${route?.title ?? routeId}'${raised}`;
}

function writeRules(context: Context): string[] {
  const { flow, check } = context;
  const { citations } = indexFlow(flow);
  return flow.rules.flatMap((rule) => {
    const always = rule.add
      .filter((addition) => !addition.when)
      .map((addition) => describeRoute(flow, addition.route, addition.urgency));
    // Additions under the same condition are named together, so that a rule
    // that splits by age reads as two short clauses rather than one per route.
    const groups = new Map<string, string[]>();
    for (const addition of rule.add.filter((candidate) => candidate.when)) {
      const condition = describeCondition(addition.when!, flow);
      groups.set(condition, [
        ...(groups.get(condition) ?? []),
        describeRoute(flow, addition.route, addition.urgency),
      ]);
    }
    const conditional = [...groups].map(([condition, routes]) => `when ${condition}, ${listOf(routes)}`);
    const includes = [
      ...(always.length > 0 ? [listOf(always)] : []),
      ...conditional.map((clause, index) => (index === 0 && always.length === 0 ? clause : `and, ${clause}`)),
    ].join('; ');
    const extraReasons = (rule.reasonWhen ?? []).map(
      (text) => `- And, when ${describeCondition(text.when, flow)}: ${inline(text.text)}`,
    );
    return [
      `### ${rule.id}`,
      '',
      `When ${describeCondition(rule.when, flow)}, the plan includes ${includes}, because ${inline(rule.reason.replace(/^./, (first) => first.toLowerCase()))}`,
      '',
      ...extraReasons,
      ...(extraReasons.length > 0 ? [''] : []),
      '- Requirements it serves:',
      ...requirementLines(
        context,
        check.requirementsByRule.get(rule.id) ?? [],
        '**none: a rule must serve at least one requirement.**',
      ).map((line) => `  ${line}`),
      `- Sources it cites: ${rule.sources.map((source) => inline(citations.get(source) ?? source)).join('; ')}.`,
      ...(rule.note ? [`- Note: ${inline(rule.note)}`] : []),
      '',
    ];
  });
}

function describeDoer(flow: Flow, route: Route): string {
  if (route.by === 'anyone') return `whoever uses the tool ("${flow.roles.actionBy.you}")`;
  return `the designated safeguarding lead (DSL); other staff read "${flow.roles.actionBy.safeguardingLead}"`;
}

function writeRoutes(context: Context): string[] {
  const { flow, catalogue } = context;
  const { urgencyHeading } = indexFlow(flow);
  return flow.routes.flatMap((route) => {
    const addedBy = flow.rules.filter((rule) => rule.add.some((addition) => addition.route === route.id));
    const raisedBy = addedBy.flatMap((rule) =>
      rule.add
        .filter((addition) => addition.route === route.id && addition.urgency)
        .map(
          (addition) =>
            `${rule.id} raises it to '${urgencyHeading.get(addition.urgency!) ?? addition.urgency}'`,
        ),
    );
    return [
      `### ${inline(route.title)}`,
      '',
      `- Id: \`${route.id}\`. Who does it: ${describeDoer(flow, route)}`,
      `- Urgency: '${urgencyHeading.get(route.urgency) ?? route.urgency}'${raisedBy.length > 0 ? ` (${listOf(raisedBy)})` : ''}.`,
      `- Added by: ${addedBy.length > 0 ? listOf(addedBy.map((rule) => rule.id)) : 'no rule'}.`,
      '- Steps:',
      ...route.steps.map((step, index) => `  ${index + 1}. ${inline(step)}`),
      ...(route.stepsWhen ?? []).map(
        (step, index) =>
          `  - Conditional step ${index + 1}, when ${describeCondition(step.when, flow)}: ${inline(step.text)}`,
      ),
      '- Requirements it meets:',
      ...requirementLines(
        context,
        requirementsMeeting(catalogue, ['route', 'step', 'step-when'], route.id),
        'none cites it directly.',
      ).map((line) => `  ${line}`),
      '',
    ];
  });
}

function writeWarnings(context: Context): string[] {
  const { flow, catalogue } = context;
  return flow.warnings.flatMap((warning) => [
    `### ${inline(warning.title)}`,
    '',
    `- Id: \`${warning.id}\`. Shown when ${describeCondition(warning.when, flow)}.`,
    '- What it says:',
    ...warning.items.map((item, index) => `  ${index + 1}. ${inline(item)}`),
    ...(warning.itemsWhen ?? []).map(
      (item, index) =>
        `  - Conditional item ${index + 1}, when ${describeCondition(item.when, flow)}: ${inline(item.text)}`,
    ),
    '- Requirements it meets:',
    ...requirementLines(
      context,
      requirementsMeeting(catalogue, ['warning', 'item', 'item-when'], warning.id),
      'none cites it directly.',
    ).map((line) => `  ${line}`),
    '',
  ]);
}

function writeLawNotes(context: Context): string[] {
  const { flow, catalogue } = context;
  return flow.lawNotes.flatMap((note) => {
    const citing = requirementsMeeting(catalogue, ['law-note'], note.id).map((requirement) => requirement.id);
    return [
      `- **${inline(note.title)}** (\`${note.id}\`), shown ${when(note.when, flow)}. Requirements: ${citing.length > 0 ? citing.join(', ') : 'none'}.`,
    ];
  });
}

function writeCatalogue(context: Context): string[] {
  const { catalogue } = context;
  return catalogue.documents.flatMap((document) => {
    const requirements = catalogue.requirements.filter((requirement) => requirement.document === document.id);
    if (requirements.length === 0) return [];
    return [
      `### ${inline(document.title)}`,
      '',
      `${inline(document.publisher)}, ${inline(document.edition)}; ${document.kind.replace(/-/g, ' ')}.${document.url ? ` <${document.url}>` : ''}${document.note ? ` ${inline(document.note)}` : ''}`,
      '',
      ...requirements.flatMap((requirement) => {
        const status = requirement.outOfScope
          ? `Out of scope: ${inline(requirement.outOfScope)}`
          : requirement.metBy.length === 0
            ? `**Not met.** The flow must: ${inline(requirement.gap ?? '(no gap written)')}`
            : `Met by ${requirement.metBy.map((reference) => `\`${reference}\``).join(', ')}.${requirement.gap ? ` **Only in part.** The flow must also: ${inline(requirement.gap)}` : ''}`;
        return [
          `- **${requirement.id}** (${inline(requirement.section)}): ${inline(requirement.requirement)}${requirement.quote ? ` Quote: "${inline(requirement.quote)}"` : ''}`,
          `  - Read ${requirement.retrieved} via ${inline(requirement.via)}.${requirement.confirmed ? '' : ` **Not confirmed:** ${inline(requirement.unconfirmedBecause ?? '')}.`}`,
          `  - ${status}${requirement.findings ? ` (Review findings: ${requirement.findings.join(', ')}.)` : ''}`,
        ];
      }),
      '',
    ];
  });
}

function writeOutOfScope({ catalogue }: Context): string[] {
  const outside = catalogue.requirements.filter((requirement) => requirement.outOfScope);
  if (outside.length === 0) return ['Nothing is out of scope.', ''];
  return [
    ...outside.map(
      (requirement) =>
        `- **${requirement.id}**: ${inline(requirement.requirement)} Why not: ${inline(requirement.outOfScope!)}`,
    ),
    '',
  ];
}

function writeGaps(context: Context): string[] {
  const { catalogue, check } = context;
  const partial = catalogue.requirements.filter(
    (requirement) => requirement.metBy.length > 0 && requirement.gap,
  );
  return [
    `Not met at all (${check.unaddressed.length}): this version cannot be approved against these until it meets them or the partnership records why they are out of scope.`,
    '',
    ...(check.unaddressed.length > 0
      ? check.unaddressed.map(
          (requirement) => `- **${requirement.id}**: ${inline(requirement.gap ?? '(no gap written)')}`,
        )
      : ['- None.']),
    '',
    `Met only in part (${partial.length}):`,
    '',
    ...(partial.length > 0
      ? partial.map((requirement) => `- **${requirement.id}**: ${inline(requirement.gap!)}`)
      : ['- None.']),
    '',
  ];
}

/** The rulebook as Markdown. */
export function buildRulebook(
  flow: Flow,
  catalogue: RequirementsCatalogue,
  files: { flow: string; catalogue: string },
): string {
  const check = checkRequirements(catalogue, flow);
  const context: Context = { flow, catalogue, check };
  const requirements = catalogue.requirements;
  const met = requirements.filter((requirement) => requirement.metBy.length > 0);
  const partial = met.filter((requirement) => requirement.gap);
  const outside = requirements.filter((requirement) => requirement.outOfScope);
  const unconfirmed = requirements.filter((requirement) => !requirement.confirmed);
  const problems = [
    ...check.unresolved.map(
      (unresolved) => `- ${unresolved.requirement} cites \`${unresolved.reference}\`: ${unresolved.problem}.`,
    ),
    ...check.uncitedRules.map((rule) => `- Rule ${rule} serves no requirement.`),
    ...(check.wrongFlow
      ? [`- The catalogue is for the flow '${check.wrongFlow.catalogue}', not '${check.wrongFlow.flow}'.`]
      : []),
  ];
  return `${[
    `# Rulebook: ${flow.title}, version ${flow.version}`,
    '',
    `Generated by \`npm run rulebook\` from \`${files.flow}\` (version ${flow.version}) and \`${files.catalogue}\`. Do not edit it: change the flow or the catalogue, then run the command again. A test fails when this file is not current.`,
    '',
    `This is what a safeguarding partnership reads to approve a version of the flow. It says, in plain words, every question the tool asks and why; every rule ("when ..., the plan includes ..., because ..."), with the requirements of the national and local guidance it serves; every action, with who does it and how soon; what is out of scope; and what the flow does not yet do. The procedure it encodes: ${inline(flow.procedure.title)} (${inline(flow.procedure.areas)}; as printed ${flow.procedure.printedOn}).`,
    '',
    '## At a glance',
    '',
    `- ${flow.questions.length} questions, ${flow.rules.length} rules, ${flow.routes.length} actions, ${flow.warnings.length} warnings, ${flow.lawNotes.length} law notes.`,
    `- ${requirements.length} requirements from ${catalogue.documents.length} documents: ${met.length} met by the flow (${partial.length} of them only in part), ${outside.length} out of scope, ${check.unaddressed.length} not met.`,
    `- ${unconfirmed.length} requirements rest on text that could not be read in full: each is marked **Not confirmed**, with why. Check them against the published text before approving.`,
    ...(problems.length > 0
      ? ['', '**Problems the checker found (fix before approving):**', '', ...problems]
      : []),
    '',
    '## 1. Questions',
    '',
    ...writeQuestions(context),
    '## 2. Rules',
    '',
    'Every rule that holds adds its actions; none stops the others. Each action appears once, at the highest urgency any rule gave it.',
    '',
    ...writeRules(context),
    '## 3. Actions',
    '',
    ...writeRoutes(context),
    '## 4. Warnings',
    '',
    'Shown before the actions when their condition holds.',
    '',
    ...writeWarnings(context),
    '## 5. Law notes',
    '',
    ...writeLawNotes(context),
    '',
    '## 6. Requirements, by document',
    '',
    ...catalogue.method.map((line) => `- ${inline(line)}`),
    '',
    ...writeCatalogue(context),
    '## 7. Out of scope, and why',
    '',
    ...writeOutOfScope(context),
    '## 8. Not yet met',
    '',
    ...writeGaps(context),
  ]
    .join('\n')
    .trimEnd()}\n`;
}
