import type { Question } from '../../engine/flow-schema.ts';

// Error messages say what to do, in the Design System's words ("Select ...").
// The flow holds no error text, so they are written here, keyed by the
// contract's stable question ids, with a plain fallback for new questions.
const MESSAGES: Record<string, string> = {
  'immediate-danger': 'Select whether a child is in immediate danger',
  'your-role': 'Select your role',
  setting: 'Select where you work',
  area: 'Select where the child lives',
  'child-age': 'Select the age of the youngest child involved',
  concerns: 'Select at least one thing you are worried about',
  'adult-involved': 'Select whether an adult is involved',
  'works-with-children': 'Select whether the adult works or volunteers with children',
  'coercion-or-blackmail': 'Select whether there is any sign of pressure, grooming or blackmail',
  'unusual-or-violent': 'Select whether the images show unusual or violent sexual acts',
  'sexual-acts': 'Select whether the images show sexual acts',
  'threats-or-hate': 'Select whether the bullying includes threats, harassment or hate',
};

export function describeMissingAnswer(question: Question): string {
  return (
    MESSAGES[question.id] ?? (question.kind === 'many' ? 'Select at least one answer' : 'Select an answer')
  );
}
