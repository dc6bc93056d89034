/**
 * What a user may add to their record summary, one entry per field: the form
 * on the recommendation page, the copy kept in the tab (length-checked when it
 * is read back) and the summary text are all drawn from this table, so a new
 * field is one entry here.
 */
export type RecordNoteField = {
  /** The key in the saved journey and the form field's name. Never rename: saved journeys use it. */
  id: string;
  /** The form label, speaking to the user. */
  label: string;
  hint: string;
  /** The label before it in the record summary, short, since the record must fit 30 lines (docs/decisions/0063). */
  summaryLabel: string;
  /** The most it may hold, in characters: enough for a record, small enough to paste anywhere. */
  limit: number;
  multiline: boolean;
};

export const RECORD_NOTE_FIELDS = [
  {
    id: 'whoTold',
    label: 'Who you told or called, and when (optional)',
    hint: "For example: told the DSL at 10:15, called children's social care at 10:40.",
    summaryLabel: 'Who I told or called, and when',
    limit: 1000,
    multiline: true,
  },
  {
    id: 'referenceNumbers',
    label: 'Reference numbers (optional)',
    hint: 'For example a police incident number or a referral number.',
    summaryLabel: 'Reference numbers',
    limit: 200,
    multiline: false,
  },
  {
    id: 'notes',
    label: 'Your notes (optional)',
    hint: 'Anything else you want in your record.',
    summaryLabel: 'My notes',
    limit: 3000,
    multiline: true,
  },
  {
    id: 'childsWords',
    label: "The child's own words (optional)",
    hint: 'If the child told you anything, write it down exactly as they said it, word for word, even if it is unclear or uses slang. Do not tidy it up, explain it, or ask the child for more to fill this in.',
    summaryLabel: "The child's own words, as said",
    limit: 3000,
    multiline: true,
  },
  {
    id: 'parentsTold',
    label: 'Were parents or carers told? If not, why not? (optional)',
    hint: "For example: told the child's mother by phone at 15:00. Or: not told, because the DSL and children's social care agreed that telling them could put the child at risk.",
    summaryLabel: 'Parents or carers told',
    limit: 1000,
    multiline: true,
  },
] as const satisfies readonly RecordNoteField[];

export type RecordNoteId = (typeof RECORD_NOTE_FIELDS)[number]['id'];

/** The user's notes, by field; a field left empty may be absent. */
export type RecordNotes = Partial<Record<RecordNoteId, string>>;
