import type { FlowDiagram } from '../../diagram/flow-diagram.ts';
import { FlowChart } from '../components/flow-chart.tsx';
import { usePageTitle } from '../components/use-page-title.ts';

/**
 * "How this tool decides": the questions, the moves between them and the
 * rules, all drawn from the flow at build time, so that a safeguarding lead
 * can audit the logic the tool actually runs.
 */
export function HowItDecidesPage({ diagram }: { diagram: FlowDiagram }) {
  usePageTitle('How this tool decides');
  const titleOf = new Map(
    diagram.questions.map((question) => [question.id, `${question.number}. ${question.title}`]),
  );
  const routeTitle = new Map(diagram.routes.map((route) => [route.id, route.title]));
  const urgencyHeading = new Map(diagram.urgencies.map((urgency) => [urgency.id, urgency.heading]));
  const target = (id: string) => (id === diagram.end ? 'the recommendation' : (titleOf.get(id) ?? id));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <span className="govuk-caption-l">
          Flow {diagram.flow.id}, version {diagram.flow.version}
        </span>
        <h1 className="govuk-heading-l">How this tool decides</h1>
        <p className="govuk-body">
          Everything on this page is drawn from the same flow file that the triage runs, when the site is
          built. The questions decide which question comes next. When the questions are done, every rule whose
          condition holds adds its actions. An action appears once, with all its reasons, in the order: do
          this now, today, next steps.
        </p>

        <h2 className="govuk-heading-m">The questions</h2>
        <div className="app-flow-chart__frame">
          <FlowChart diagram={diagram} />
        </div>
        <ol className="govuk-list govuk-list--number" aria-label="Questions, in the order they can be asked">
          {diagram.questions.map((question) => (
            <li key={question.id} data-question={question.id}>
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{question.title}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {question.askedWhen ? `Asked when: ${question.askedWhen}.` : 'Always asked.'}{' '}
                {question.kind === 'many' ? 'Choose one or more: ' : 'Choose one: '}
                {question.options.map((option) => option.label).join('; ')}.
              </p>
              <ul className="govuk-list govuk-list--bullet govuk-body-s">
                {diagram.steps
                  .filter((step) => step.from === question.id)
                  .map((step) => (
                    <li key={step.to}>
                      {step.kind === 'if'
                        ? `If ${step.when}: `
                        : step.kind === 'otherwise'
                          ? 'Otherwise: '
                          : 'Then: '}
                      {target(step.to)}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>

        <h2 className="govuk-heading-m">The rules</h2>
        <div className="app-table-scroll" tabIndex={0} role="region" aria-label="The rules, scrollable">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {diagram.rules.length} rules. When a rule&apos;s condition holds, it adds its actions.
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Rule
                </th>
                <th scope="col" className="govuk-table__header">
                  When
                </th>
                <th scope="col" className="govuk-table__header">
                  Adds
                </th>
                <th scope="col" className="govuk-table__header">
                  Why, and the source
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {diagram.rules.map((rule) => (
                <tr key={rule.id} className="govuk-table__row" data-rule={rule.id}>
                  <th scope="row" className="govuk-table__header">
                    {rule.id}
                  </th>
                  <td className="govuk-table__cell">{rule.when}</td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list">
                      {rule.routes.map((route) => (
                        <li key={route}>{routeTitle.get(route) ?? route}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="govuk-table__cell">
                    <p className="govuk-body-s">{rule.reason}</p>
                    <p className="govuk-body-s">Sources: {rule.sources.join('; ')}.</p>
                    {rule.note && <p className="govuk-body-s">Note: {rule.note}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <h2 className="govuk-heading-m">The actions, in the order they are shown</h2>
        <ol className="govuk-list govuk-list--number">
          {diagram.routes.map((route) => (
            <li key={route.id} data-route-id={route.id}>
              {route.title} ({urgencyHeading.get(route.urgency) ?? route.urgency}; added by{' '}
              {route.rules.join(', ')})
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
