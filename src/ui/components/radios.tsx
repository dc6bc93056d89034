import type { ChoiceFieldProps } from './choice-fieldset.tsx';
import { ChoiceList } from './choice-list.tsx';

export function Radios(props: ChoiceFieldProps) {
  return <ChoiceList {...props} kind="radios" />;
}
