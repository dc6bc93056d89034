// Measures the first load of the built app: what dist/index.html pulls in
// before any interaction (its scripts, stylesheets and module preloads, and
// the modules those scripts import statically), gzipped at level 9, from the
// files, so that the size budget needs no server. nginx sends level 6, a few
// hundred bytes more (`npm run bench` prints both). Used by the size-budget
// test and `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budgets of issue 4, in kB (1,000 bytes) gzipped. */
export const BUDGETS = { javascript: 110, css: 16 };

export type FirstLoadFile = { path: string; kind: 'javascript' | 'css'; bytes: number; gzip: number };
export type FirstLoad = { files: FirstLoadFile[]; gzip: { javascript: number; css: number; html: number } };

const gzipSize = (buffer: Buffer): number => gzipSync(buffer, { level: 9 }).length;

/** The value of an attribute in a tag's text, or undefined. */
function readAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The local files index.html loads before any interaction, by kind. */
export function listFirstLoadFiles(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = readAttribute(tag, 'src');
    if (src) scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (readAttribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = readAttribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) styles.push(href);
    else if (rel.includes('modulepreload')) scripts.push(href);
  }
  return { scripts, styles };
}

/** The relative modules a built JavaScript file imports statically (not `import()`). */
export function listStaticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[1]!;
    if (specifier.startsWith('.') || specifier.startsWith('/')) found.push(specifier);
  }
  return found;
}

/**
 * Sizes of the first load of the build in `root` (default dist): each file
 * once, with its raw and gzipped bytes, and the totals by kind. Of index.html
 * (the start page) unless another page of the build is named, for example
 * questions/area.html.
 */
export function measureFirstLoad(root = 'dist', page = 'index.html'): FirstLoad {
  const indexPath = join(root, page);
  if (!existsSync(indexPath)) throw new Error(`${indexPath} is missing: run "npm run build" first`);
  const html = readFileSync(indexPath);
  const { scripts, styles } = listFirstLoadFiles(html.toString('utf8'));
  const toFile = (url: string) => join(root, url.replace(/^\//, ''));

  const seen = new Set<string>();
  const files: FirstLoadFile[] = [];
  const add = (url: string, kind: FirstLoadFile['kind']) => {
    const path = posix.normalize(url.startsWith('/') ? url : `/${url}`);
    if (seen.has(path)) return;
    seen.add(path);
    const file = toFile(path);
    if (!existsSync(file)) throw new Error(`${page} loads ${path}, which is not in ${root}`);
    const buffer = readFileSync(file);
    files.push({ path, kind, bytes: buffer.length, gzip: gzipSize(buffer) });
    if (kind === 'javascript') {
      for (const imported of listStaticImports(buffer.toString('utf8'))) {
        add(imported.startsWith('/') ? imported : posix.join(posix.dirname(path), imported), 'javascript');
      }
    }
  };
  scripts.forEach((url) => add(url, 'javascript'));
  styles.forEach((url) => add(url, 'css'));

  const total = (kind: FirstLoadFile['kind']) =>
    files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.gzip, 0);
  return {
    files,
    gzip: { javascript: total('javascript'), css: total('css'), html: gzipSize(html) },
  };
}

export const toKilobytes = (bytes: number): number => Math.round(bytes / 10) / 100;
