import type { PackContactInput, PackInput, ServiceKey } from './pack-schema.ts';
import { TO_FILL_IN } from './pack-schema.ts';

const fill = (what: string) => `${TO_FILL_IN}: ${what}`;

const CHECKED_COMMENT =
  'Every contact says where it was read (source, an https address), when (lastChecked), when it must be checked again (reviewBy: 6 months at most), who checked it (a role, never a name) and whether it was confirmed (false shows "not confirmed" in the app).';

function contact(
  id: string,
  service: ServiceKey,
  kind: PackContactInput['kind'],
  audience: PackContactInput['audience'],
  what: string,
  extra: Partial<PackContactInput> = {},
): PackContactInput {
  return {
    id,
    service,
    kind,
    audience,
    label: fill(`the name users see for ${what}`),
    value: fill(
      kind === 'phone'
        ? 'the number, digits and spaces only'
        : kind === 'email'
          ? 'the address'
          : kind === 'text'
            ? 'what to do, in a sentence'
            : 'the https:// address',
    ),
    ...extra,
    decidedBy:
      service === 'lado' ? 'adult-workplace' : service === 'police' ? 'incident-location' : 'child-home',
    source: 'https://example.org/to-fill-in',
    lastChecked: '2000-01-01',
    reviewBy: '2000-01-01',
    checkedBy: fill('the role that checked it, e.g. "Partnership business unit, test call"'),
    confirmed: false,
  };
}

/**
 * The pack `npm run pack:new -- NAME` writes: every field present, explained
 * in a `$comment`, with placeholders that `pack:check` refuses until each is
 * filled in, so that a half-finished pack can never be used by mistake.
 */
export function buildPackTemplate(id: string): PackInput {
  return {
    $schema: './pack.schema.json',
    $comment: `A partnership pack: the local contacts and protocol links for the councils a safeguarding partnership covers. Fill in every '${TO_FILL_IN}', then run: npm run pack:check -- packs/${id}.pack.json. The flow keeps national contacts; a pack adds local ones and may add local steps, but can never remove or lower a national action. docs/deploying-for-your-partnership.md explains each step.`,
    id,
    partnership: fill('the partnership\'s full name, e.g. "Example Safeguarding Children Partnership"'),
    version: '0.1.0',
    signOff: {
      $comment:
        'A draft until the partnership signs it off. Then write {"status": "signed-off", "role": "...", "date": "YYYY-MM-DD"}: a role (e.g. "Partnership business manager"), never a person\'s name.',
      status: 'draft',
      role: fill('the role that will sign the pack off'),
      note: fill('what is still to do before sign-off'),
    },
    procedures: {
      $comment: 'The procedures manual the partnership follows, and its chapter on online abuse.',
      title: fill("the manual's title"),
      url: 'https://example.org/to-fill-in',
      onlineAbuseChapter: {
        title: fill("the chapter's number and title"),
        url: 'https://example.org/to-fill-in',
        confirmed: false,
      },
    },
    policeForces: [
      {
        $comment:
          'Each police force covering the councils below, by the ONS police force area code (E23...) listed in packs/councils.json.',
        policeForceArea: 'E23000000',
        name: fill("the force's name"),
      },
    ],
    councils: [
      {
        $comment:
          'One entry per council the partnership covers, by its ONS GSS code as in packs/councils.json. A service with no contact here shows the national fallback (and pack:check lists it as missing).',
        code: 'E06000000',
        name: fill("the council's name"),
        contacts: [
          {
            ...contact(
              'example-csc-professionals',
              'childrens-social-care',
              'phone',
              'professionals',
              "children's social care, professional line (MASH or front door)",
              {
                main: true,
                phoneOnlyIfUrgent: true,
                openingTimes: {
                  $comment:
                    'Opening windows in London time, by weekday. A window past midnight is two windows (to 24:00, then from 00:00). Leave out openingTimes if the hours are not known.',
                  windows: [
                    {
                      days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
                      from: '09:00',
                      to: '17:00',
                    },
                  ],
                  confirmed: false,
                },
              },
            ),
            $comment: `${CHECKED_COMMENT} "main": true marks the contact a route shows first for its service (exactly one per service). "phoneOnlyIfUrgent": ring only when urgent, otherwise use the referral form. "audience": professionals, public or anyone. "decidedBy": which place decides the council (child-home, adult-workplace, setting, incident-location).`,
          },
          contact(
            'example-csc-public',
            'childrens-social-care',
            'phone',
            'public',
            "children's social care, public line",
          ),
          contact(
            'example-csc-referral-form',
            'childrens-social-care',
            'form',
            'professionals',
            'the referral form',
          ),
          contact(
            'example-out-of-hours',
            'childrens-social-care-out-of-hours',
            'phone',
            'anyone',
            'the out-of-hours (emergency duty) line',
            { main: true },
          ),
          contact(
            'example-out-of-hours-fallback',
            'childrens-social-care-out-of-hours',
            'phone',
            'anyone',
            'what to do when out of hours does not answer',
            { fallback: true },
          ),
          contact(
            'example-lado',
            'lado',
            'phone',
            'professionals',
            'the LADO (decided by where the adult works)',
            { main: true },
          ),
          contact('example-lado-email', 'lado', 'email', 'professionals', "the LADO's email or form"),
          contact(
            'example-prevent-referral',
            'prevent',
            'email',
            'professionals',
            'where the National Prevent Referral Form goes',
            { main: true },
          ),
          contact('example-prevent-advice', 'prevent', 'phone', 'anyone', 'the Prevent advice line'),
          contact(
            'example-early-help',
            'early-help',
            'website',
            'anyone',
            'the early help (family help) route',
            { main: true },
          ),
          contact(
            'example-adult-safeguarding',
            'adult-safeguarding',
            'phone',
            'anyone',
            'adult safeguarding, for people aged 18 and over',
            { main: true },
          ),
          contact('example-police', 'police', 'phone', 'anyone', 'the police non-emergency line', {
            main: true,
          }),
        ],
        protocols: [
          {
            $comment:
              'Local protocol links: kind is thresholds, escalation, harmful-sexual-behaviour-team, exploitation-team, online-safety-advice, referral-form-sections or other.',
            id: 'example-thresholds',
            kind: 'thresholds',
            title: fill("the threshold document's title"),
            url: 'https://example.org/to-fill-in',
            source: 'https://example.org/to-fill-in',
            lastChecked: '2000-01-01',
            reviewBy: '2000-01-01',
            checkedBy: fill('the role that checked it'),
            confirmed: false,
          },
        ],
      },
    ],
    localAdditions: [
      {
        $comment:
          'Optional local steps (kind "step") or contacts (kind "contact") added to a flow route, for all the councils or those listed. A step may raise the route\'s urgency, never lower it. Delete this entry if there are none.',
        id: 'example-local-step',
        kind: 'step',
        route: 'childrens-social-care',
        text: fill('the local step, in a sentence'),
        source: 'https://example.org/to-fill-in',
      },
    ],
    amendments: [
      {
        $comment: 'The amendments log: one entry per version, the last for the current version.',
        version: '0.1.0',
        date: '2000-01-01',
        summary: fill('what this version changed'),
      },
    ],
  };
}
