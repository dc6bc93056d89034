export type FirstLoadFile = { path: string; kind: 'javascript' | 'css'; bytes: number; gzip: number };
export type FirstLoad = { files: FirstLoadFile[]; gzip: { javascript: number; css: number; html: number } };
export const BUDGETS: { javascript: number; css: number };
export function listFirstLoadFiles(html: string): { scripts: string[]; styles: string[] };
export function listStaticImports(code: string): string[];
export function measureFirstLoad(root?: string, page?: string): FirstLoad;
export function toKilobytes(bytes: number): number;
