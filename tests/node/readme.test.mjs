// README.md stays short and true: under 250 lines, its quick start is the two commands that CI runs, and it
// links the pages by audience; the element reference (docs/reference.md) matches the manifest.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementTable, REFERENCE, withTable } from '../../scripts/reference.mjs';

const readme = readFileSync('README.md', 'utf8');

test('the element reference in docs/reference.md matches custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const reference = readFileSync(REFERENCE, 'utf8');
  assert.equal(
    reference,
    withTable(reference, manifest),
    `${REFERENCE} is out of date: run \`node scripts/reference.mjs --write\``,
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

test('README.md is at most 250 lines: what it is, a picture, the quick start, one snippet, links', () => {
  const lines = readme.split('\n').length;
  assert.ok(lines <= 250, `README.md has ${lines} lines`);
  assert.match(readme, /!\[[^\]]+\]\(stories\/assets\/knee-advice\.png\)/, 'a picture');
  assert.equal((readme.match(/^```html$/gm) ?? []).length, 1, 'one drop-in snippet');
  assert.match(readme, /https:\/\/cdn\.jsdelivr\.net\/npm\/knee-advice@<version>\/dist\/cdn\/knee-advice\.js/);
  for (const page of [
    'docs/editors.md',
    'docs/theming.md',
    'docs/content.md',
    'docs/languages.md',
    'docs/frameworks/README.md',
    'docs/privacy.md',
    'docs/prerender.md',
    'docs/reference.md',
    'docs/maintainers.md',
    'docs/loading.md',
    'docs/video.md',
    'docs/run-log.md',
    'docs/testing.md',
  ])
    assert.ok(readme.includes(`](${page})`), `README.md links ${page}`);
  assert.match(readme, /theme="auto"[^.]*dark only when the page says it supports/, 'says that auto follows the page');
});

test('the loading notes and a troubleshooting list are in docs/loading.md', () => {
  const loading = readFileSync('docs/loading.md', 'utf8');
  const notes = /## Loading the file\n([\s\S]*?)\n## /.exec(loading)?.[1] ?? '';
  for (const note of ['type="module"', 'Access-Control-Allow-Origin', 'sandbox', 'integrity='])
    assert.ok(notes.includes(note), `loading notes mention ${note}`);
  const troubleshooting = /## Troubleshooting\n([\s\S]*)$/.exec(loading)?.[1] ?? '';
  assert.ok((troubleshooting.match(/^- /gm) ?? []).length >= 4, 'at least four troubleshooting entries');
});

test('the framework pages say how to type the tags (docs/frameworks/, issue 17)', (t) => {
  if (!existsSync('docs/frameworks')) return t.skip('docs/frameworks/ is written in issue 17');
  const text = readdirSync('docs/frameworks')
    .map((f) => readFileSync(`docs/frameworks/${f}`, 'utf8'))
    .join('\n');
  assert.match(text, /CUSTOM_ELEMENTS_SCHEMA/);
  assert.match(text, /isCustomElement/);
  return undefined;
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
