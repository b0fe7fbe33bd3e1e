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
  // the article's words are English (no `lang` in the content) on a Spanish element: marked as such
  assert.match(out, /<h4 id="knee-title"[^>]*><span lang="en">Clinic edition<\/span><\/h4>/);
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

// issue 18: what a clinic's governance asks of the page, in the markup search engines and readers get
const edition = () => ({
  ...structuredClone(article),
  adaptedBy: 'Northside Physiotherapy',
  published: '2026-11-01',
  reviewed: '2027-03-15',
  nextReview: '2099-03-15',
  publisher: { name: 'Northside Physiotherapy', url: 'https://northside-physio.example/' },
  sources: [
    { title: 'Patellofemoral pain: clinical practice guideline', url: 'https://guidelines.example/knee-pain' },
    { title: 'Running load and knee pain', url: 'http://journal.example/articles/42?ref=a&b=c' },
  ],
});
const jsonLd = (html) => {
  const found = [...html.matchAll(/<script type="application\/ld\+json" data-knee-structured-data>(.*?)<\/script>/gs)];
  assert.equal(found.length, 1, 'one JSON-LD script');
  return found[0];
};
/** Every property of the data, at any depth, with its path: none may be empty. */
const empties = (value, path = '') =>
  value === '' || value === null || (Array.isArray(value) && value.length === 0)
    ? [path]
    : typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => empties(v, `${path}.${k}`))
      : [];

test('<knee-advice> is followed by its schema.org MedicalWebPage as JSON-LD: parsed, complete, nothing empty', async () => {
  const { prerender, structuredData } = await import(resolve('dist/prerender/index.js'));
  const content = edition();
  const html = await prerender('knee-advice', {}, { content });
  const [script, text] = jsonLd(html);
  assert.ok(html.endsWith(`</knee-advice>${script}`), 'the next sibling of the element, in the light DOM');
  const data = JSON.parse(text);
  assert.deepEqual(data, {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    headline: content.title,
    inLanguage: 'en',
    about: { '@type': 'MedicalCondition', name: 'Knee pain' },
    audience: { '@type': 'Patient' },
    author: { '@type': 'Person', name: 'Nicola Tik' },
    datePublished: '2026-11-01',
    lastReviewed: '2027-03-15',
    publisher: { '@type': 'Organization', name: 'Northside Physiotherapy', url: 'https://northside-physio.example/' },
    citation: content.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
  });
  assert.deepEqual(empties(data), []);
  assert.deepEqual(structuredData(content), data, 'the exported builder gives the same data');
  // only what the content has: the built-in article has no dates, publisher or sources
  const plain = JSON.parse(jsonLd(await prerender('knee-advice'))[1]);
  for (const key of ['datePublished', 'lastReviewed', 'publisher', 'citation']) assert.ok(!(key in plain), key);
  assert.deepEqual(empties(plain), []);
  for (const key of ['@type', 'headline', 'about', 'audience', 'author']) assert.ok(plain[key], key);
  // a publisher without an address, no sources: no empty url, no empty citation
  const bare = JSON.parse(
    jsonLd(
      await prerender('knee-advice', {}, { content: { ...content, publisher: { name: 'A clinic' }, sources: [] } }),
    )[1],
  );
  assert.deepEqual(bare.publisher, { '@type': 'Organization', name: 'A clinic' });
  assert.ok(!('citation' in bare));
  // only after the article; left out on request
  assert.doesNotMatch(await prerender('knee-advice-card', { section: 'why' }), /ld\+json/);
  assert.doesNotMatch(await prerender('knee-advice', {}, { content, structuredData: false }), /ld\+json/);
});

test('a hostile title stays inside the JSON: no </script>, no <!--, and it reads back as written', async () => {
  const { prerender } = await import(resolve('dist/prerender/index.js'));
  const content = edition();
  content.title = '</script><script>alert(1)</script><!-- <script>';
  content.sources[0].title = '</SCRIPT><img src=x onerror=alert(2)>';
  const html = await prerender('knee-advice', {}, { content });
  const [script, text] = jsonLd(html);
  assert.doesNotMatch(text, /<\/script|<!--|<script/i);
  assert.equal(script.match(/<\/script>/g).length, 1, 'the script element ends only where it should');
  const data = JSON.parse(text);
  assert.equal(data.headline, content.title);
  assert.equal(data.citation[0].name, content.sources[0].title);
  assert.equal(html.match(/<script>alert/g), null, 'no script element made of the title anywhere');
});

test('the markup carries the dates, the sources, the publisher, the notice and the adapted-by credit', async () => {
  const { prerender } = await import(resolve('dist/prerender/index.js'));
  const html = await prerender('knee-advice', { 'heading-level': 2 }, { content: edition() });
  assert.ok(html.includes('By Nicola Tik, adapted by Northside Physiotherapy'));
  assert.match(html, /Published <time datetime="2026-11-01">November 1, 2026<\/time>/);
  assert.match(html, /Last reviewed <time datetime="2027-03-15">March 15, 2027<\/time>/);
  assert.match(html, /Next review due <time datetime="2099-03-15">March 15, 2099<\/time>/);
  assert.match(
    html,
    /<a href="http:\/\/journal.example\/articles\/42\?ref=a&amp;b=c" rel="noopener noreferrer" referrerpolicy="no-referrer">Running load and knee pain<\/a>/,
  );
  assert.match(html, /<h3 id="knee-sources" part="sources-heading" class="heading">Sources<\/h3>/);
  assert.ok(html.includes('This article is general information, not a diagnosis or a personal plan.'));
  assert.ok(html.includes('<slot name="safety-net"></slot>'), 'the safety-net slot, in the flare-up card');
  assert.ok(!(await prerender('knee-advice', { 'no-notice': true })).includes('general information'));
  const es = await prerender('knee-advice', { lang: 'es' }, { content: edition() });
  assert.ok(es.includes('Por Nicola Tik, adaptado por Northside Physiotherapy'));
  assert.match(es, /Publicado el <time datetime="2026-11-01">1 de noviembre de 2026<\/time>/);
  // the built-in article's English words are marked on a Spanish element, its interface words are not
  assert.match(es, /<div part="intro" class="intro" lang="en">/);
  assert.match(es, /<p part="paragraph" lang="en">/);
  assert.doesNotMatch(
    await prerender('knee-advice'),
    /(intro|paragraph|item-label)" [^>]*lang="en"|<span lang=/,
    'nothing to mark on an English element',
  );
});

test('the CLI writes the JSON-LD (or leaves it out), and notes an overdue review without failing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'knee-cli-'));
  const file = join(dir, 'content.json');
  writeFileSync(file, JSON.stringify({ ...edition(), nextReview: '2001-02-03' }));
  const run = (...args) => spawnSync(process.execPath, [cli, 'prerender', ...args], { encoding: 'utf8' });
  const out = run('--content', file, '--structured-data');
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /^<knee-advice structured-data>/);
  assert.equal(JSON.parse(jsonLd(out.stdout)[1]).lastReviewed, '2027-03-15');
  assert.match(out.stderr, /knee-advice prerender: note: the next review of this article was due on 2001-02-03/);
  const without = run('--no-structured-data');
  assert.equal(without.status, 0, without.stderr);
  assert.doesNotMatch(without.stdout, /ld\+json/);
  assert.equal(without.stderr, '');
  writeFileSync(file, JSON.stringify({ ...edition(), sources: [{ title: 'x', url: 'javascript:alert(1)' }] }));
  const bad = run('--content', file);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /sources\[0\]\.url: must be an http: or https: address/);
});
