// README.md stays true: its element reference matches the manifest, and its quick start is the two
// commands that CI runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readmeWithTable } from './readme-table.mjs';

const readme = readFileSync('README.md', 'utf8');

test('the element reference in README.md matches custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  assert.equal(readme, readmeWithTable(readme, manifest), 'README.md is out of date: run `node tests/node/readme-table.mjs --write`');
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
    for (const part of el.cssParts ?? []) assert.ok(!attributes.has(part.name), `${el.tagName}: part "${part.name}" is also an attribute`);
    for (const a of el.attributes ?? []) assert.ok(a.description, `${el.tagName} attribute ${a.name} is described`);
  }
});
