import type { ChoiceFieldProps } from './choice-fieldset.tsx';
import { ChoiceFieldset, inputIdFor } from './choice-fieldset.tsx';

/**
 * The markup GOV.UK radios and checkboxes share: they differ only in the
 * input type and the class prefix, so both are drawn here.
 */
export function ChoiceList({
  choices,
  chosen,
  kind,
  ...field
}: ChoiceFieldProps & { kind: 'radios' | 'checkboxes' }) {
  const type = kind === 'radios' ? 'radio' : 'checkbox';
  return (
    <ChoiceFieldset {...field}>
      <div className={`govuk-${kind}`}>
        {choices.map((choice, index) => {
          const id = inputIdFor(field.name, index);
          return (
            <div className={`govuk-${kind}__item`} key={choice.value}>
              <input
                className={`govuk-${kind}__input`}
                id={id}
                name={field.name}
                type={type}
                value={choice.value}
                defaultChecked={chosen.includes(choice.value)}
                aria-describedby={choice.hint ? `${id}-item-hint` : undefined}
              />
              <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                {choice.label}
              </label>
              {choice.hint && (
                <div id={`${id}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
                  {choice.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
