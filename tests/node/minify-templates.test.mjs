// The build-time minifier of `html` and `css` templates (vite.config.ts): what it removes, what it must
// keep (bindings, words, quoted values), and that the built CDN file (dist/cdn/, which npm test builds first)
// carries the article word for word.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { runnerImport } from 'vite';

const { module: config } = await runnerImport(resolve('vite.config.ts'));
const { minifyHtml, minifyCss } = config;

test('drops indentation next to block-level tags and collapses it inside tags', () => {
  const out = minifyHtml([
    '<section\n      part="card"\n      class="card">\n      <p part="paragraph">',
    '</p>\n    </section>\n  ',
  ]);
  assert.deepEqual(out, ['<section part="card" class="card"><p part="paragraph">', '</p></section>']);
});

test('keeps every binding in its place, with its name and prefix', () => {
  const strings = [
    '<input\n  part="checkbox"\n  .value=',
    '\n  ?checked=',
    '\n  @change=',
    '\n/>\n<label for=',
    '>',
    '</label>',
  ];
  const out = minifyHtml(strings);
  assert.equal(out.length, strings.length);
  assert.deepEqual(out, [
    '<input part="checkbox" .value=',
    ' ?checked=',
    ' @change=',
    ' /> <label for=',
    '>',
    '</label>',
  ]);
});

test('keeps spaces between words and inline elements, and quoted attribute values as written', () => {
  assert.deepEqual(minifyHtml(['<p>By ', ' and <em>', '</em> today</p>']), ['<p>By ', ' and <em>', '</em> today</p>']);
  assert.deepEqual(minifyHtml(['<span>a</span>\n   <span>b</span>']), ['<span>a</span> <span>b</span>']);
  assert.deepEqual(minifyHtml(['<div class="card   ', '\n  x">']), ['<div class="card   ', '\n  x">']);
  assert.deepEqual(minifyHtml(['', '\n  ', '']), ['', ' ', '']);
});

test('leaves templates with pre, textarea, script or style alone', () => {
  assert.equal(minifyHtml(['<pre>\n  a\n</pre>']), null);
  assert.equal(minifyHtml(['<textarea>\n</textarea>']), null);
});

test('minifies CSS outside strings and keeps calc() spacing and descendant pseudo-classes', () => {
  assert.equal(
    minifyCss(
      `\n  /* note */\n  :host([theme='light  x']) {\n    width: calc(1em + 2px) !important;\n  }\n  .a :focus-visible,\n  li > p {\n    color: red;\n  }\n`,
    ),
    ` :host([theme='light  x']){width:calc(1em + 2px)!important}.a :focus-visible,li>p{color:red}`,
  );
});

test('the built CDN file has no template indentation left and carries the article word for word', () => {
  // built by `npm run build:cdn` (npm test's pretest), not built again here
  const code = readFileSync('dist/cdn/knee-advice.js', 'utf8');
  assert.equal(code.split('\n').length < 60, true, `fully minified (got ${code.split('\n').length} lines)`);
  assert.doesNotMatch(code, />\n {2,}</, 'no indentation between tags');
  const article = JSON.parse(readFileSync('content/article.json', 'utf8'));
  const words = [
    article.title,
    ...article.introduction,
    ...article.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
    ...article.checklist.items.map((i) => i.source.quote),
  ];
  for (const text of words)
    assert.ok(
      code.includes(JSON.stringify(text).slice(1, -1)) || code.includes(text),
      `"${text.slice(0, 40)}…" verbatim`,
    );
});
