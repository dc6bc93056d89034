// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { isMissingScript, reloadOnce, RELOADED_FOR_KEY } from '../../../src/app/follow-releases.ts';
import { ReleaseBanner } from '../../../src/ui/components/release-banner.tsx';
import { createMemoryStorage } from './memory-storage.ts';

describe('reloading onto a new release', () => {
  test('reloads once for each reason, never twice for the same one: no reload loop', () => {
    const storage = createMemoryStorage();
    const reload = vi.fn();
    expect(reloadOnce('release:2.0.1+abc', storage, reload)).toBe(true);
    expect(storage.getItem(RELOADED_FOR_KEY)).toBe('release:2.0.1+abc');
    expect(reloadOnce('release:2.0.1+abc', storage, reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    // The next release (or a missing script of this one) is another reason: one more reload.
    expect(reloadOnce('missing-script:2.0.1+abc', storage, reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  test('does not reload when the tab cannot remember that it did', () => {
    const reload = vi.fn();
    const broken = {
      ...createMemoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(reloadOnce('release:x', broken, reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  test('knows a script that failed to load from other errors', () => {
    expect(
      isMissingScript(
        new TypeError('Failed to fetch dynamically imported module: http://x/assets/question-route-1.js'),
      ),
    ).toBe(true);
    expect(isMissingScript(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isMissingScript(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isMissingScript(new Error('Failed to fetch dynamically imported module'))).toBe(false);
  });
});

describe('the release banner', () => {
  test('offline, it says the advice is the copy kept in the browser, with its date and version', () => {
    render(<ReleaseBanner status={{ kind: 'offline' }} version="2.0.0" contentUpdated="2026-12-03" />);
    expect(screen.getByText('Offline: advice last updated 3 December 2026.')).toBeVisible();
    expect(screen.getByText(/copy of the tool kept in this browser \(version 2\.0\.0\)/)).toBeVisible();
  });

  test('out of date, it names the newer version and says to reload', () => {
    render(
      <ReleaseBanner
        status={{ kind: 'outdated', version: '2.0.1' }}
        version="2.0.0"
        contentUpdated="2026-11-25"
      />,
    );
    expect(screen.getByText('Out of date: advice last updated 25 November 2026.')).toBeVisible();
    expect(screen.getByText(/version 2\.0\.1 is available\. Reload the page/)).toBeVisible();
  });

  test('says nothing when the page is the current release', () => {
    const { container } = render(
      <ReleaseBanner status={{ kind: 'current' }} version="2.0.0" contentUpdated="2026-11-25" />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
