import type { FlowInput } from '../../../src/engine/flow-schema.ts';
import { parseFlow } from '../../../src/engine/parse-flow.ts';

const checked = { confirmed: true, lastChecked: '2026-01-01', reviewBy: '2027-01-01' };

/**
 * A five-question flow for the app layer's tests, so that they pin what the
 * navigation and the session promise rather than the current content: a
 * danger question that opens the 999 page on "yes" or "not sure", a role
 * question, an area, a many-choice worry, and a question asked only for some
 * worries, whose hint changes with the role.
 */
export const TOY_FLOW_INPUT: FlowInput = {
  id: 'toy',
  version: '1.0.0',
  shortId: 'TOY',
  title: 'A toy flow',
  procedure: { title: 'The toy procedure', areas: 'North and South', printedOn: '2026-01-01', source: 'toy' },
  roles: {
    emergencyRoute: 'call-999',
    uncertainValues: ['not-sure', 'not-known'],
    userRole: { question: 'role', safeguardingLead: 'lead' },
    areaQuestion: 'area',
    recordHeader: ['role', 'area'],
    urgencies: [
      { id: 'now', heading: 'Do this now' },
      { id: 'today', heading: 'Today' },
      { id: 'next', heading: 'Next steps' },
    ],
    referralRoutes: ['police'],
    actionBy: { you: 'You do this.', safeguardingLead: 'Your lead does this.' },
  },
  questions: [
    {
      id: 'in-danger',
      kind: 'one',
      title: 'Is a child in danger now?',
      summaryLabel: 'In danger',
      errorMessage: 'Select whether a child is in danger',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
        { value: 'not-sure', label: "I'm not sure" },
      ],
    },
    {
      id: 'role',
      kind: 'one',
      title: 'What is your role?',
      summaryLabel: 'Role',
      errorMessage: 'Select your role',
      options: [
        { value: 'lead', label: 'Safeguarding lead' },
        { value: 'staff', label: 'Other staff' },
      ],
    },
    {
      id: 'area',
      kind: 'one',
      title: 'Where does the child live?',
      summaryLabel: 'Area',
      errorMessage: 'Select an area',
      options: [
        { value: 'north', label: 'North' },
        { value: 'south', label: 'South' },
      ],
    },
    {
      id: 'worry',
      kind: 'many',
      title: 'What are you worried about?',
      summaryLabel: 'Worries',
      errorMessage: 'Select at least one worry',
      options: [
        { value: 'images', label: 'Images' },
        { value: 'bullying', label: 'Bullying' },
      ],
    },
    {
      id: 'adult',
      kind: 'one',
      title: 'Is an adult involved?',
      hint: 'Anyone 18 or over.',
      hintsWhen: [
        {
          text: "If you don't know, choose I don't know; do not ask the child.",
          when: { question: 'role', is: 'staff' },
        },
      ],
      summaryLabel: 'Adult involved',
      errorMessage: 'Select whether an adult is involved',
      askedWhen: { question: 'worry', includes: 'images' },
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
        { value: 'not-known', label: "I don't know" },
      ],
    },
  ],
  routes: [
    {
      id: 'call-999',
      urgency: 'now',
      by: 'anyone',
      title: 'Call 999 now',
      short: 'Call 999',
      steps: ['Call 999.'],
      sources: ['toy'],
    },
    {
      id: 'tell-lead',
      urgency: 'today',
      by: 'anyone',
      title: 'Tell your lead',
      short: 'Tell your lead',
      steps: ['Tell them.'],
      sources: ['toy'],
    },
    {
      id: 'police',
      urgency: 'today',
      by: 'safeguarding-lead',
      title: 'Tell the police',
      short: 'Police',
      steps: ['Call 101.'],
      sources: ['toy'],
    },
    {
      id: 'talk',
      urgency: 'next',
      by: 'anyone',
      title: 'Talk to the child',
      short: 'Talk',
      steps: ['Listen.'],
      sources: ['toy'],
    },
  ],
  warnings: [],
  rules: [
    {
      id: 'R1',
      when: { question: 'in-danger', is: ['yes', 'not-sure'] },
      add: ['call-999'],
      reason: 'Danger.',
      sources: ['toy'],
    },
    {
      id: 'R2',
      when: { question: 'role', is: 'staff' },
      add: ['tell-lead'],
      reason: 'Staff tell the lead.',
      sources: ['toy'],
    },
    {
      id: 'R3',
      when: { question: 'adult', is: ['yes', 'not-known'] },
      add: ['police'],
      reason: 'An adult.',
      sources: ['toy'],
    },
    {
      id: 'R4',
      when: { question: 'worry', includes: 'bullying' },
      add: ['talk'],
      reason: 'Bullying.',
      sources: ['toy'],
    },
  ],
  lawNotes: [],
  sources: [{ id: 'toy', title: 'The toy procedure', publisher: 'Nobody', ...checked }],
};

export const toyFlow = parseFlow(TOY_FLOW_INPUT, 'toy-flow');
