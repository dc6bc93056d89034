import { z } from 'zod';

/**
 * The flow format, defined once. Types come from these schemas, and the editor
 * JSON Schema (flows/flow.schema.json) is generated from them. Parsing also
 * normalises what authors may write in two ways (a value or a list of values;
 * a route id or a route with options), so that code after the boundary sees
 * one shape only.
 */

/**
 * The most options a question may have. Checking a flow may try every set of
 * a many-choice question's options that its conditions tell apart, so this
 * bounds that list at 65,535 (the flow uses 9; see
 * docs/decisions/0030-limits-on-flows-and-command-line-input.md).
 */
export const MAX_OPTIONS = 16;

/** How deep conditions may nest (`all`, `any`, `not`); the flow nests 5 deep. */
export const MAX_CONDITION_DEPTH = 16;

/**
 * The most values (texts, numbers, lists and objects) a flow file may hold:
 * checking takes time in proportion to them, and the flow holds some 3,200
 * (decision 0030, amendment of 2026-12-03).
 */
export const MAX_FILE_VALUES = 20_000;

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens');

export const IsoDateSchema = z.iso.date({
  error: (issue) => (issue.input === undefined ? 'a date is required here' : 'dates are written YYYY-MM-DD'),
});

const reviewAfterCheck = (dated: { lastChecked: string; reviewBy: string }) =>
  dated.reviewBy >= dated.lastChecked;
const REVIEW_AFTER_CHECK = { message: 'reviewBy must not be earlier than lastChecked', path: ['reviewBy'] };

/** A single value, or a list meaning "any one of these"; always a list once parsed. */
const ValuesSchema = z
  .union([IdSchema, z.array(IdSchema).min(1)])
  .transform((values) => (typeof values === 'string' ? [values] : values));

/** A condition as parsed: every `is` and `includes` holds a list. */
export type Condition =
  | { question: string; is: string[] }
  | { question: string; includes: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** A condition as written in a flow file, where a single value may stand alone. */
export type ConditionInput =
  | { question: string; is: string | string[] }
  | { question: string; includes: string | string[] }
  | { all: ConditionInput[] }
  | { any: ConditionInput[] }
  | { not: ConditionInput };

/**
 * The closed condition language. `is` holds when a one-choice answer is one of
 * the values; `includes` when a many-choice answer includes any of them. A
 * question that was not asked satisfies neither.
 */
export const ConditionSchema: z.ZodType<Condition, ConditionInput> = z.lazy(() =>
  z.union([
    z.strictObject({ question: IdSchema, is: ValuesSchema }),
    z.strictObject({ question: IdSchema, includes: ValuesSchema }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

export const ConditionalTextSchema = z.strictObject({ text: z.string().min(1), when: ConditionSchema });
export type ConditionalText = z.infer<typeof ConditionalTextSchema>;

export const OptionSchema = z.strictObject({
  value: IdSchema,
  label: z.string().min(1),
  hint: z.string().min(1).optional(),
});
export type Option = z.infer<typeof OptionSchema>;

export const QuestionSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['one', 'many']),
  title: z.string().min(1),
  hint: z.string().min(1).optional(),
  /** Added to the hint when their condition holds on the answers so far (for example, for other staff). */
  hintsWhen: z.array(ConditionalTextSchema).optional(),
  summaryLabel: z.string().min(1),
  /** Shown when the form is sent with no answer: says what to do, as the Design System asks ("Select ..."). */
  errorMessage: z.string().min(1),
  askedWhen: ConditionSchema.optional(),
  /**
   * The answer taken when this question has no answer: a record made before it
   * existed, or a change of answer that brings it onto the path. Absent: the
   * option that is one of the flow's uncertain values, if there is one.
   */
  assumeIfUnanswered: IdSchema.optional(),
  options: z.array(OptionSchema).min(2).max(MAX_OPTIONS, `a question has at most ${MAX_OPTIONS} options`),
});
export type Question = z.infer<typeof QuestionSchema>;

/**
 * Which place decides whether a contact is the right one: none (a national
 * service), where the child lives (the answer to `roles.areaQuestion`), where
 * the adult of concern works (a LADO), the setting, or where the incident
 * happened. The last four are the partnership packs' `decidedBy`, so that a
 * pack's contacts can stand in for the flow's without a new engine.
 */
export const LOCAL_PLACES = ['child-home', 'adult-workplace', 'setting', 'incident-location'] as const;
export const CONTACT_PLACES = ['national', ...LOCAL_PLACES] as const;
export const ContactPlaceSchema = z.enum(CONTACT_PLACES);
export type ContactPlace = z.infer<typeof ContactPlaceSchema>;

/** What a contact shown beside a route's main contact is: its out-of-hours line, or another way to do the same. */
export const ContactBesideSchema = z.enum(['out-of-hours', 'alternative']);

const LINK_KINDS: readonly string[] = ['phone', 'website'];

export const ContactSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(['phone', 'website', 'email', 'text']),
    label: z.string().min(1),
    value: z.string().min(1),
    hours: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    /**
     * Which place decides it. Absent: `child-home` when `areas` is given,
     * otherwise `national` (what every flow before these fields meant).
     */
    decidedBy: ContactPlaceSchema.optional(),
    /**
     * The places this contact serves, as answers to the area question (the
     * councils' names are its options, whichever place decides): for
     * `child-home` the areas where the child may live, for `adult-workplace`
     * those where the adult may work. Required unless the contact is national.
     */
    areas: z.array(IdSchema).min(1).optional(),
    /**
     * The route's main contact where it applies: what the plan at a glance
     * offers as one tap. Data, never read from the label's wording.
     */
    main: z.literal(true).optional(),
    /** Shown beside the main contact in the plan at a glance: its out-of-hours line, or a second way (CEOP's 101). */
    beside: ContactBesideSchema.optional(),
    /** The words of its button in the plan at a glance, for a website ("Report to CEOP online"); a phone says "Call" and its number. */
    short: z.string().min(1).max(45, 'a short text has at most 45 characters').optional(),
    source: IdSchema,
    /** False where the research could not confirm the detail: the app says so. */
    confirmed: z.boolean(),
    lastChecked: IsoDateSchema,
    reviewBy: IsoDateSchema,
  })
  .refine(reviewAfterCheck, REVIEW_AFTER_CHECK)
  .refine((contact) => !(contact.decidedBy === 'national' && contact.areas), {
    message: 'a national contact serves every area: remove areas, or say which place decides it',
    path: ['areas'],
  })
  .refine((contact) => contact.decidedBy === undefined || contact.decidedBy === 'national' || contact.areas, {
    message: 'a contact decided by a place names the areas it serves',
    path: ['areas'],
  })
  .refine((contact) => !(contact.main && contact.beside), {
    message: 'a contact is either the main contact or shown beside it, not both',
    path: ['beside'],
  })
  .refine((contact) => !(contact.main || contact.beside) || LINK_KINDS.includes(contact.kind), {
    message:
      'a main contact, or one shown beside it, is a phone or a website: the plan at a glance links to it',
    path: ['kind'],
  })
  .transform((contact): typeof contact & { decidedBy: ContactPlace } =>
    contact.decidedBy
      ? { ...contact, decidedBy: contact.decidedBy }
      : { ...contact, decidedBy: contact.areas ? 'child-home' : 'national' },
  );
export type Contact = z.infer<typeof ContactSchema>;
export type ContactInput = z.input<typeof ContactSchema>;

export const RouteSchema = z.strictObject({
  id: IdSchema,
  /** The default urgency: one of the flow's declared urgencies. A rule may raise it. */
  urgency: IdSchema,
  /** Who does it: anyone using the tool, or the designated safeguarding lead. */
  by: z.enum(['anyone', 'safeguarding-lead']),
  title: z.string().min(1),
  /** The title in the plan at a glance. */
  short: z.string().min(1).max(45, 'a short title has at most 45 characters'),
  steps: z.array(z.string().min(1)).min(1),
  stepsWhen: z.array(ConditionalTextSchema).optional(),
  /** What the service contacted will ask for, so the user can have it ready. */
  haveReady: z.array(z.string().min(1)).optional(),
  sources: z.array(IdSchema).min(1),
  contacts: z.array(ContactSchema).optional(),
});
export type Route = z.infer<typeof RouteSchema>;

export const WarningSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  items: z.array(z.string().min(1)).min(1),
  itemsWhen: z.array(ConditionalTextSchema).optional(),
  when: ConditionSchema,
  sources: z.array(IdSchema).min(1),
});
export type Warning = z.infer<typeof WarningSchema>;

/** What a rule adds: a route, at its own urgency unless raised, and only when `when` also holds. */
export type RuleAddition = { route: string; urgency?: string; when?: Condition };

const RuleAdditionSchema = z
  .union([
    IdSchema,
    z.strictObject({ route: IdSchema, urgency: IdSchema.optional(), when: ConditionSchema.optional() }),
  ])
  .transform((addition): RuleAddition => (typeof addition === 'string' ? { route: addition } : addition));

export const RuleSchema = z.strictObject({
  id: z.string().regex(/^R[0-9]+$/, 'rule ids are R followed by a number, as in the spec'),
  when: ConditionSchema,
  add: z.array(RuleAdditionSchema).min(1),
  reason: z.string().min(1),
  /** Added to the reason when their condition holds (for example, naming who pressured the child). */
  reasonWhen: z.array(ConditionalTextSchema).optional(),
  sources: z.array(IdSchema).min(1),
  /** For authors and auditors: why the rule is as it is, where it departs from or adds to the spec. */
  note: z.string().min(1).optional(),
});
export type Rule = z.infer<typeof RuleSchema>;

export const LawNoteSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  text: z.string().min(1),
  when: ConditionSchema.optional(),
  sources: z.array(IdSchema).min(1),
});
export type LawNote = z.infer<typeof LawNoteSchema>;

export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url({ protocol: /^https$/ }).optional(),
    note: z.string().min(1).optional(),
    confirmed: z.boolean(),
    lastChecked: IsoDateSchema,
    reviewBy: IsoDateSchema,
  })
  .refine(reviewAfterCheck, REVIEW_AFTER_CHECK);
export type Source = z.infer<typeof SourceSchema>;

/**
 * The ids that play a part the code relies on. Generic code reads them here
 * rather than knowing, say, what the emergency route is called;
 * parseFlow checks that each one exists, so renaming an id in the flow either
 * works or fails loudly.
 */
export const FlowRolesSchema = z.strictObject({
  /** The route that opens the "call 999" page straight after the answer that adds it. */
  emergencyRoute: IdSchema,
  /** Answer values that mean "I don't know": never lower the response, and named in reasons. */
  uncertainValues: z.array(IdSchema).min(1),
  /** The question that says who is using the tool, and its answer for the safeguarding lead. */
  userRole: z.strictObject({ question: IdSchema, safeguardingLead: IdSchema }),
  /** The question whose answer chooses the contacts shown: where the child lives (`child-home`). */
  areaQuestion: IdSchema,
  /**
   * The questions that answer the other places a contact may be decided by,
   * with the area question's options (for example where the adult works, for
   * the LADO). A place without one is never asked, so a contact it decides is
   * never the main contact: it is listed with its condition instead.
   */
  placeQuestions: z
    .partialRecord(z.enum(['adult-workplace', 'setting', 'incident-location']), IdSchema)
    .optional(),
  /** The questions the record summary shows at its top, in this order. */
  recordHeader: z.array(IdSchema).min(1),
  /** The urgency bands, most urgent first, with the heading each has on the page and in the record. */
  urgencies: z.array(z.strictObject({ id: IdSchema, heading: z.string().min(1) })).min(1),
  /**
   * The referrals a user may expect: when one is not in the plan, the page says
   * which answer kept it out. A list of routes counts as one referral, present
   * when any of them is (for example a report to CEOP is a report to the police).
   */
  referralRoutes: z
    .array(z.union([IdSchema, z.array(IdSchema).min(1)]))
    .min(1)
    .transform((referrals) =>
      referrals.map((referral) => (typeof referral === 'string' ? [referral] : referral)),
    ),
  /** How each action says who does it, in full and in the plan at a glance. */
  actionBy: z.strictObject({
    you: z.string().min(1),
    safeguardingLead: z.string().min(1),
    /**
     * The same for an action the plan raises to its most urgent band: "today"
     * and "reached today" would be wrong there. Flows before 3.1.0 had no such
     * action, and fall back to `safeguardingLead`.
     */
    safeguardingLeadNow: z.string().min(1).optional(),
    // Flows before 3.0.0 had no short forms: these are the words the plan at a glance used for them.
    youShort: z.string().min(1).max(40).default('By you'),
    safeguardingLeadShort: z.string().min(1).max(40).default('By your DSL'),
  }),
  /**
   * Who leads an action of the safeguarding lead's instead, when a condition
   * holds: for a concern about the safeguarding lead, say, nothing may be done
   * by, or routed through, them. The first entry whose `when` holds and whose
   * `routes` (all the lead's routes when absent) name the action wins, for
   * every user, since the user may be the safeguarding lead reporting a deputy.
   */
  leadWhen: z
    .array(
      z.strictObject({
        when: ConditionSchema,
        /** An id for who leads (for example the head teacher), printed in the triage JSON. */
        lead: IdSchema,
        routes: z.array(IdSchema).min(1).optional(),
        /** Who does it, in words, as `actionBy` says it. */
        who: z.string().min(1),
        /** Who does it when the action is in the most urgent band (as `actionBy.safeguardingLeadNow`). */
        whoNow: z.string().min(1).optional(),
        /** The same in the plan at a glance. */
        short: z.string().min(1).max(40),
      }),
    )
    .optional(),
});
export type FlowRoles = z.infer<typeof FlowRolesSchema>;

export const FlowSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versions are MAJOR.MINOR.PATCH'),
  /** Two to four capital letters that stand for the flow in record codes (never change it). */
  shortId: z.string().regex(/^[A-Z]{2,4}$/, 'a short id is 2 to 4 capital letters'),
  title: z.string().min(1),
  procedure: z.strictObject({
    title: z.string().min(1),
    areas: z.string().min(1),
    printedOn: IsoDateSchema,
    source: IdSchema,
  }),
  roles: FlowRolesSchema,
  questions: z.array(QuestionSchema).min(1),
  routes: z.array(RouteSchema).min(1),
  warnings: z.array(WarningSchema),
  rules: z.array(RuleSchema).min(1),
  lawNotes: z.array(LawNoteSchema),
  sources: z.array(SourceSchema).min(1),
});
export type Flow = z.infer<typeof FlowSchema>;
export type FlowInput = z.input<typeof FlowSchema>;
