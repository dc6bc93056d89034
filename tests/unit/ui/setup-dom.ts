import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Only the jsdom test files have a DOM to clean up.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
    window.sessionStorage.clear();
  });
}
