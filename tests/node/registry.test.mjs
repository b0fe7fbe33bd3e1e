// The element registry (src/elements.ts) is the one list of elements: every tag a template renders, every
// element folder and every tag the manifest documents is on it, and each registry key is its class's tag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const registry = readFileSync('src/elements.ts', 'utf8');
const tags = [...registry.matchAll(/^\s+'(knee-[a-z-]+)':/gm)].map((m) => m[1]);

test('the registry lists every element folder, once', () => {
  const folders = readdirSync('src/components').sort();
  assert.deepEqual([...tags].sort(), folders);
});

test('every knee-* tag that a template in src/ renders is on the registry (lazy ones are loaded from it)', () => {
  const files = readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const text = readFileSync(join('src', file), 'utf8');
    for (const [, tag] of text.matchAll(/<(knee-[a-z-]+)[\s>]/g))
      assert.ok(tags.includes(tag), `${file} renders <${tag}>, which src/elements.ts does not register`);
  }
});

test("each element's meta.ts names its tag, its define.ts registers it, and the manifest documents it", () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const documented = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .flatMap((d) => (d.tagName ? [d.tagName] : []));
  for (const tag of tags) {
    const meta = readFileSync(`src/components/${tag}/meta.ts`, 'utf8');
    assert.match(meta, new RegExp(`export const tag = '${tag}';`), `src/components/${tag}/meta.ts`);
    assert.ok(documented.includes(tag), `custom-elements.json documents <${tag}>`);
    const define = readFileSync(`src/components/${tag}/define.ts`, 'utf8');
    assert.match(
      define,
      /defineElement\(\w+\.tagName, \w+\)|registerElements\(\)/,
      `src/components/${tag}/define.ts registers it`,
    );
  }
});
