/**
 * Shown only when JavaScript is off: the questions cannot work without it,
 * and the one thing to do without them.
 */
export function NeedsJavaScriptNotice() {
  return (
    <noscript>
      <p className="govuk-body govuk-!-font-weight-bold">
        The questions need JavaScript, which is turned off or not available in this browser. If a child is in
        immediate danger, call 999 now.
      </p>
    </noscript>
  );
}
