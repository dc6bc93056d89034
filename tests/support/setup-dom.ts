import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';

// Only the jsdom test files have a DOM to clean up.
if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  // Pages load their code lazily; on a busy 2-core CI machine that can take
  // longer than Testing Library's default 1 s wait for `findBy` queries.
  configure({ asyncUtilTimeout: 10_000 });
  // jsdom lays nothing out, and has no scrollIntoView; in-page links call it.
  if (!('scrollIntoView' in Element.prototype))
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, writable: true });
  // Nor window.scrollTo, which each navigation calls (src/ui/layout/app-layout.tsx); Chromium tests check the scroll.
  window.scrollTo = () => undefined;
  afterEach(() => {
    cleanup();
    window.sessionStorage.clear();
    // Undoes a clock set with vi.setSystemTime (tests/unit/app/render-app.tsx).
    vi.useRealTimers();
  });
}
