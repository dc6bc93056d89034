import type { ChoiceFieldProps } from './choice-fieldset.tsx';
import { ChoiceList } from './choice-list.tsx';

export function Checkboxes(props: ChoiceFieldProps) {
  return <ChoiceList {...props} kind="checkboxes" />;
}
