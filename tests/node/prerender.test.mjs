// `knee-advice/prerender` in plain Node (no DOM): the built entry and the `npx knee-advice` CLI.
// Needs `npm run build:lib` and `npm run build:cdn` (npm test's pretest runs them).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const article = JSON.parse(readFileSync('content/article.json', 'utf8'));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cli = resolve('dist/prerender/cli.js');

test('imports in plain Node, without a DOM, and leaves none behind', async () => {
  assert.equal(typeof document, 'undefined');
  const mod = await import(resolve('dist/prerender/index.js'));
  assert.equal(typeof mod.prerender, 'function');
  for (const helper of ['prerenderCard', 'prerenderChecklist', 'prerenderPlayer', 'stylesheet'])
    assert.equal(typeof mod[helper], 'function', helper);
  await mod.prerender();
  assert.equal(typeof document, 'undefined');
});

test('prerender() gives the whole article as declarative shadow DOM, linking its stylesheets, with no hydration markers', async () => {
  const { prerender } = await import(resolve('dist/prerender/index.js'));
  const html = await prerender({ headingLevel: 3, assets: 'https://clinic.example/assets/' });
  assert.match(
    html,
    /^<knee-advice heading-level="3"><template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/clinic.example\/assets\/knee-advice.css">/,
  );
  assert.match(
    html,
    /<knee-flare-up-checklist [^>]*><template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/clinic.example\/assets\/knee-flare-up-checklist.css">/,
  );
  assert.doesNotMatch(html, /<!--|<\?>|defer-hydration|<style|shadowroot="open"|checked="false"/);
  assert.match(html, /<h3 id="knee-title"[^>]*>Running with knee pain without stopping what you love<\/h3>/);
  assert.equal(html.match(/<h4 /g).length, 5, 'four sections and the checklist, one level below');
  for (const text of [
    article.title,
    ...article.introduction,
    ...article.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
    ...article.checklist.items.map((i) => i.source.quote),
  ])
    assert.ok(html.includes(escape(text)), `"${text.slice(0, 40)}…"`);
});

test('sections, lang, nonce and content are carried; hostile content stays text; bad content is refused', async () => {
  const { prerender, prerenderCard, stylesheet } = await import(resolve('dist/prerender/index.js'));
  const some = await prerender({ sections: 'why checklist', lang: 'es', nonce: 'abc"1' });
  assert.match(some, /^<knee-advice lang="es" sections="why checklist"[ >]/);
  assert.equal(some.match(/part="card"/g).length, 1);
  // the interface words are the language's, in the article and in the elements it holds
  assert.ok(some.includes('Por Nicola Tik') && some.includes('Desmarcar todo'), 'Spanish interface words');
  assert.ok(!some.includes('Clear all') && !some.includes('By Nicola Tik'), 'no English interface words');
  const player = await prerender({ lang: 'es', videoSrc: '/v.webm' });
  assert.ok(player.includes('Reproducir'), "the player's words too");
  const inline = /<style nonce="abc&quot;1">([^<]*)<\/style>/.exec(some)[1];
  assert.equal(inline.replace(/\s+/g, ''), stylesheet('knee-advice').replace(/\s+/g, ''));
  const content = structuredClone(article);
  content.title = '</script><img src=x onerror=alert(1)>';
  const carried = await prerender({ content });
  assert.ok(carried.includes('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</h2>'));
  const data = /<script type="application\/json" data-knee-content>(.*?)<\/script>/.exec(carried)[1];
  assert.deepEqual(JSON.parse(data), content);
  assert.equal(carried.match(/data-knee-content/g).length, 1, 'carried once, by the outer element');
  await assert.rejects(() => prerender({ content: { title: 'only a title' } }), /content is not usable: author/);
  const card = await prerenderCard({ section: 'flare-up', headingLevel: 2 });
  assert.match(card, /^<knee-advice-card section="flare-up" heading-level="2"><template shadowrootmode="open">/);
  assert.ok(card.includes('Important: '));
});

test('the CLI prints the article with the options of the element, and explains bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'knee-cli-'));
  const file = join(dir, 'content.json');
  const content = structuredClone(article);
  content.title = 'Clinic edition';
  writeFileSync(file, JSON.stringify(content));
  const out = execFileSync(
    process.execPath,
    [cli, 'prerender', '--heading-level', '4', '--sections', 'why adjust', '--content', file, '--lang', 'es'],
    {
      encoding: 'utf8',
    },
  );
  assert.match(out, /^<knee-advice lang="es" heading-level="4" sections="why adjust"><template shadowrootmode="open">/);
  assert.match(out, /<h4 id="knee-title"[^>]*>Clinic edition<\/h4>/);
  assert.equal(out.match(/part="card"/g).length, 2);
  const bad = spawnSync(process.execPath, [cli, 'prerender', '--heading-level', '9'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--heading-level must be 1 to 6, not "9"/);
  const unknown = spawnSync(process.execPath, [cli, 'prerender', '--colour', 'red'], { encoding: 'utf8' });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /colour/);
  const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  assert.match(help, /npx knee-advice prerender/);
});

test("the build ships each element's stylesheet beside the CDN file, as the element adopts it", async () => {
  const { stylesheet } = await import(resolve('dist/prerender/index.js'));
  const css = readFileSync('dist/cdn/knee-advice.css', 'utf8');
  assert.match(css, /^:host\{--_accent:/);
  assert.equal(css.replace(/\s+/g, ''), stylesheet('knee-advice').replace(/\s+/g, ''));
});
