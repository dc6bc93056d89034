import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { Form } from 'react-router';
import { describeAnswer } from '../../engine/check-answer.ts';
import type { Flow } from '../../engine/flow-schema.ts';
import type { RecommendedAction } from '../../engine/recommend.ts';
import type { RecordReplay, ReplayedJourney } from '../../summary/replay-record.ts';
import { isUnchanged } from '../../summary/replay-record.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { WarningText } from '../components/warning-text.tsx';

/** The form field's name and the input's id: the error summary links to it. */
export const RECORD_CODE_FIELD = 'code';
const INPUT_ID = 'record-code';
/** A real code (flows/scenarios/cyberbullying-by-classmates.json under 2.0.0): a test replays it. */
const EXAMPLE_RECORD_CODE = 'OA-2-0-0-0470-242J-0FVT';

export type CheckRecordPageProps = {
  /** The code as the user typed it, kept in the box so that they can correct it. */
  code: string;
  /** Why the code was refused, in words they can act on. */
  error?: string | undefined;
  replay?: RecordReplay | undefined;
};

/**
 * "Check a record": a record code in, and the advice the tool gave when the
 * record was made (under that version) beside the advice it gives now, with
 * every difference stated. The code goes in a form that posts, never in the
 * URL, and nothing is kept.
 */
export function CheckRecordPage({ code, error, replay }: CheckRecordPageProps) {
  usePageTitle('Check a record', error !== undefined);
  const errorId = `${INPUT_ID}-error`;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {error !== undefined && <ErrorSummary errors={[{ fieldId: INPUT_ID, message: error }]} />}
          <h1 className="govuk-heading-xl">Check a record</h1>
          <p className="govuk-body">
            Enter the record code from a record summary made with this tool. You will see the advice the tool
            gave when the record was made and the advice it gives now for the same answers, and what has
            changed.
          </p>
          <p className="govuk-body">
            The code holds the answers, never names or notes. It is not kept, and nothing is sent anywhere.
          </p>
          <Form method="post" noValidate className="app-no-print">
            <div className={`govuk-form-group${error !== undefined ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--m" htmlFor={INPUT_ID}>
                Record code
              </label>
              <div id={`${INPUT_ID}-hint`} className="govuk-hint">
                It is near the end of the record summary, on the line that starts &ldquo;Record code&rdquo;.
                For example, <span className="app-nowrap">{EXAMPLE_RECORD_CODE}</span>. You can paste the
                whole line: small letters, spaces, dashes and the letter O for zero read the same.
              </div>
              {error !== undefined && (
                <p id={errorId} className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {error}
                </p>
              )}
              <input
                className={`govuk-input govuk-input--width-30${error !== undefined ? ' govuk-input--error' : ''}`}
                id={INPUT_ID}
                name={RECORD_CODE_FIELD}
                type="text"
                defaultValue={code}
                // A fresh box for each result: the value typed is what was checked.
                key={`${code} ${error ?? ''}`}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                aria-describedby={`${INPUT_ID}-hint${error !== undefined ? ` ${errorId}` : ''}`}
              />
            </div>
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Check record
            </button>
          </Form>
        </div>
      </div>
      {replay && <ReplayResult replay={replay} />}
    </>
  );
}

function titleOf(journey: ReplayedJourney, route: string): string {
  return journey.recommendation.actions.find((action) => action.route === route)?.title ?? route;
}

function headingOf(journey: ReplayedJourney, urgency: string): string {
  return journey.recommendation.urgencies.find((band) => band.id === urgency)?.heading ?? urgency;
}

function warningTitleOf(journey: ReplayedJourney, id: string): string {
  return journey.recommendation.warnings.find((warning) => warning.id === id)?.title ?? id;
}

function describeValue(flow: Flow, questionId: string, value: string | readonly string[]): string {
  const question = flow.questions.find((candidate) => candidate.id === questionId);
  return question ? describeAnswer(question, value).join('; ') : String(value);
}

function titleOfQuestion(flow: Flow, questionId: string): string {
  return flow.questions.find((question) => question.id === questionId)?.title ?? questionId;
}

function ReplayResult({ replay }: { replay: RecordReplay }) {
  const { then, now, differences, assuming } = replay;
  // A new result takes focus, so that screen reader users hear it (the layout leaves focus there).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [replay]);
  const unchanged = isUnchanged(differences);
  const sameVersion = replay.recordedWith.version === now.recommendation.flow.version;
  const urgencyChanges = Object.entries(differences.urgency);
  return (
    <section aria-labelledby="replay-heading" className="app-replay">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-l" id="replay-heading" tabIndex={-1} ref={heading} data-takes-focus>
            What has changed
          </h2>
          <p className="govuk-body">
            Record code {replay.code}. The record was made with version {replay.recordedWith.version} of the
            tool; this is version {now.recommendation.flow.version}.
          </p>
          {unchanged ? (
            <div className="govuk-inset-text" data-replay-unchanged>
              {sameVersion
                ? 'The record was made with this version of the tool: the advice is the same now.'
                : 'The advice for these answers is the same now as when the record was made.'}
            </div>
          ) : (
            <>
              <WarningText>The advice for these answers has changed since the record was made.</WarningText>
              {differences.adds.length > 0 && (
                <ChangeList title="Recommended now, and not then:" kind="adds">
                  {differences.adds.map((route) => (
                    <li key={route}>
                      {titleOf(now, route)} (
                      {headingOf(now, now.plan.actions.find((action) => action.route === route)!.urgency)})
                    </li>
                  ))}
                </ChangeList>
              )}
              {differences.removes.length > 0 && (
                <ChangeList title="Recommended then, and not now:" kind="removes">
                  {differences.removes.map((route) => (
                    <li key={route}>{titleOf(then, route)}</li>
                  ))}
                </ChangeList>
              )}
              {urgencyChanges.length > 0 && (
                <ChangeList title="Recommended at another urgency now:" kind="urgency">
                  {urgencyChanges.map(([route, [before, after]]) => (
                    <li key={route}>
                      {titleOf(now, route)}: {headingOf(then, before).toLowerCase()} then,{' '}
                      {headingOf(now, after).toLowerCase()} now
                    </li>
                  ))}
                </ChangeList>
              )}
              {differences.reordered && (
                <p className="govuk-body" data-replay-change="reordered">
                  Some actions at the same urgency now come in another order.
                </p>
              )}
              {differences.warnings.adds.length > 0 && (
                <ChangeList title="Warnings given now, and not then:" kind="warnings-added">
                  {differences.warnings.adds.map((id) => (
                    <li key={id}>{warningTitleOf(now, id)}</li>
                  ))}
                </ChangeList>
              )}
              {differences.warnings.removes.length > 0 && (
                <ChangeList title="Warnings given then, and not now:" kind="warnings-removed">
                  {differences.warnings.removes.map((id) => (
                    <li key={id}>{warningTitleOf(then, id)}</li>
                  ))}
                </ChangeList>
              )}
            </>
          )}
          {Object.keys(assuming).length > 0 && (
            <div data-replay-assumed>
              <h3 className="govuk-heading-m">What was assumed</h3>
              <p className="govuk-body">
                Version {now.recommendation.flow.version} asks questions that the record has no answer to. For
                each, the advice now takes the answer the tool uses when nothing is known, the cautious one:
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {Object.entries(assuming).map(([questionId, value]) => (
                  <li key={questionId}>
                    {titleOfQuestion(now.flow, questionId)}{' '}
                    <strong>{describeValue(now.flow, questionId, value)}</strong>
                  </li>
                ))}
              </ul>
              <p className="govuk-body">
                If you know these answers now, go through the questions again to see the advice for them.
              </p>
            </div>
          )}
          {replay.unused.length > 0 && (
            <div data-replay-unused>
              <p className="govuk-body govuk-!-margin-bottom-1">
                The record answers questions that version {now.recommendation.flow.version} no longer asks for
                these answers:
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {replay.unused.map((questionId) => (
                  <li key={questionId}>{titleOfQuestion(then.flow, questionId)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>

      <h2 className="govuk-heading-l">The advice then and now</h2>
      <div className="govuk-grid-row">
        <AdviceColumn
          side="then"
          heading={`Then: version ${replay.recordedWith.version}`}
          journey={then}
          mark={(action) => {
            if (differences.removes.includes(action.route)) return 'Not recommended now';
            const change = differences.urgency[action.route];
            return change ? `Now ${headingOf(now, change[1]).toLowerCase()}` : undefined;
          }}
        />
        <AdviceColumn
          side="now"
          heading={`Now: version ${now.recommendation.flow.version}`}
          journey={now}
          mark={(action) => {
            if (differences.adds.includes(action.route)) return 'New';
            const change = differences.urgency[action.route];
            return change ? `Was ${headingOf(then, change[0]).toLowerCase()}` : undefined;
          }}
        />
      </div>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-l">The answers in the record</h2>
          <dl className="govuk-summary-list">
            {then.path.map((questionId) => (
              <div className="govuk-summary-list__row" key={questionId}>
                <dt className="govuk-summary-list__key">{titleOfQuestion(then.flow, questionId)}</dt>
                <dd className="govuk-summary-list__value">
                  {describeValue(then.flow, questionId, then.answers[questionId]!)}
                </dd>
              </div>
            ))}
          </dl>
          <p className="govuk-body">
            This replays the answers only. It does not know what was done, or what was learned after the
            record was made.
          </p>
        </div>
      </div>
    </section>
  );
}

function ChangeList({ title, kind, children }: { title: string; kind: string; children: ReactNode }) {
  return (
    <div data-replay-change={kind}>
      <p className="govuk-body govuk-!-margin-bottom-1 govuk-!-font-weight-bold">{title}</p>
      <ul className="govuk-list govuk-list--bullet">{children}</ul>
    </div>
  );
}

function AdviceColumn({
  side,
  heading,
  journey,
  mark,
}: {
  side: 'then' | 'now';
  heading: string;
  journey: ReplayedJourney;
  mark: (action: RecommendedAction) => string | undefined;
}) {
  const { actions, warnings, urgencies } = journey.recommendation;
  const headingId = `replay-${side}-heading`;
  return (
    <section
      className="govuk-grid-column-one-half app-replay__side"
      aria-labelledby={headingId}
      data-replay={side}
    >
      <h3 className="govuk-heading-m app-replay__heading" id={headingId}>
        {heading}
      </h3>
      {warnings.length > 0 && (
        <>
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Warnings</h4>
          <ul className="govuk-list govuk-list--bullet">
            {warnings.map((warning) => (
              <li key={warning.id} data-replay-warning={warning.id}>
                {warning.title}
              </li>
            ))}
          </ul>
        </>
      )}
      {urgencies.map(({ id, heading: urgencyHeading }) => {
        const group = actions.filter((action) => action.urgency === id);
        if (group.length === 0) return null;
        return (
          <div key={id}>
            <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{urgencyHeading}</h4>
            <ol className="govuk-list govuk-list--number" start={actions.indexOf(group[0]!) + 1}>
              {group.map((action) => {
                const tag = mark(action);
                return (
                  <li key={action.route} data-replay-route={action.route} data-urgency={action.urgency}>
                    {action.title}
                    {tag && (
                      <>
                        {' '}
                        <strong className="govuk-tag app-replay__tag">{tag}</strong>
                      </>
                    )}
                    <br />
                    <span className="govuk-body-s">{action.who}</span>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
