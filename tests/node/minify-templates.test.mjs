// The build-time minifier of `html`, `svg` and `css` templates (minifyTemplates in vite.config.ts, the Lit
// team's plugin as we configure it): what it removes, what it must keep (bindings, words, closing slashes
// in SVG, calc() spacing), what it leaves alone, and that the built CDN file (dist/cdn/, which npm test
// builds first) carries the article word for word.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { loadConfigFromFile } from 'vite';

const { config } = await loadConfigFromFile(
  { command: 'build', mode: 'cdn' },
  'vite.config.ts',
  process.cwd(),
  'silent',
);
const plugin = config.plugins.flat().find((p) => p?.name === 'knee-minify-templates');
const warnings = [];
const context = {
  warn: (message) => warnings.push(String(message)),
  error: (message) => {
    throw new Error(String(message));
  },
};
/** The module `code` as the build turns it into, when it is the file `src/<file>`. */
const minify = async (code, file = 'src/example.ts') =>
  (await plugin.transform.call(context, code, resolve(file)))?.code ?? code;

test('drops indentation next to block-level tags and collapses it inside tags', async () => {
  assert.equal(
    await minify(
      'html`<section\n      part="card"\n      class="card">\n      <p part="paragraph">${x}</p>\n    </section>\n  `;',
    ),
    'html`<section part="card" class="card"><p part="paragraph">${x}</p></section>`;',
  );
});

test('keeps every binding in its place, with its name and prefix', async () => {
  assert.equal(
    await minify(
      'html`<input\n  part="checkbox"\n  .value=${a}\n  ?checked=${b}\n  @change=${c}\n/>\n<label for=${d}>${e}</label>`;',
    ),
    'html`<input part="checkbox" .value="${a}" ?checked="${b}" @change="${c}"/> <label for="${d}">${e}</label>`;',
  );
});

test('keeps spaces between words, bindings and inline elements', async () => {
  assert.equal(
    await minify('html`<p>By ${a} and <em>${b}</em> today</p>\n<span>a</span>\n   <span>${c} / ${d}</span>`;'),
    'html`<p>By ${a} and <em>${b}</em> today</p><span>a</span> <span>${c} / ${d}</span>`;',
  );
});

test('keeps the closing slashes of SVG elements, so a <rect /> never holds the element after it', async () => {
  assert.equal(await minify('svg`<rect x="1" />\n<line y2="6" />`;'), 'svg`<rect x="1"/><line y2="6"/>`;');
});

test('minifies CSS outside strings and keeps calc() spacing and descendant pseudo-classes', async () => {
  assert.equal(
    await minify(
      "css`\n  /* note */\n  :host([theme='light  x']) {\n    width: calc(1em + 2px) !important;\n  }\n  .a :focus-visible,\n  li > p {\n    color: red;\n  }\n`;",
    ),
    'css`:host([theme="light  x"]){width:calc(1em + 2px)!important}.a :focus-visible,li>p{color:red}`;',
  );
});

test('leaves alone <pre>, untagged strings, files outside src/ and a file it cannot read', async () => {
  assert.equal(await minify('html`<pre>\n  a\n</pre>`;'), 'html`<pre>\n  a\n</pre>`;');
  assert.equal(await minify('const s = `<p>\n  text\n</p>`;'), 'const s = `<p>\n  text\n</p>`;');
  assert.equal(await minify('html`<p>\n  a\n</p>`;', 'stories/example.ts'), 'html`<p>\n  a\n</p>`;');
  const dynamic = 'html`<div>\n  <${tag}>x</${tag}>\n</div>`;';
  assert.equal(await minify(dynamic), dynamic);
  assert.equal(warnings.length, 1, 'with a warning');
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
