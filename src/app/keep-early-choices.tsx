import type { ReactNode } from 'react';
import { useLayoutEffect } from 'react';

export type EarlyChoices = {
  /** Checks or unchecks, in the page now in the document, every input the user changed early; then stops watching. */
  keep(): void;
};

/**
 * Watches the radios and checkboxes of a page drawn at build time, which
 * can be used while the app's code loads. The app then draws the page afresh
 * for the tab's answers, which would lose what the user chose meanwhile.
 */
export function watchEarlyChoices(root: HTMLElement): EarlyChoices {
  const changed = new Map<string, { name: string; value: string; checked: boolean }>();
  const note = (event: Event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !/^(radio|checkbox)$/.test(input.type)) return;
    if (input.type === 'radio') {
      for (const [key, choice] of changed) if (choice.name === input.name) changed.delete(key);
    }
    changed.set(`${input.name}\n${input.value}`, {
      name: input.name,
      value: input.value,
      checked: input.checked,
    });
  };
  root.addEventListener('change', note);
  return {
    keep() {
      root.removeEventListener('change', note);
      for (const { name, value, checked } of changed.values()) {
        const input = root.querySelector<HTMLInputElement>(
          `input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`,
        );
        if (input) input.checked = checked;
      }
      changed.clear();
    },
  };
}

/**
 * Keeps the early choices once the app's page is in the document. Its inputs
 * are uncontrolled (defaultChecked), so React leaves what is set here alone.
 */
export function KeepEarlyChoices({ choices, children }: { choices: EarlyChoices; children: ReactNode }) {
  useLayoutEffect(() => choices.keep(), [choices]);
  return children;
}
