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
  assert.equal(typeof mod.stylesheet, 'function');
  await mod.prerender('knee-advice');
  assert.equal(typeof document, 'undefined');
});

test('prerender() gives the whole article as declarative shadow DOM, linking its stylesheets, with no hydration markers', async () => {
  const { prerender } = await import(resolve('dist/prerender/index.js'));
  const html = await prerender('knee-advice', { 'heading-level': 3 }, { assets: 'https://clinic.example/assets/' });
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
  const { prerender, stylesheet } = await import(resolve('dist/prerender/index.js'));
  const some = await prerender('knee-advice', { lang: 'es', sections: 'why checklist' }, { nonce: 'abc"1' });
  assert.match(some, /^<knee-advice lang="es" sections="why checklist"[ >]/);
  assert.equal(some.match(/part="card"/g).length, 1);
  // the interface words are the language's, in the article and in the elements it holds
  assert.ok(some.includes('Por Nicola Tik') && some.includes('Desmarcar todo'), 'Spanish interface words');
  assert.ok(!some.includes('Clear all') && !some.includes('By Nicola Tik'), 'no English interface words');
  const player = await prerender('knee-advice', { lang: 'es', 'video-src': '/v.webm' });
  assert.ok(player.includes('Reproducir'), "the player's words too");
  const inline = /<style nonce="abc&quot;1">([^<]*)<\/style>/.exec(some)[1];
  assert.equal(inline.replace(/\s+/g, ''), stylesheet('knee-advice').replace(/\s+/g, ''));
  const content = structuredClone(article);
  content.title = '</script><img src=x onerror=alert(1)>';
  const carried = await prerender('knee-advice', {}, { content });
  assert.ok(carried.includes('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</h2>'));
  const data = /<script type="application\/json" data-knee-content>(.*?)<\/script>/.exec(carried)[1];
  assert.deepEqual(JSON.parse(data), content);
  assert.equal(carried.match(/data-knee-content/g).length, 1, 'carried once, by the outer element');
  await assert.rejects(
    () => prerender('knee-advice', {}, { content: { title: 'only a title' } }),
    /^Error: knee-advice prerender: the content is not usable: author/,
  );
  const card = await prerender('knee-advice-card', { section: 'flare-up', 'heading-level': 2 });
  assert.match(card, /^<knee-advice-card section="flare-up" heading-level="2"><template shadowrootmode="open">/);
  assert.ok(card.includes('Important: '));
  const list = await prerender('knee-flare-up-checklist', { persist: true, 'storage-key': 'a"b' });
  assert.match(list, /^<knee-flare-up-checklist persist storage-key="a&quot;b"><template shadowrootmode="open">/);
  const video = await prerender('knee-exercise-player', { src: '/v.webm', label: 'Knee <b>' });
  assert.match(video, /^<knee-exercise-player src="\/v.webm" label="Knee &lt;b&gt;"><template shadowrootmode="open">/);
});

test('prerender() refuses what a page could not use, naming it once', async () => {
  const { prerender } = await import(resolve('dist/prerender/index.js'));
  const refused = async (run, pattern) => {
    const error = await run().then(
      () => null,
      (e) => e,
    );
    assert.ok(error, 'rejected');
    assert.match(error.message, pattern);
    assert.equal(error.message.match(/knee-advice prerender: /g).length, 1, 'the prefix once');
  };
  await refused(() => prerender('knee-advise'), /unknown element <knee-advise>; use knee-advice, /);
  await refused(
    () => prerender('knee-advice', { colour: 'red' }),
    /<knee-advice> has no attribute "colour"; use lang, /,
  );
  await refused(
    () => prerender('knee-advice', { 'heading-level': {} }),
    /heading-level must be text, a number or true/,
  );
  for (const assets of ['javascript:alert(1)', 'data:text/css,x', '//evil.example/', '/a b/', '"><script>', 'ftp://x/'])
    await refused(() => prerender('knee-advice', {}, { assets }), /assets ".*" is not a path or an http\(s\) URL/);
  for (const assets of ['/assets/', 'assets/', '../cdn/', 'https://cdn.example/knee/1.0/', 'http://localhost:8080/x/'])
    assert.ok(
      (await prerender('knee-advice-card', {}, { assets })).includes(`href="${assets}knee-advice-card.css"`),
      assets,
    );
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
    { encoding: 'utf8' },
  );
  assert.match(out, /^<knee-advice lang="es" heading-level="4" sections="why adjust"><template shadowrootmode="open">/);
  assert.ok(out.includes('Por Nicola Tik'), '--lang writes the interface words in that language');
  assert.match(out, /<h4 id="knee-title"[^>]*>Clinic edition<\/h4>/);
  assert.equal(out.match(/part="card"/g).length, 2);
  const run = (...args) => spawnSync(process.execPath, [cli, 'prerender', ...args], { encoding: 'utf8' });
  const refused = (args, pattern) => {
    const result = run(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, pattern);
    assert.equal(result.stderr.match(/knee-advice prerender: /g).length, 1, 'the prefix once');
  };
  refused(['--heading-level', '9'], /heading-level="9" is not valid; use one of 1, 2, 3, 4, 5, 6/);
  refused(['--heading-level', 'two'], /--heading-level must be a number, not "two"/);
  refused(['--theme', 'pink'], /--theme must be one of auto, light, dark, not "pink"/);
  refused(['--colour', 'red'], /Unknown option '--colour'/);
  refused(['--assets', 'javascript:alert(1)'], /assets "javascript:alert\(1\)" is not a path or an http\(s\) URL/);
  refused(['knee-advise'], /unknown element "knee-advise"/);
  refused(['knee-advice-card', '--section', 'knees'], /--section must be one of why, adjust, strengthen, flare-up/);
  const card = execFileSync(process.execPath, [cli, 'prerender', 'knee-advice-card', '--section', 'adjust'], {
    encoding: 'utf8',
  });
  assert.match(card, /^<knee-advice-card section="adjust"><template shadowrootmode="open">/);
  // the help lists each option of the element with the words the element's reference uses
  const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  assert.match(help, /npx knee-advice prerender \[<tag>\]/);
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const advice = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'knee-advice');
  for (const a of advice.attributes) assert.match(help, new RegExp(`--${a.name}\\b`), a.name);
  assert.match(help, /--lang STRING +The element's language: its interface words are written in it/);
  const cardHelp = execFileSync(process.execPath, [cli, 'prerender', 'knee-advice-card', '--help'], {
    encoding: 'utf8',
  });
  assert.match(cardHelp, /--section why\|adjust\|strengthen\|flare-up/);
});

test("the build ships each element's stylesheet beside the CDN file, as the element adopts it", async () => {
  const { stylesheet } = await import(resolve('dist/prerender/index.js'));
  const css = readFileSync('dist/cdn/knee-advice.css', 'utf8');
  assert.match(css, /^:host\{--_accent:/);
  assert.equal(css.replace(/\s+/g, ''), stylesheet('knee-advice').replace(/\s+/g, ''));
});
