import type { ChangeEvent } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import type { RecordNoteField, RecordNoteId, RecordNotes } from '../../summary/record-notes.ts';
import { RECORD_NOTE_FIELDS } from '../../summary/record-notes.ts';
import type { RecordSummaryOptions } from '../../summary/write-record-summary.ts';

export type RecordSummarySectionProps = {
  /** The notes saved so far; the section keeps what is typed from then on. */
  notes: RecordNotes;
  /** Called with all the notes after each change, to save them. */
  onNotesChange: (notes: RecordNotes) => void;
  /** The core record for the notes as they are, stamped with the current time; with `full`, the reasoning too. */
  writeSummary: (notes: RecordNotes, options?: RecordSummaryOptions) => string;
  /** The date part of the downloaded file's name, YYYY-MM-DD. */
  fileDate: () => string;
};

function describeRemaining(limit: number, length: number): string {
  const remaining = limit - length;
  if (remaining <= 0) return `You have reached the limit of ${limit} characters. Anything longer is cut off.`;
  return `You have ${remaining} character${remaining === 1 ? '' : 's'} remaining`;
}

function NoteInput({
  field,
  value,
  onChange,
}: {
  field: RecordNoteField & { id: RecordNoteId };
  value: string;
  onChange: (field: RecordNoteId, value: string) => void;
}) {
  const id = `record-${field.id}`;
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onChange(field.id, event.target.value);
  const common = {
    id,
    name: field.id,
    value,
    maxLength: field.limit,
    onChange: change,
    'aria-describedby': `${id}-hint ${id}-count`,
  };
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {field.label}
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        {field.hint} You can enter up to {field.limit} characters.
      </div>
      {field.multiline ? (
        <textarea className="govuk-textarea govuk-!-margin-bottom-1" rows={4} {...common} />
      ) : (
        <input className="govuk-input govuk-!-margin-bottom-1" type="text" {...common} />
      )}
      <div id={`${id}-count`} className="govuk-hint govuk-body-s" aria-live="polite">
        {describeRemaining(field.limit, value.length)}
      </div>
    </div>
  );
}

/** What the print stylesheet prints: the core record alone, or the plan without the record's form. */
export type PrintChoice = 'record' | 'plan';

/**
 * Prints the record or the plan: the choice is an attribute on the root
 * element that the print stylesheet reads, taken off once the dialogue closes
 * so that the browser's own Print gives the plan.
 */
function printOnly(choice: PrintChoice) {
  const root = document.documentElement;
  root.dataset['print'] = choice;
  window.addEventListener('afterprint', () => delete root.dataset['print'], { once: true });
  window.print();
}

/**
 * The record: the user's own notes, then the core record as it will be copied,
 * shown in full before it is copied (records systems often lock text once
 * saved), then copy, download (with the full reasoning) and print, with
 * visible confirmation (docs/decisions/0063).
 */
export function RecordSummarySection({
  notes: savedNotes,
  onNotesChange,
  writeSummary,
  fileDate,
}: RecordSummarySectionProps) {
  // Typing shows at once; saving happens alongside, through onNotesChange.
  const [notes, setNotes] = useState(savedNotes);
  const [status, setStatus] = useState<string>();
  const summaryBox = useRef<HTMLTextAreaElement>(null);
  const text = writeSummary(notes);
  // Every line in view, however narrow the screen makes them wrap: the record is read before it is
  // copied, and a box that scrolls hides part of it.
  useLayoutEffect(() => {
    const fit = () => {
      const box = summaryBox.current;
      if (!box) return;
      box.style.height = 'auto';
      box.style.height = `${box.scrollHeight + box.offsetHeight - box.clientHeight}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [text]);
  const change = (field: RecordNoteId, value: string) => {
    setStatus(undefined);
    const changed = { ...notes, [field]: value };
    setNotes(changed);
    onNotesChange(changed);
  };

  const selectSummary = () => {
    summaryBox.current?.focus();
    summaryBox.current?.select();
  };

  const copy = async () => {
    const fresh = writeSummary(notes);
    try {
      if (!navigator.clipboard) throw new Error('The Clipboard API is not available');
      await navigator.clipboard.writeText(fresh);
      setStatus('Summary copied. Paste it into your records.');
    } catch {
      // Refused (permissions, an insecure page, an older browser): select the
      // visible text so that the user can copy it with the keyboard.
      selectSummary();
      setStatus(
        'Your browser did not let this page copy. The summary is selected: press Ctrl and C (or Command and C on a Mac) to copy it.',
      );
    }
  };

  const download = () => {
    const fileName = `online-abuse-triage-summary-${fileDate()}.txt`;
    const url = URL.createObjectURL(
      new Blob([writeSummary(notes, { full: true })], { type: 'text/plain;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Summary downloaded as ${fileName}.`);
  };

  return (
    <section className="app-record" aria-labelledby="record-heading">
      <h2 className="govuk-heading-l" id="record-heading">
        Your record summary
      </h2>
      <div className="app-no-print">
        <p className="govuk-body">
          Add what you did. The record below changes as you type: read it, then copy it into your own records
          system. Nothing you type here is sent anywhere.
        </p>
        {RECORD_NOTE_FIELDS.map((field) => (
          <NoteInput key={field.id} field={field} value={notes[field.id] ?? ''} onChange={change} />
        ))}
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="record-summary">
            Your record, exactly as it will be copied
          </label>
          <div id="record-summary-hint" className="govuk-hint">
            Check it before you copy it: some records systems do not let you change text once it is saved.
          </div>
          <textarea
            className="govuk-textarea app-record__text"
            ref={summaryBox}
            id="record-summary"
            aria-describedby="record-summary-hint"
            rows={text.split('\n').length}
            readOnly
            value={text}
          />
        </div>
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button"
            data-module="govuk-button"
            onClick={() => void copy()}
          >
            Copy summary
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={download}
          >
            Download summary
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => printOnly('record')}
          >
            Print the record
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => printOnly('plan')}
          >
            Print this plan
          </button>
        </div>
        <p className="govuk-body">The download adds the full reasoning behind each step, as an appendix.</p>
        <div role="status" className="app-record__status">
          {status && <p className="govuk-inset-text govuk-!-margin-top-0">{status}</p>}
        </div>
      </div>
      <pre className="app-record__print">{text}</pre>
    </section>
  );
}
