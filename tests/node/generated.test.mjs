// Files derived from others (scripts/generate.mjs) are committed; this fails when one is stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('generated files are up to date (`npm run generate`)', () => {
  const run = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr || run.stdout);
});
