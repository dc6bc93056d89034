import { InPageLink } from './in-page-link.tsx';
import { PLAN_CHANGES_ID } from './plan-changes-section.tsx';

/**
 * "Your plan could change if": the few lines, in plain words, that a person can
 * act on (describePlainChanges), beside the plan as NHS 111 puts "if things get
 * worse" beside its advice; the full list stays collapsed further down.
 */
export function PlainChanges({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <section className="app-plain-changes" aria-labelledby="plain-changes-heading" data-plain-changes>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id="plain-changes-heading">
        If you find out more
      </h2>
      <ul className="govuk-list govuk-list--bullet app-plain-changes__lines">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {/* The way to the full list, as the list's last line: a paragraph of its own cost the tallest plans their 6-screen budget. */}
        <li>
          <InPageLink targetId={PLAN_CHANGES_ID}>Every answer that would change this plan</InPageLink>
        </li>
      </ul>
    </section>
  );
}
