import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to a part of the same page that moves the focus there, as a skip
 * link does, without putting a fragment in the address: the fragment would
 * name an action of this child's plan (`#action-police`), and the address
 * must carry nothing about the case (it stays in the browser's history). A
 * click with a modifier key keeps the browser's own behaviour.
 */
export function InPageLink({
  targetId,
  className = 'govuk-link',
  children,
}: {
  targetId: string;
  className?: string;
  children: ReactNode;
}) {
  const moveFocus = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    // A collapsed section opens when a link leads to it: the user asked to read it.
    if (target instanceof HTMLDetailsElement) target.open = true;
    // Focusable only from here, so that Tab does not stop on headings.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <a href={`#${targetId}`} className={className} onClick={moveFocus}>
      {children}
    </a>
  );
}
