import type { ChoiceFieldProps } from './choice-fieldset.tsx';
import { ChoiceFieldset, inputIdFor } from './choice-fieldset.tsx';

export function Checkboxes({ choices, chosen, ...field }: ChoiceFieldProps) {
  return (
    <ChoiceFieldset {...field}>
      <div className="govuk-checkboxes">
        {choices.map((choice, index) => {
          const id = inputIdFor(field.name, index);
          return (
            <div className="govuk-checkboxes__item" key={choice.value}>
              <input
                className="govuk-checkboxes__input"
                id={id}
                name={field.name}
                type="checkbox"
                value={choice.value}
                defaultChecked={chosen.includes(choice.value)}
                aria-describedby={choice.hint ? `${id}-item-hint` : undefined}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                {choice.label}
              </label>
              {choice.hint && (
                <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
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
