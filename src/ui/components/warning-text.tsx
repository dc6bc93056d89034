import type { ReactNode } from 'react';

export function WarningText({
  children,
  className,
  ...attributes
}: {
  children: ReactNode;
  className?: string;
  id?: string;
  [data: `data-${string}`]: string;
}) {
  return (
    <div className={`govuk-warning-text${className ? ` ${className}` : ''}`} {...attributes}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </div>
    </div>
  );
}
