// README.md stays true: its element reference matches the manifest, and its quick start is the two
// commands that CI runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementTable, readmeWithTable } from '../../scripts/readme-table.mjs';

const readme = readFileSync('README.md', 'utf8');

test('the element reference in README.md matches custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  assert.equal(
    readme,
    readmeWithTable(readme, manifest),
    'README.md is out of date: run `node scripts/readme-table.mjs --write`',
  );
});

test('the element reference does not depend on the order the analyzer lists its modules in', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const reversed = { ...manifest, modules: [...manifest.modules].reverse() };
  assert.equal(elementTable(reversed), elementTable(manifest));
});

test('the quick start is `npm ci && npm start` and `npm test`, and CI runs `npm test`', () => {
  const quick = /## Quick start\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  const commands = [...quick.matchAll(/^(npm .+)$/gm)].map((m) => m[1]);
  assert.deepEqual(commands, ['npm ci && npm start', 'npm test']);
  assert.match(readFileSync('.ci/run', 'utf8'), /^npm test\b/m);
});

test('every element in the manifest is documented with a summary, and parts never share an attribute name', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  assert.ok(elements.length >= 2);
  for (const el of elements) {
    assert.ok(el.summary, `${el.tagName} has a @summary`);
    const attributes = new Set((el.attributes ?? []).map((a) => a.name));
    for (const part of el.cssParts ?? [])
      assert.ok(!attributes.has(part.name), `${el.tagName}: part "${part.name}" is also an attribute`);
    for (const a of el.attributes ?? []) assert.ok(a.description, `${el.tagName} attribute ${a.name} is described`);
  }
});

test('README.md has a section per framework, the loading notes and a troubleshooting list', () => {
  for (const heading of [
    '## In a framework',
    '### React 19',
    '### Next.js (App Router)',
    '### Vue 3',
    '### Svelte 5',
    '### Angular',
    '### Editors',
    '### Troubleshooting',
    '### Loading the file',
  ]) {
    assert.ok(readme.includes(`\n${heading}\n`), `README.md has "${heading}"`);
  }
  const loading = /### Loading the file\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  for (const note of ['type="module"', 'Access-Control-Allow-Origin', 'sandbox', 'integrity='])
    assert.ok(loading.includes(note), `loading notes mention ${note}`);
  assert.match(readme, /CUSTOM_ELEMENTS_SCHEMA/);
  assert.match(readme, /isCustomElement/);
  assert.match(readme, /"html\.customData"/);
  const troubleshooting = /### Troubleshooting\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  assert.ok((troubleshooting.match(/^- /gm) ?? []).length >= 4, 'at least four troubleshooting entries');
});

test('LICENSE, CHANGELOG.md and CONTRIBUTING.md exist, and the package ships the licence', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License[\s\S]*knee-advice contributors/);
  assert.ok(pkg.files.includes('LICENSE'));
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.match(changelog, /keepachangelog\.com/);
  // the version in package.json has its section, with the migration notes a 0.x release owes its users
  assert.ok(changelog.includes(`## [${version}]`), `CHANGELOG.md has a section for ${version}`);
  assert.match(changelog, /### Migrating from /);
  const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
  for (const topic of ['element', 'content field', 'story', 'test'])
    assert.match(contributing, new RegExp(`## .*${topic}`, 'i'));
});
