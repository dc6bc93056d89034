import type { Answers } from '../engine/answers.ts';
import type { Flow } from '../engine/flow-schema.ts';
import type { ActionChange } from '../engine/compare-actions.ts';
import type { ChangeGroup, FlowDiff } from '../verification/diff-flows.ts';
import { keepKnownAnswers } from '../verification/diff-flows.ts';

/** What `flow:diff --json` prints (../shared/spec/contracts.md, "Flow difference report"). */
export type FlowDiffJson = {
  old: { id: string; version: string };
  new: { id: string; version: string };
  compared: number;
  changed: number;
  onlyNew: number;
  /** Present only when some combinations need an answer only the old flow has. */
  onlyOld?: number;
  groups: ChangeGroup[];
};

export function toFlowDiffJson(diff: FlowDiff): FlowDiffJson {
  return {
    old: diff.old,
    new: diff.new,
    compared: diff.compared,
    changed: diff.changed,
    onlyNew: diff.onlyNew,
    ...(diff.onlyOld > 0 ? { onlyOld: diff.onlyOld } : {}),
    groups: diff.groups,
  };
}

/** A change in a few words: "+ support-child (today); - manage-in-setting (next); police: today -> now". */
export function describeChange(change: ActionChange): string {
  return [
    ...change.adds.map(({ route, urgency }) => `+ ${route} (${urgency})`),
    ...change.removes.map(({ route, urgency }) => `- ${route} (${urgency})`),
    ...Object.entries(change.urgency).map(([route, [before, after]]) => `${route}: ${before} -> ${after}`),
    ...(change.reordered ? ['routes at the same urgency in another order'] : []),
  ].join('; ');
}

const formatCount = (count: number) => count.toLocaleString('en-GB');
const formatShare = (part: number, whole: number) =>
  whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`;

/**
 * A Markdown table laid out as Prettier lays it out (cells padded to the
 * widest, numbers right-aligned), so that the report can be committed as
 * printed and `prettier --check` passes. Cells hold plain ASCII.
 */
function writeTable(header: string[], rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells
      .map((cell, column) =>
        rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, column) => (rightAligned.has(column) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)))
    .join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)];
}

/** A shell command that runs the triage on these answers with this flow file. */
function writeTriageCommand(answers: Answers, flowFile: string): string {
  return `echo '${JSON.stringify({ answers })}' | npm run --silent triage -- - --flow ${flowFile}`;
}

/**
 * The flow difference report for a reviewer, in Markdown: the figures, a
 * table of the groups of changes, and for each group an example to run on
 * both flows and a line for the reviewer to say which change to the rules
 * caused it. Suitable to commit as docs/flow-changes/OLD-to-NEW.md.
 */
export function writeFlowDiffReport(
  diff: FlowDiff,
  flows: { old: Flow; new: Flow },
  files: { old: string; new: string },
): string {
  const lines: string[] = [];
  const { old: oldFlow, new: newFlow } = flows;
  lines.push(
    `# Flow changes: ${diff.old.id} ${diff.old.version} to ${diff.new.id} ${diff.new.version}`,
    '',
    `Written by \`npm run --silent flow:diff -- ${files.old} ${files.new}\`. It walks every answer combination that both flows can take, and compares the actions each flow gives (which routes, in what order, at what urgency); nothing is sampled.`,
    '',
    `- Compared: **${formatCount(diff.compared)}** answer combinations that both flows can take (the old flow has ${formatCount(diff.paths.old)} complete journeys, the new flow ${formatCount(diff.paths.new)}).`,
    `- Changed: **${formatCount(diff.changed)}** (${formatShare(diff.changed, diff.compared)}) changed their actions, in ${diff.groups.length} group${diff.groups.length === 1 ? '' : 's'}.`,
  );
  const describeValues = (entries: FlowDiff['onlyNewValues']) =>
    entries
      .map((entry) =>
        entry.kindDiffers
          ? `${entry.question} (one choice in one flow, many in the other)`
          : `${entry.question}: ${entry.values.join(', ')}`,
      )
      .join('; ');
  lines.push(
    `- Only the new flow: **${formatCount(diff.onlyNew)}** of its journeys use an answer the old flow does not have${diff.onlyNewValues.length > 0 ? ` (${describeValues(diff.onlyNewValues)})` : ''}. They are not compared.`,
  );
  if (diff.onlyOld > 0 || diff.onlyOldValues.length > 0)
    lines.push(
      `- Only the old flow: **${formatCount(diff.onlyOld)}** of its journeys use an answer the new flow does not have${diff.onlyOldValues.length > 0 ? ` (${describeValues(diff.onlyOldValues)})` : ''}. They are not compared.`,
    );
  if (diff.onlyNewQuestions.length > 0)
    lines.push(
      `- Questions only the new flow asks, answered in every way (the old flow ignores them): ${diff.onlyNewQuestions.join(', ')}.`,
    );
  if (diff.onlyOldQuestions.length > 0)
    lines.push(
      `- Questions only the old flow asks, answered in every way (the new flow ignores them): ${diff.onlyOldQuestions.join(', ')}.`,
    );
  if (diff.countedByMultiplicity.length > 0)
    lines.push(
      `- Counted, not walked: ${diff.countedByMultiplicity.map((entry) => `${entry.question} (${entry.shared} answer${entry.shared === 1 ? '' : 's'})`).join(', ')}. No condition that decides a path or an action reads them in either flow, so each of their answers gives the same actions.`,
    );

  if (diff.groups.length === 0) {
    lines.push('', 'No combination changed its actions.');
    return `${lines.join('\n')}\n`;
  }

  lines.push(
    '',
    '## Changes',
    '',
    ...writeTable(
      ['Group', 'Change', 'Combinations', 'Share'],
      diff.groups.map((group, index) => [
        String(index + 1),
        describeChange(group),
        formatCount(group.count),
        formatShare(group.count, diff.compared),
      ]),
      new Set([2, 3]),
    ),
    '',
    'Each group below gives one example, with the commands that run it on each flow. The reviewer replaces the … after "Caused by" with the change to the rules that caused the group; a group that no intended change explains is a bug.',
  );
  diff.groups.forEach((group, index) => {
    const oldAnswers = keepKnownAnswers(oldFlow, group.example);
    const left = Object.keys(group.example).filter((question) => !(question in oldAnswers));
    lines.push(
      '',
      `## Group ${index + 1}: ${describeChange(group)}`,
      '',
      `${formatCount(group.count)} combination${group.count === 1 ? '' : 's'}. An example, on the old flow${left.length > 0 ? ` (without ${left.join(', ')}: questions it does not have)` : ''} and on the new:`,
      '',
      '```sh',
      writeTriageCommand(oldAnswers, files.old),
      writeTriageCommand(keepKnownAnswers(newFlow, group.example), files.new),
      '```',
      '',
      'Caused by: …',
    );
  });
  return `${lines.join('\n')}\n`;
}
