import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// Vitest runs the test files its projects include (vite.config.ts): a folder
// of tests that neither project names would never run, and nothing would say so.
const root = join(import.meta.dirname, '../..');

function listTestFolders(): string[] {
  const folders = new Set<string>();
  for (const entry of readdirSync(join(root, 'tests'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.test\.tsx?$/.test(entry.name)) continue;
    const folder = join(entry.parentPath, entry.name)
      .slice(join(root, 'tests').length + 1)
      .split(/[\\/]/)[0]!;
    folders.add(folder);
  }
  return [...folders].sort();
}

test('every folder of vitest files under tests/ is in one of the vitest projects', () => {
  const config = readFileSync(join(root, 'vite.config.ts'), 'utf8');
  const included = new Set(
    [...config.matchAll(/include: \['tests\/(?:\{([^}]+)\}|(\w+))\//g)].flatMap(([, many, one]) =>
      many ? many.split(',') : [one!],
    ),
  );
  expect(listTestFolders().filter((folder) => !included.has(folder))).toEqual([]);
  expect(included.size).toBeGreaterThanOrEqual(2);
});
