import type { DataRouter } from 'react-router';
import { useSyncExternalStore } from 'react';
import { flowInfo } from './flow-info.ts';

/**
 * Whether this page's advice is the server's latest (decision 0039).
 * `offline`: the network did not answer, so this is the copy kept in the
 * browser. `outdated`: the server has another release; the page reloads onto
 * it once, and says so if it is still here.
 */
export type ReleaseStatus =
  { kind: 'current' } | { kind: 'offline' } | { kind: 'outdated'; version: string; contentUpdated: string };

/** The build's release.json (vite-plugins/vite-plugin-flow.ts). */
type ServerRelease = { version: string; contentUpdated: string; release: string };

/** Which release a reload was last made for, so that a page never reloads in a loop (kept in the tab only). */
export const RELOADED_FOR_KEY = 'online-abuse-triage:reloaded-for';

const CURRENT: ReleaseStatus = { kind: 'current' };
let status: ReleaseStatus = CURRENT;
const listeners = new Set<() => void>();

function setStatus(next: ReleaseStatus) {
  status = next;
  listeners.forEach((listener) => listener());
}

/** This page's release status, for the banner in the layout. */
export function useReleaseStatus(): ReleaseStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
    // The pre-rendered start page has no banner: hydrate without one, then show it.
    () => CURRENT,
  );
}

/**
 * Reloads the page, once for each reason: a new release on the server, or a
 * file of this release that the server no longer has. If the same reason
 * comes back after the reload (the network is slow and the worker answered
 * with the cached page, or the server is broken), the page stays and says so.
 * Returns whether it reloads.
 */
export function reloadOnce(
  reason: string,
  storage: Storage = window.sessionStorage,
  reload: () => void = () => window.location.reload(),
): boolean {
  try {
    if (storage.getItem(RELOADED_FOR_KEY) === reason) return false;
    storage.setItem(RELOADED_FOR_KEY, reason);
  } catch {
    // Without storage there is no loop guard: do not reload.
    return false;
  }
  reload();
  return true;
}

/** Whether an error is a script of this release that could not be loaded (the server has a newer release). */
export function isMissingScript(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|module script/i.test(error.message)
  );
}

/** Reloads once when a script of this release is missing: the next load gets the release the server has. */
export function reloadForMissingScript(error: unknown): boolean {
  return isMissingScript(error) && reloadOnce(`missing-script:${flowInfo.release}`);
}

async function fetchServerRelease(): Promise<ServerRelease | undefined> {
  try {
    // Past the HTTP cache, and past the service worker, which has no route for it.
    const response = await fetch('/release.json', { cache: 'no-store' });
    if (!response.ok) return undefined;
    return (await response.json()) as ServerRelease;
  } catch {
    return undefined;
  }
}

/** Asks the server which release it has, and reloads onto it (once) when it is not this page's. */
export async function checkRelease(): Promise<ReleaseStatus> {
  if (!navigator.onLine) {
    setStatus({ kind: 'offline' });
    return status;
  }
  const server = await fetchServerRelease();
  if (!server) setStatus({ kind: 'offline' });
  else if (server.release === flowInfo.release) setStatus(CURRENT);
  else {
    setStatus({ kind: 'outdated', version: server.version, contentUpdated: server.contentUpdated });
    reloadOnce(`release:${server.release}`);
  }
  return status;
}

/**
 * Keeps the page on the server's release: checks when the page loads, after
 * each navigation in the app, when the network comes and goes, and when a new
 * service worker takes over (it does at once: vite.config.ts). A tab open
 * across a release reloads onto the new one; the answers and notes are in
 * sessionStorage, so nothing is lost.
 */
export function followReleases(router: Pick<DataRouter, 'subscribe' | 'state'>): void {
  const check = () => void checkRelease();
  check();
  window.addEventListener('online', check);
  window.addEventListener('offline', check);
  navigator.serviceWorker?.addEventListener('controllerchange', check);
  // A script of this release that the server no longer has is left to the
  // router: its error boundary reloads at the page asked for (create-routes.tsx),
  // where a reload from here would go back to the page the user left.
  let lastKey = router.state.location.key;
  router.subscribe((state) => {
    if (state.navigation.state !== 'idle' || state.location.key === lastKey) return;
    lastKey = state.location.key;
    check();
  });
}
