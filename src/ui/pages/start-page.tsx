import { Link } from 'react-router';
import { formatLongDate } from '../../format-date.ts';
import { describeDuration, SHARED_COMPUTER_TIMEOUT } from '../components/shared-computer-timeout.ts';
import { NeedsJavaScriptNotice } from '../components/needs-javascript-notice.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { WarningText } from '../components/warning-text.tsx';

export type StartPageProps = {
  flow: {
    id: string;
    version: string;
    title: string;
    procedure: { title: string; areas: string; printedOn: string };
  };
  /** Where "Start now" goes: the first question. */
  startPath: string;
  howItDecidesPath: string;
  /** "Check a record": replay the record code of an earlier record. */
  checkRecordPath: string;
};

export function StartPage({ flow, startPath, howItDecidesPath, checkRecordPath }: StartPageProps) {
  usePageTitle(flow.title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{flow.title}</h1>
        <WarningText className="app-emergency-line">
          If a child is in immediate danger, call{' '}
          <a href="tel:999" className="govuk-link">
            999
          </a>{' '}
          now, before anything else.
        </WarningText>
        <p className="govuk-body-l">
          Find out what to do, and in what order, when you learn that a child may be being abused online.
        </p>
        <p className="govuk-body">
          You answer a few questions, one at a time, then get the actions to take in order, with contacts and
          a summary to copy into your records. The questions need JavaScript.
        </p>
        <Link
          to={startPath}
          role="button"
          draggable={false}
          className="govuk-button govuk-button--start"
          data-module="govuk-button"
        >
          Start now
          <svg
            className="govuk-button__start-icon"
            xmlns="http://www.w3.org/2000/svg"
            width="17.5"
            height="19"
            viewBox="0 0 33 40"
            aria-hidden="true"
            focusable="false"
          >
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>
        <NeedsJavaScriptNotice />
        <h2 className="govuk-heading-m">Who it is for and what it covers</h2>
        <p className="govuk-body">
          Professionals and volunteers who work with children in {flow.procedure.areas}: for example teachers,
          designated safeguarding leads, youth workers and nurses. It covers:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>nude or sexual images of a child, sexual messages, grooming and sextortion</li>
          <li>live-streaming abuse</li>
          <li>terrorist material and radicalisation</li>
          <li>cyberbullying and other harmful content</li>
          <li>concerns about how an adult who works with children behaves online</li>
        </ul>
        <p className="govuk-body">
          For each action you see who to contact for the child's area and why the action applies.
        </p>
        <h2 className="govuk-heading-m">Before you start</h2>
        <p className="govuk-body">
          Your answers stay in this browser tab and are cleared when you close it. Nothing is sent anywhere.
        </p>
        <p className="govuk-body">
          On a shared computer, close the tab when you have finished. If there is no activity for{' '}
          {describeDuration(SHARED_COMPUTER_TIMEOUT.warnAfterMs)}, the tool warns you, and{' '}
          {describeDuration(SHARED_COMPUTER_TIMEOUT.clearAfterWarningMs)} later it clears your answers and
          notes.
        </p>
        <p className="govuk-body">
          It supports, and does not replace, your professional judgement, your setting's safeguarding policy
          and your designated safeguarding lead.
        </p>
        <h2 className="govuk-heading-m">Records made with this tool</h2>
        <p className="govuk-body">
          Every record summary ends with a record code. To see the advice a record was given and the advice
          the tool gives now for the same answers,{' '}
          <Link to={checkRecordPath} className="govuk-link">
            check a record
          </Link>
          .
        </p>
        <h2 className="govuk-heading-m">What it is based on</h2>
        <p className="govuk-body">
          {flow.procedure.title}, as printed on {formatLongDate(flow.procedure.printedOn)}, brought up to date
          with current law and national guidance.
        </p>
        <p className="govuk-body-s">
          Decision flow {flow.id}, version {flow.version}.{' '}
          <Link to={howItDecidesPath} className="govuk-link">
            How this tool decides
          </Link>{' '}
          shows every question and rule, with its source.
        </p>
      </div>
    </div>
  );
}
