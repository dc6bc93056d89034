import type { ChoiceFieldProps } from './choice-fieldset.tsx';
import { ChoiceFieldset, inputIdFor } from './choice-fieldset.tsx';

export function Radios({ choices, chosen, ...field }: ChoiceFieldProps) {
  return (
    <ChoiceFieldset {...field}>
      <div className="govuk-radios">
        {choices.map((choice, index) => {
          const id = inputIdFor(field.name, index);
          return (
            <div className="govuk-radios__item" key={choice.value}>
              <input
                className="govuk-radios__input"
                id={id}
                name={field.name}
                type="radio"
                value={choice.value}
                defaultChecked={chosen.includes(choice.value)}
                aria-describedby={choice.hint ? `${id}-item-hint` : undefined}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={id}>
                {choice.label}
              </label>
              {choice.hint && (
                <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
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
