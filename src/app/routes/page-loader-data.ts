import type { Notice } from '../../ui/components/notification-banner.tsx';

export type PageLoaderData = { notice?: Notice | undefined } | undefined;
