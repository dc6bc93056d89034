import type { KeyboardEvent, SyntheticEvent } from 'react';
import { useEffect, useRef } from 'react';
import type { TimeoutTimes } from './shared-computer-timeout.ts';
import { describeDuration, SHARED_COMPUTER_TIMEOUT } from './shared-computer-timeout.ts';
import { useInactivityTimeout } from './use-inactivity-timeout.ts';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex]';

/**
 * The shared-computer timeout on a page that shows answers, as the GOV.UK
 * timeout warning pattern has it: after a time without activity, a modal
 * dialog takes focus and keeps it, counts down on screen each second and,
 * politely, to screen readers at each step; "Continue" (or Escape) keeps
 * everything and returns focus where it was. At the end, `onExpire` clears
 * the answers and leaves the page.
 */
export function TimeoutWarning({
  onExpire,
  onClearNow,
  since,
  onActivity,
  times = SHARED_COMPUTER_TIMEOUT,
}: {
  onExpire: () => void;
  /** "Clear answers now": the user is done, and need not wait for the count. */
  onClearNow: () => void;
  /** The last activity kept with the journey, when there is one: the count goes on from it. */
  since?: number | undefined;
  onActivity?: ((at: number) => void) | undefined;
  times?: TimeoutTimes;
}) {
  const timeout = useInactivityTimeout(onExpire, times, { since, onActivity });
  if (timeout.phase !== 'warning') return null;
  return (
    <TimeoutWarningDialog
      idleFor={describeDuration(times.warnAfterMs)}
      remaining={describeDuration(timeout.remainingMs)}
      announced={describeDuration(timeout.announcedMs)}
      onContinue={timeout.keepGoing}
      onClearNow={onClearNow}
    />
  );
}

function TimeoutWarningDialog({
  idleFor,
  remaining,
  announced,
  onContinue,
  onClearNow,
}: {
  idleFor: string;
  remaining: string;
  announced: string;
  onContinue: () => void;
  onClearNow: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current!;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    // A modal dialog makes the rest of the page inert; where the browser has none (jsdom), it is shown open.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    element.focus();
    // Focus that leaves the dialog (a click on the page behind it, where nothing is inert) comes back.
    const keepFocus = (event: FocusEvent) => {
      if (event.target instanceof Node && !element.contains(event.target)) element.focus();
    };
    document.addEventListener('focusin', keepFocus);
    return () => {
      document.removeEventListener('focusin', keepFocus);
      if (typeof element.close === 'function' && element.open) element.close();
      returnTo?.focus();
    };
  }, []);

  /** Tab and Shift+Tab go round the dialog's own controls; Escape is "Continue". */
  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onContinue();
      return;
    }
    if (event.key !== 'Tab') return;
    const element = dialog.current!;
    const controls = [...element.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (control) => control !== element && control.tabIndex >= 0,
    );
    const first = controls[0];
    const last = controls.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === element)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // The browser's own Escape on a modal dialog: continue rather than close without saying so.
  const cancel = (event: SyntheticEvent) => {
    event.preventDefault();
    onContinue();
  };

  return (
    <dialog
      ref={dialog}
      className="app-timeout-dialog"
      aria-modal="true"
      aria-labelledby="timeout-heading"
      aria-describedby="timeout-why timeout-announced"
      tabIndex={-1}
      onKeyDown={keepFocusInside}
      onCancel={cancel}
      data-timeout-warning
    >
      <h2 className="govuk-heading-m" id="timeout-heading">
        Your answers will be cleared soon
      </h2>
      <p className="govuk-body" id="timeout-why">
        There has been no activity on this page for {idleFor}. So that the next person to use this computer
        cannot see them, your answers and notes will be cleared.
      </p>
      {/* On screen each second; read out only at each step, below, so that a screen reader is not talked over. */}
      <p className="govuk-body" aria-hidden="true">
        Time left: <strong className="app-timeout-dialog__time">{remaining}</strong>
      </p>
      <p className="govuk-visually-hidden" id="timeout-announced" aria-live="polite" aria-atomic="true">
        Your answers will be cleared in {announced}.
      </p>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={onContinue}>
          Continue
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={onClearNow}
        >
          Clear answers now
        </button>
      </div>
    </dialog>
  );
}
