// The React wrappers (dist/react/, generated from custom-elements.json by scripts/react-wrappers.mjs at
// build time): one per element with a prop for every event, each importing only its own element's entry,
// and server-rendered with the element's attributes in kebab-case, so a server-rendered page asks for
// the right section, heading level and theme before any script runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { camelEventProp } from '../../scripts/framework-types.mjs';
import { elementsOf } from '../../scripts/manifest-elements.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = elementsOf(manifest);
const load = (file) => import(pathToFileURL(resolve('dist/react', file)).href);

test('every element of the manifest has a wrapper, with a prop for each of its events', async () => {
  const all = await load('index.js');
  assert.deepEqual(Object.keys(all).sort(), elements.map((el) => el.className).sort());
  assert.ok(elements.some((el) => el.tag === 'knee-run-log'));
  const advice = elements.find((el) => el.tag === 'knee-advice');
  assert.ok(
    advice.events.some((e) => e.name === 'knee-run-log-change'),
    '<knee-advice> documents the run log event it passes on',
  );
  for (const el of elements) {
    const source = readFileSync(resolve('dist/react', `${el.tag}.js`), 'utf8');
    const types = readFileSync(resolve('dist/react', `${el.tag}.d.ts`), 'utf8');
    for (const e of el.events) {
      const prop = camelEventProp(e.name);
      assert.match(source, new RegExp(`${prop}: '${e.name}'`), `${el.className}.${prop} listens for ${e.name}`);
      assert.match(types, new RegExp(`${prop}\\?: \\(event: KneeEventMap\\['${e.name}'\\]\\)`), `${prop} is typed`);
    }
  }
});

test("each wrapper imports only its own element's entry", () => {
  for (const el of elements) {
    const source = readFileSync(resolve('dist/react', `${el.tag}.js`), 'utf8');
    const imports = [...source.matchAll(/^import (?:.* from )?'([^']+)';$/gm)].map((m) => m[1]).sort();
    assert.deepEqual(imports, [`../components/${el.tag}/define.js`, './wrapper.js'], el.tag);
    assert.match(source, /^'use client';/, `${el.tag}: a client component`);
  }
});

test('on the server, a wrapper writes its props as the attributes, in kebab-case', async () => {
  const { KneeAdvice, KneeAdviceCard, KneeFlareUpChecklist } = await load('index.js');
  const card = renderToString(
    createElement(KneeAdviceCard, { section: 'flare-up', headingLevel: 3, theme: 'dark', className: 'aside' }),
  );
  assert.equal(
    card,
    '<knee-advice-card class="aside" section="flare-up" heading-level="3" theme="dark"></knee-advice-card>',
  );
  const advice = renderToString(
    createElement(KneeAdvice, {
      sections: 'checklist',
      headingLevel: 3,
      persist: true,
      log: false,
      content: { title: 'not an attribute' },
      onKneeChecklistChange: () => {},
    }),
  );
  assert.equal(advice, '<knee-advice sections="checklist" heading-level="3" persist=""></knee-advice>');
  const list = renderToString(createElement(KneeFlareUpChecklist, { checkedIds: ['a'], storageKey: 'clinic' }));
  assert.equal(list, '<knee-flare-up-checklist storage-key="clinic"></knee-flare-up-checklist>');
});
