import { useEffect } from 'react';

export const SERVICE_NAME = 'Online abuse triage';

/** The document title as the Design System asks: the page's heading, then the service name. */
export function formatPageTitle(heading: string, hasError = false): string {
  return `${hasError ? 'Error: ' : ''}${heading} - ${SERVICE_NAME}`;
}

export function usePageTitle(heading: string, hasError = false) {
  useEffect(() => {
    document.title = formatPageTitle(heading, hasError);
  }, [heading, hasError]);
}
