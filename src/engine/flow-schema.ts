import { z } from 'zod';

/**
 * The flow format, defined once. Types come from these schemas, and the editor
 * JSON Schema (flows/flow.schema.json) is generated from them.
 */

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens');

export const IsoDateSchema = z.iso.date({
  error: (issue) => (issue.input === undefined ? 'a date is required here' : 'dates are written YYYY-MM-DD'),
});

const reviewAfterCheck = (dated: { lastChecked: string; reviewBy: string }) =>
  dated.reviewBy >= dated.lastChecked;
const REVIEW_AFTER_CHECK = { message: 'reviewBy must not be earlier than lastChecked', path: ['reviewBy'] };

export const UrgencySchema = z.enum(['now', 'today', 'next']);
export type Urgency = z.infer<typeof UrgencySchema>;

/** A single value, or a list meaning "any one of these". */
const OneOrManyIdsSchema = z.union([IdSchema, z.array(IdSchema).min(1)]);

export type Condition =
  | { question: string; is: string | string[] }
  | { question: string; includes: string | string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/**
 * The closed condition language. `is` holds when a one-choice answer is one of
 * the values; `includes` when a many-choice answer includes any of them. A
 * question that was not asked satisfies neither.
 */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: IdSchema, is: OneOrManyIdsSchema }),
    z.strictObject({ question: IdSchema, includes: OneOrManyIdsSchema }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

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
  summaryLabel: z.string().min(1),
  askedWhen: ConditionSchema.optional(),
  options: z.array(OptionSchema).min(2),
});
export type Question = z.infer<typeof QuestionSchema>;

export const ConditionalTextSchema = z.strictObject({ text: z.string().min(1), when: ConditionSchema });
export type ConditionalText = z.infer<typeof ConditionalTextSchema>;

export const ContactSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(['phone', 'website', 'email', 'text']),
    label: z.string().min(1),
    value: z.string().min(1),
    hours: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    /** The areas (answers to the `area` question) this contact serves; all areas when absent. */
    areas: z.array(IdSchema).min(1).optional(),
    source: IdSchema,
    /** False where the research could not confirm the detail: the app says so. */
    confirmed: z.boolean(),
    lastChecked: IsoDateSchema,
    reviewBy: IsoDateSchema,
  })
  .refine(reviewAfterCheck, REVIEW_AFTER_CHECK);
export type Contact = z.infer<typeof ContactSchema>;

export const RouteSchema = z.strictObject({
  id: IdSchema,
  urgency: UrgencySchema,
  title: z.string().min(1),
  steps: z.array(z.string().min(1)).min(1),
  stepsWhen: z.array(ConditionalTextSchema).optional(),
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

export const RuleSchema = z.strictObject({
  id: z.string().regex(/^R[0-9]+$/, 'rule ids are R followed by a number, as in the spec'),
  when: ConditionSchema,
  add: z.array(IdSchema).min(1),
  reason: z.string().min(1),
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

export const FlowSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versions are MAJOR.MINOR.PATCH'),
  title: z.string().min(1),
  procedure: z.strictObject({
    title: z.string().min(1),
    areas: z.string().min(1),
    printedOn: IsoDateSchema,
    source: IdSchema,
  }),
  questions: z.array(QuestionSchema).min(1),
  routes: z.array(RouteSchema).min(1),
  warnings: z.array(WarningSchema),
  rules: z.array(RuleSchema).min(1),
  lawNotes: z.array(LawNoteSchema),
  sources: z.array(SourceSchema).min(1),
});
export type Flow = z.infer<typeof FlowSchema>;
