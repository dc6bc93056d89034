export const CHROMIUM_INSTALL: string;
export const CHROMIUM_ARGS: string[];
export function findChromium(): string | undefined;
