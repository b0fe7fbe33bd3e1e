// `npm publish --dry-run` runs clean (no warning: npm would otherwise "auto-correct" package.json as it
// publishes) and the package holds what a user needs, and nothing from the tests, the stories, the scripts
// or the sources: run after `npm run build` (CI: after `npm test` and `build:types`). A token that exists only
// for this dry run keeps npm from warning that nobody is logged in; nothing is published.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'knee-publish-'));
const userconfig = join(dir, 'npmrc');
writeFileSync(userconfig, '//registry.npmjs.org/:_authToken=dry-run-only\n');
let run;
try {
  run = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--json', '--userconfig', userconfig], {
    encoding: 'utf8',
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
assert.equal(run.status, 0, run.stderr);
const warnings = run.stderr.split('\n').filter((line) => /^npm (warn|error)/i.test(line));
assert.deepEqual(warnings, [], 'npm publish --dry-run warns');
const out = run.stdout;
const report = JSON.parse(out);
const pack = report.files ? report : Object.values(report)[0];
const files = pack.files.map((f) => f.path);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// what a user needs: every export and the command, the CDN files with their integrity values, the manifest
const targets = [
  ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e))),
  ...Object.values(pkg.bin),
].map((p) => p.replace(/^\.\//, ''));
for (const target of targets) {
  if (target.includes('*')) {
    const pattern = new RegExp(`^${target.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
    assert.ok(
      files.some((f) => pattern.test(f)),
      `the package holds ${target}`,
    );
  } else assert.ok(files.includes(target), `the package holds ${target}`);
}
for (const file of [
  'dist/cdn/knee-advice.js',
  'dist/cdn/knee-advice.all.js',
  'dist/cdn/integrity.txt',
  'dist/cdn/chunks/knee-exercise-player.js',
  'dist/cdn/locales/es.js',
  'README.md',
  'LICENSE',
])
  assert.ok(files.includes(file), `the package holds ${file}`);
// and nothing else
const stray = files.filter((f) =>
  /^(tests|stories|scripts|examples|release|docs|src|\.storybook|\.ci)\/|\.test\.|\.tgz$/.test(f),
);
assert.deepEqual(stray, [], 'nothing from the tests, the stories, the scripts or the sources');
console.log(`npm publish --dry-run: clean, ${files.length} files, ${(pack.size / 1000).toFixed(1)} KB packed.`);
