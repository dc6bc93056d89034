export type RunningServer = { origin: string; close: () => Promise<void> };
export function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<RunningServer>;
