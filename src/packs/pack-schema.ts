import { z } from 'zod';
import { IdSchema, IsoDateSchema, LOCAL_PLACES } from '../engine/flow-schema.ts';

/**
 * The partnership pack format, defined once: a partnership's local contacts
 * and protocol links as data, dated and signed off, beside the flow (which
 * keeps only national contacts). Types come from these schemas, and the editor
 * JSON Schema (packs/pack.schema.json) is generated from them.
 *
 * Every object may carry a `$comment`, so that the template `npm run pack:new`
 * writes can explain each field inside the file itself.
 */

const COMMENT = { $comment: z.string().optional() };

/** A strict object that also accepts a `$comment` for the people who edit the file. */
function commented<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject({ ...COMMENT, ...shape });
}

/**
 * The services a route can ask contacts for, by stable key. A route in the
 * flow names the key; the council's pack, or the national fallback, supplies
 * the contacts.
 */
export const SERVICE_KEYS = [
  'childrens-social-care',
  'childrens-social-care-out-of-hours',
  'lado',
  'prevent',
  'early-help',
  'adult-safeguarding',
  'police',
] as const;
export const ServiceKeySchema = z.enum(SERVICE_KEYS);
export type ServiceKey = z.infer<typeof ServiceKeySchema>;

/**
 * Which place decides which council's contact is the right one. Referrals to
 * children's social care go to the council where the child (or, for adult
 * safeguarding, the young person aged 18 or over) lives; the LADO is the one
 * for where the adult works; the police force is the one where the child is or
 * the offence happened. The same places as a flow's contacts (one list, in
 * the engine), so that a pack's contact can stand in for the flow's.
 */
export const DECIDED_BY = LOCAL_PLACES;
export const DecidedBySchema = z.enum(DECIDED_BY);
export type DecidedBy = z.infer<typeof DecidedBySchema>;

/**
 * The places each service may be decided by. A LADO contact keyed to where
 * the child lives would send a referral about a teacher to the wrong council,
 * so a pack that says so is refused.
 */
export const SERVICE_DECIDED_BY: Readonly<Record<ServiceKey, readonly DecidedBy[]>> = {
  'childrens-social-care': ['child-home'],
  'childrens-social-care-out-of-hours': ['child-home'],
  lado: ['adult-workplace'],
  prevent: ['child-home', 'setting'],
  'early-help': ['child-home'],
  'adult-safeguarding': ['child-home'],
  police: ['incident-location', 'child-home'],
};

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export const WeekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof WeekdaySchema>;

const TimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'times are written HH:MM, 00:00 to 24:00');

/**
 * One opening window, in London time: open from `from` until just before `to`
 * on each of `days`. A window that runs past midnight is written as two, one
 * to 24:00 and one from 00:00 the next day, so that each weekday reads alone.
 */
export const OpeningWindowSchema = commented({
  days: z.array(WeekdaySchema).min(1),
  from: TimeSchema,
  to: TimeSchema,
}).refine((window) => window.from < window.to, {
  message: 'a window closes after it opens: write one that runs past midnight as two windows',
  path: ['to'],
});
export type OpeningWindow = z.infer<typeof OpeningWindowSchema>;

export const OpeningTimesSchema = commented({
  windows: z.array(OpeningWindowSchema).min(1),
  /** False where the hours were not confirmed: the app says so beside "open now". */
  confirmed: z.boolean(),
  note: z.string().min(1).optional(),
});
export type OpeningTimes = z.infer<typeof OpeningTimesSchema>;

/** A value an author has not filled in yet: `pack:new` writes these, and no pack may keep one. */
export const TO_FILL_IN = 'TO FILL IN';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A malformed date has its own message; comparing it as well would only add a misleading second one.
const reviewAfterCheck = (dated: { lastChecked: string; reviewBy: string }) =>
  !ISO_DATE.test(dated.lastChecked) || !ISO_DATE.test(dated.reviewBy) || dated.reviewBy >= dated.lastChecked;
const REVIEW_AFTER_CHECK = { message: 'reviewBy must not be earlier than lastChecked', path: ['reviewBy'] };

export const HttpsUrlSchema = z.url({ protocol: /^https$/, error: 'a web address starting https://' });

/** Who checked a contact, and when, and how sure they are: every contact and protocol link carries these. */
const CHECKED = {
  /** The page or document the detail was read in. */
  source: HttpsUrlSchema,
  lastChecked: IsoDateSchema,
  reviewBy: IsoDateSchema,
  /** A role, never a person's name: "Partnership business unit, test call". */
  checkedBy: z.string().min(1),
  /** False where the detail could not be confirmed: the app says so, and `pack:check` lists it. */
  confirmed: z.boolean(),
};

export const PackContactSchema = commented({
  id: IdSchema,
  service: ServiceKeySchema,
  kind: z.enum(['phone', 'email', 'form', 'website', 'text']),
  /** Who the line is for: professionals (a MASH's professional line), the public, or anyone. */
  audience: z.enum(['professionals', 'public', 'anyone']),
  label: z.string().min(1),
  value: z.string().min(1),
  /**
   * The contact a route shows first for this service (one per service and
   * council). Data, so that no code has to guess it from a label's wording.
   */
  main: z.boolean().optional(),
  /** Ring only when it is urgent; otherwise use the referral form. */
  phoneOnlyIfUrgent: z.boolean().optional(),
  /** The contact to use when the others are closed or do not answer. */
  fallback: z.boolean().optional(),
  openingTimes: OpeningTimesSchema.optional(),
  note: z.string().min(1).optional(),
  decidedBy: DecidedBySchema,
  ...CHECKED,
}).refine(reviewAfterCheck, REVIEW_AFTER_CHECK);
export type PackContact = z.infer<typeof PackContactSchema>;
export type PackContactInput = z.input<typeof PackContactSchema>;

export const ProtocolLinkSchema = commented({
  id: IdSchema,
  kind: z.enum([
    'thresholds',
    'escalation',
    'harmful-sexual-behaviour-team',
    'exploitation-team',
    'online-safety-advice',
    'referral-form-sections',
    'other',
  ]),
  title: z.string().min(1),
  /** The protocol's own address; absent where it was not found (then `confirmed` is false). */
  url: HttpsUrlSchema.optional(),
  ...CHECKED,
}).refine(reviewAfterCheck, REVIEW_AFTER_CHECK);
export type ProtocolLink = z.infer<typeof ProtocolLinkSchema>;

export const GssCodeSchema = z
  .string()
  .regex(/^E(06|08|09|10)\d{6}$/, 'an upper-tier council in England: E06, E08, E09 or E10 and six digits');
export const PoliceForceAreaCodeSchema = z
  .string()
  .regex(/^E23\d{6}$/, 'a police force area in England: E23 and six digits');

export const PackCouncilSchema = commented({
  code: GssCodeSchema,
  name: z.string().min(1),
  contacts: z.array(PackContactSchema).min(1),
  protocols: z.array(ProtocolLinkSchema).optional(),
});
export type PackCouncil = z.infer<typeof PackCouncilSchema>;

/**
 * What a pack may add to the national plan: a step on a route, or a contact
 * beside the route's own. Additions only: a pack has no way to remove a route,
 * a step or a contact, and an addition may raise a route's urgency but never
 * lower it (checkLocalAdditions).
 */
export const LocalAdditionSchema = z.discriminatedUnion('kind', [
  commented({
    id: IdSchema,
    kind: z.literal('step'),
    /** The flow route the step is added to. */
    route: IdSchema,
    text: z.string().min(1),
    /** Raise the route to this urgency (one of the flow's); never lower it. */
    urgency: IdSchema.optional(),
    councils: z.array(GssCodeSchema).min(1).optional(),
    source: HttpsUrlSchema,
  }),
  commented({
    id: IdSchema,
    kind: z.literal('contact'),
    route: IdSchema,
    contact: PackContactSchema,
    councils: z.array(GssCodeSchema).min(1).optional(),
  }),
]);
export type LocalAddition = z.infer<typeof LocalAdditionSchema>;

/** Keys a pack might use to take away from the national plan, refused by name so the author learns why. */
const TAKING_AWAY = ['remove', 'removes', 'replace', 'replaces', 'suppress', 'lower', 'hide', 'skip'];

export const SignOffSchema = z.discriminatedUnion('status', [
  commented({
    status: z.literal('signed-off'),
    /** A role, never a person's name: "HIPS business unit manager". */
    role: z.string().min(1),
    date: IsoDateSchema,
  }),
  commented({
    status: z.literal('draft'),
    /** The role that will sign it off. */
    role: z.string().min(1),
    note: z.string().min(1),
  }),
]);
export type SignOff = z.infer<typeof SignOffSchema>;

export const PackSchema = z
  .looseObject({
    ...COMMENT,
    $schema: z.string().optional(),
    id: IdSchema.refine((id) => id !== 'national', {
      message: "'national' is the fallback's name, not a pack's",
    }),
    partnership: z.string().min(1),
    /** Raised on every change: the record shows which version's contacts were shown. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versions are MAJOR.MINOR.PATCH'),
    signOff: SignOffSchema,
    procedures: commented({
      title: z.string().min(1),
      url: HttpsUrlSchema,
      onlineAbuseChapter: commented({
        title: z.string().min(1),
        url: HttpsUrlSchema.optional(),
        confirmed: z.boolean(),
      }),
    }),
    policeForces: z
      .array(commented({ policeForceArea: PoliceForceAreaCodeSchema, name: z.string().min(1) }))
      .min(1),
    councils: z.array(PackCouncilSchema).min(1),
    localAdditions: z.array(LocalAdditionSchema).optional(),
    /** The public amendments log: what changed in each version. */
    amendments: z
      .array(commented({ version: z.string().min(1), date: IsoDateSchema, summary: z.string().min(1) }))
      .min(1),
  })
  .superRefine((pack, context) => {
    const known = new Set([
      '$comment',
      '$schema',
      'id',
      'partnership',
      'version',
      'signOff',
      'procedures',
      'policeForces',
      'councils',
      'localAdditions',
      'amendments',
    ]);
    for (const key of Object.keys(pack)) {
      if (known.has(key)) continue;
      context.addIssue({
        code: 'custom',
        path: [key],
        message: TAKING_AWAY.includes(key.toLowerCase())
          ? `a pack may add local steps and contacts, but never remove or lower a national action: '${key}' is refused`
          : `unknown field '${key}'`,
      });
    }
  });
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;

/** A contact of the national fallback: a pack contact whose label may name the council's police force area. */
export const NationalFallbackSchema = commented({
  $schema: z.string().optional(),
  id: z.literal('national'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versions are MAJOR.MINOR.PATCH'),
  /**
   * The contacts each service falls back to for a council without a pack (or
   * a pack without that service). `{policeForceArea}` in a label or note is
   * replaced by the name of the council's police force area.
   */
  services: z.strictObject(
    Object.fromEntries(SERVICE_KEYS.map((key) => [key, z.array(PackContactSchema).min(1)])) as Record<
      ServiceKey,
      z.ZodArray<typeof PackContactSchema>
    >,
  ),
});
export type NationalFallback = z.infer<typeof NationalFallbackSchema>;

export const CouncilListSchema = commented({
  $schema: z.string().optional(),
  title: z.string().min(1),
  lastChecked: IsoDateSchema,
  reviewBy: IsoDateSchema,
  sources: z
    .array(
      commented({
        id: IdSchema,
        title: z.string().min(1),
        publisher: z.string().min(1),
        url: HttpsUrlSchema.optional(),
        note: z.string().min(1),
      }),
    )
    .min(1),
  /** Reorganisations announced but not yet in force: the list must change by then. */
  knownChanges: z.array(commented({ from: IsoDateSchema, change: z.string().min(1) })),
  policeForceAreas: z.array(commented({ code: PoliceForceAreaCodeSchema, name: z.string().min(1) })).min(1),
  councils: z
    .array(
      commented({
        code: GssCodeSchema,
        name: z.string().min(1),
        /** Codes the same council had before (GOV.UK's Local Links Manager may still use them). */
        formerCodes: z.array(GssCodeSchema).min(1).optional(),
        policeForceArea: PoliceForceAreaCodeSchema,
      }),
    )
    .min(1),
});
export type CouncilList = z.infer<typeof CouncilListSchema>;
export type Council = CouncilList['councils'][number];
