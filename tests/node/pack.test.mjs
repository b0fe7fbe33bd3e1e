// The tarball check of pack.mjs (used by package-consumer.mjs and examples.mjs, which pack without
// building): a tarball packed before `npm run build` finished, or with stray files, is refused.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { entryFiles, tarballProblems } from './pack.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test("package.json's entry points are found, types, SRI file and CLI included", () => {
  const files = entryFiles(pkg);
  for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/knee-advice.js.sri', 'dist/prerender/cli.js'])
    assert.ok(files.includes(f), f);
});

test('a tarball without the declarations, or with a file outside "files", is refused', () => {
  const complete = [...entryFiles(pkg), 'package.json', 'README.md', 'dist/internal/base.js'];
  assert.deepEqual(tarballProblems(pkg, complete), []);
  const noTypes = complete.filter((f) => !f.endsWith('.d.ts'));
  assert.match(tarballProblems(pkg, noTypes).join('\n'), /dist\/index\.d\.ts is named in package\.json but not in/);
  assert.match(tarballProblems(pkg, [...complete, 'coverage/lcov.info']).join('\n'), /coverage\/lcov\.info is in the/);
});
