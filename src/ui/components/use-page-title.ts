import { useEffect } from 'react';

export const SERVICE_NAME = 'Online abuse triage';

/** Sets the document title as the Design System asks: the page's heading, then the service name. */
export function usePageTitle(heading: string, hasError = false) {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${heading} - ${SERVICE_NAME}`;
  }, [heading, hasError]);
}
