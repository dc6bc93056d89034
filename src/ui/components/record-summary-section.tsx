import type { ChangeEvent } from 'react';
import { useRef, useState } from 'react';
import type { RecordNoteField, RecordNoteId, RecordNotes } from '../../summary/record-notes.ts';
import { RECORD_NOTE_FIELDS } from '../../summary/record-notes.ts';

export type RecordSummarySectionProps = {
  /** The notes saved so far; the section keeps what is typed from then on. */
  notes: RecordNotes;
  /** Called with all the notes after each change, to save them. */
  onNotesChange: (notes: RecordNotes) => void;
  /** The summary text for the notes as they are, stamped with the current time. */
  writeSummary: (notes: RecordNotes) => string;
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

/** The record summary: the user's own notes, then copy, download and print, with visible confirmation. */
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
    const url = URL.createObjectURL(new Blob([writeSummary(notes)], { type: 'text/plain;charset=utf-8' }));
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
          Add what you did, then copy, download or print the summary for your own records system. Nothing you
          type here is sent anywhere.
        </p>
        {RECORD_NOTE_FIELDS.map((field) => (
          <NoteInput key={field.id} field={field} value={notes[field.id] ?? ''} onChange={change} />
        ))}
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="record-summary">
            Summary to copy into your records
          </label>
          <textarea
            className="govuk-textarea app-record__text"
            ref={summaryBox}
            id="record-summary"
            rows={16}
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
            onClick={() => window.print()}
          >
            Print
          </button>
        </div>
        <div role="status" className="app-record__status">
          {status && <p className="govuk-inset-text govuk-!-margin-top-0">{status}</p>}
        </div>
      </div>
      <pre className="app-print-only app-record__print">{text}</pre>
    </section>
  );
}
