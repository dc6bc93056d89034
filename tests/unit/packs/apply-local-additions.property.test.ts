import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannedAction } from '../../../src/packs/apply-local-additions.ts';
import { applyLocalAdditions, checkLocalAdditions } from '../../../src/packs/apply-local-additions.ts';
import type { LocalAddition, Pack } from '../../../src/packs/pack-schema.ts';
import { PackSchema } from '../../../src/packs/pack-schema.ts';
import { readRawHipsPack } from '../../support/packs.ts';

const URGENCIES = ['now', 'today', 'soon', 'when-you-can'];
const ROUTES = ['emergency-999', 'police', 'childrens-social-care', 'lado', 'ceop', 'support-child'];
const COUNCILS = ['E10000014', 'E06000046', 'E06000044', 'E06000045'];
const hips = PackSchema.parse(readRawHipsPack());

const arbitraryActions = fc.uniqueArray(fc.constantFrom(...ROUTES), { minLength: 1 }).chain((routes) =>
  fc.tuple(
    ...routes.map((route) =>
      fc.record({
        route: fc.constant(route),
        urgency: fc.constantFrom(...URGENCIES),
        steps: fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 }),
      }),
    ),
  ),
);

const arbitraryAddition: fc.Arbitrary<LocalAddition> = fc.record(
  {
    id: fc.constantFrom('local-a', 'local-b', 'local-c'),
    kind: fc.constant('step' as const),
    route: fc.constantFrom(...ROUTES),
    text: fc.string({ minLength: 1 }),
    // Any urgency at all, lower ones included: applying must never lower a route whatever the data says.
    urgency: fc.constantFrom(...URGENCIES),
    councils: fc.subarray(COUNCILS, { minLength: 1 }),
    source: fc.constant('https://example.org/'),
  },
  { requiredKeys: ['id', 'kind', 'route', 'text', 'source'] },
);

const rank = (urgency: string) => URGENCIES.indexOf(urgency);

describe('applyLocalAdditions (a pack adds, never removes or lowers)', () => {
  it('keeps every national action, in order, with its steps first and its urgency never lower', () => {
    fc.assert(
      fc.property(
        arbitraryActions,
        fc.array(arbitraryAddition, { maxLength: 6 }),
        fc.option(fc.constantFrom(...COUNCILS), { nil: undefined }),
        (actions: PlannedAction[], additions, council) => {
          const pack: Pack = { ...hips, localAdditions: additions };
          const result = applyLocalAdditions(actions, pack, council, URGENCIES).actions;
          expect(result.map((action) => action.route)).toEqual(actions.map((action) => action.route));
          result.forEach((action, index) => {
            const national = actions[index]!;
            expect(action.steps.slice(0, national.steps.length)).toEqual(national.steps);
            expect(rank(action.urgency)).toBeLessThanOrEqual(rank(national.urgency));
          });
        },
      ),
    );
  });

  it("adds the HIPS pack's Portsmouth step to children's social care in Portsmouth only", () => {
    const actions = [{ route: 'childrens-social-care', urgency: 'today', steps: ['Make a referral.'] }];
    const portsmouth = applyLocalAdditions(actions, hips, 'E06000044', URGENCIES).actions[0]!;
    expect(portsmouth.steps).toEqual([
      'Make a referral.',
      'In Portsmouth, after phoning or emailing the MASH, send the Inter-Agency Contact/Referral Form within 48 hours.',
    ]);
    expect(applyLocalAdditions(actions, hips, 'E06000045', URGENCIES).actions[0]!.steps).toEqual([
      'Make a referral.',
    ]);
  });
});

describe('checkLocalAdditions', () => {
  const routes = new Map([
    ['childrens-social-care', { urgency: 'today' }],
    ['police', { urgency: 'now' }],
  ]);

  it('accepts the HIPS pack against its routes', () => {
    expect(checkLocalAdditions(hips, routes, URGENCIES)).toEqual([]);
  });

  it('refuses a step that would lower a route below its national urgency, and one for a route the flow lacks', () => {
    const pack: Pack = {
      ...hips,
      localAdditions: [
        {
          id: 'later',
          kind: 'step',
          route: 'police',
          text: 'Report it later.',
          urgency: 'soon',
          source: 'https://example.org/',
        },
        {
          id: 'nowhere',
          kind: 'step',
          route: 'no-such-route',
          text: 'Do this.',
          source: 'https://example.org/',
        },
      ],
    };
    expect(checkLocalAdditions(pack, routes, URGENCIES)).toEqual([
      "localAdditions[0] (later).urgency: 'soon' is less urgent than the national 'now' for 'police': a pack may raise a route's urgency, never lower it",
      "localAdditions[1] (nowhere).route: the flow has no route 'no-such-route'",
    ]);
  });
});
