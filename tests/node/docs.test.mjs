// The docs stay current: every relative link points to a file that exists, and the snippets marked with
// `<!-- check: NAME -->` (the line before a code block) in README.md and docs/*.md work, run in Chromium
// against the CDN build in dist/cdn/ served as a clinic's site serves it (npm test builds it first):
//   editor-snippet  the snippet an editor pastes: the article renders from knee-advice.js alone
//   one-file        the one-file build: every element from one script request
//   chapters        the chapters file: its cues are the player's steps, titles in order
//   theming         the theming example: applied, and axe finds no contrast problem in light or in dark
//   theming-pair    exact light-dark() pairs: each scheme paints exactly the colour given
// and the accent table of docs/theming.md is what the browser paints.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { integrity } from '../../scripts/sri.mjs';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { serve } from './static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const folder = `knee-advice-${version}`;
const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
// Pages other issues are writing now; a link to one of them is checked once it exists.
const PENDING = new Set([
  'docs/content.md',
  'docs/video.md',
  'docs/run-log.md',
  'docs/testing.md',
  'docs/frameworks/README.md',
]);

/** Every `<!-- check: NAME -->` code block of the docs: { name, page, lang, code }. */
const snippets = PAGES.flatMap((page) =>
  [...readFileSync(page, 'utf8').matchAll(/<!-- check: ([\w-]+) -->\n\n```(\w+)\n([\s\S]*?)\n```/g)].map((m) => ({
    name: m[1],
    page,
    lang: m[2],
    code: m[3],
  })),
);
const snippetsNamed = (name) => snippets.filter((s) => s.name === name);

/** A snippet as a clinic pastes it into its site, where the release folder was uploaded. */
const filled = (code) =>
  code
    .replaceAll('<version>', version)
    .replaceAll('sha384-(knee-advice.js in integrity.txt)', integrity('dist/cdn/knee-advice.js'))
    .replaceAll('sha384-(knee-advice.all.js in integrity.txt)', integrity('dist/cdn/knee-advice.all.js'));

const page = (body, head = '') =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /><title>A clinic's page</title>${head}</head><body>\n${body}\n</body></html>\n`;
const SCRIPT = `<script type="module" src="/${folder}/knee-advice.js"></script>`;

let site;
let server;
let browser;
before(async () => {
  site = mkdtempSync(join(tmpdir(), 'knee-docs-'));
  cpSync('dist/cdn', join(site, folder), { recursive: true });
  cpSync('content/sample', join(site, 'sample'), { recursive: true });
  server = await serve(site);
  browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** Opens `html` as /<file> of the site; returns the tab, its console problems and the scripts it requested. */
async function open(file, html, scheme = 'light') {
  writeFileSync(join(site, file), html);
  const tab = await browser.newPage();
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  const problems = [];
  const scripts = [];
  tab.on('console', (m) => {
    if (['warn', 'error'].includes(m.type()) && !m.location()?.url?.endsWith('/favicon.ico'))
      problems.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  tab.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await tab.goto(`${server.url}/${file}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.querySelector('knee-advice')?.shadowRoot?.querySelector('[part~=card]'), {
    timeout: 10000,
  });
  return { tab, problems, scripts };
}

/** The sRGB bytes a CSS colour paints as, in the page; and WCAG contrast. */
const PAINT = `
  window.__paint = (c) => { const x = document.createElement('canvas').getContext('2d'); x.fillStyle = c; x.fillRect(0, 0, 1, 1); return [...x.getImageData(0, 0, 1, 1).data.slice(0, 3)]; };
  window.__hex = (rgb) => '#' + rgb.map((v) => v.toString(16).padStart(2, '0')).join('');
  window.__lum = (rgb) => { const l = (v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4); return 0.2126 * l(rgb[0]) + 0.7152 * l(rgb[1]) + 0.0722 * l(rgb[2]); };
  window.__ratio = (a, b) => { const [p, q] = [__lum(a), __lum(b)]; return (Math.max(p, q) + 0.05) / (Math.min(p, q) + 0.05); };
  window.__token = (el, token) => { const s = document.createElement('span'); el.shadowRoot.append(s); s.style.color = 'var(' + token + ')'; const c = getComputedStyle(s).color; s.remove(); return __paint(c); };
`;

async function axeContrast(tab) {
  await tab.addScriptTag({ content: axeSource });
  return tab.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`));
  });
}

describe('links', () => {
  test('every relative link of README.md, CONTRIBUTING.md and docs/*.md points to a file that exists', () => {
    for (const file of PAGES) {
      const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#|\?)/.test(target)) continue;
        const path = normalize(join(dirname(file), target.split('#')[0]));
        if (PENDING.has(path) && !existsSync(path)) continue;
        assert.ok(existsSync(path), `${file} links ${target}, which does not exist`);
      }
    }
  });
});

describe('snippets of the docs', () => {
  test('every kind of check has its snippet', () => {
    for (const name of ['editor-snippet', 'one-file', 'chapters', 'theming', 'theming-pair'])
      assert.ok(snippetsNamed(name).length, `a snippet marked ${name}`);
    assert.ok(
      snippetsNamed('editor-snippet').some((s) => s.page === 'README.md'),
      "the README's snippet is checked",
    );
  });

  for (const { page: doc, code } of snippetsNamed('editor-snippet'))
    test(`the editor's snippet (${doc}): the article from knee-advice.js alone, with its integrity value`, async () => {
      const { tab, problems, scripts } = await open('editor.html', page(filled(code)));
      assert.equal(
        await tab.$$eval('knee-advice', (els) => els[0].shadowRoot.querySelectorAll('[part~=card]').length),
        4,
      );
      assert.deepEqual(scripts, [`/${folder}/knee-advice.js`]);
      assert.deepEqual(problems, []);
      await tab.close();
    });

  for (const { page: doc, code } of snippetsNamed('one-file'))
    test(`the one-file build (${doc}): every element it names from one script request`, async () => {
      const { tab, problems, scripts } = await open('one-file.html', page(filled(code)));
      await tab.waitForFunction(
        () =>
          document.querySelector('knee-advice').shadowRoot.querySelector('knee-run-log')?.shadowRoot?.childElementCount,
      );
      assert.deepEqual(scripts, [`/${folder}/knee-advice.all.js`]);
      assert.deepEqual(problems, []);
      await tab.close();
    });

  for (const { page: doc, code } of snippetsNamed('chapters'))
    test(`the chapters file (${doc}): its cues are the player's steps`, async () => {
      writeFileSync(join(site, 'chapters.vtt'), `${code}\n`);
      const titles = code
        .split(/\n\n+/)
        .slice(1)
        .map((cue) => cue.split('\n').at(-1));
      const { tab, problems } = await open(
        'chapters.html',
        page(`${SCRIPT}<knee-advice video-src="/sample/sample.webm" video-chapters="/chapters.vtt"></knee-advice>`),
      );
      const steps = await tab.waitForFunction(() => {
        const player = document.querySelector('knee-advice').shadowRoot.querySelector('knee-exercise-player');
        const buttons = [...(player?.shadowRoot?.querySelectorAll('[part~=step]') ?? [])];
        return buttons.length && buttons.map((b) => b.textContent.replace(/\s+/g, ' ').trim());
      });
      const shown = await steps.jsonValue();
      assert.equal(shown.length, titles.length);
      shown.forEach((step, i) => assert.ok(step.endsWith(titles[i]), `step ${i + 1}: "${step}" is "${titles[i]}"`));
      assert.deepEqual(problems, []);
      await tab.close();
    });

  for (const { page: doc, code } of snippetsNamed('theming'))
    for (const scheme of ['light', 'dark'])
      test(`the theming example (${doc}) in ${scheme} mode: applied, and no contrast problem`, async () => {
        const { tab, problems } = await open(
          `theming-${scheme}.html`,
          page(`${SCRIPT}\n${code}`, '<meta name="color-scheme" content="light dark" />'),
          scheme,
        );
        const font = await tab.$eval(
          'knee-advice',
          (el) => getComputedStyle(el.shadowRoot.querySelector('[part~=card]')).fontFamily,
        );
        assert.match(font, /Georgia/);
        const background = await tab.$eval('knee-advice', (el) => getComputedStyle(el).backgroundColor);
        assert.equal(background, scheme === 'dark' ? 'rgb(21, 25, 30)' : 'rgb(255, 255, 255)');
        assert.deepEqual(await axeContrast(tab), []);
        assert.deepEqual(problems, []);
        await tab.close();
      });

  for (const { page: doc, code } of snippetsNamed('theming-pair'))
    test(`exact light-dark() pairs (${doc}): each scheme paints the colour given`, async () => {
      const pairs = [...code.matchAll(/(--knee-[\w-]+): light-dark\((#\w+), (#\w+)\)/g)];
      assert.ok(pairs.length >= 1);
      for (const scheme of ['light', 'dark']) {
        const { tab } = await open(
          `pair-${scheme}.html`,
          page(
            `${SCRIPT}<style>${code}</style><knee-advice></knee-advice>`,
            '<meta name="color-scheme" content="light dark" />',
          ),
          scheme,
        );
        await tab.addScriptTag({ content: PAINT });
        for (const [, token, light, dark] of pairs) {
          const inner =
            token === '--knee-accent' ? '--_accent' : token === '--knee-callout-surface' ? '--_callout' : null;
          if (!inner) continue;
          const shown = await tab.$eval('knee-advice', (el, t) => window.__hex(window.__token(el, t)), inner);
          assert.equal(shown, scheme === 'dark' ? dark : light, `${token} in ${scheme} mode`);
        }
        await tab.close();
      }
    });

  test('the accent table of docs/theming.md is what the browser paints', async () => {
    const rows = [
      ...readFileSync('docs/theming.md', 'utf8').matchAll(
        /^\| `(#\w{6})` +\| `(#\w{6})`, ([\d.]+):1 +\| `(#\w{6})`, ([\d.]+):1 +\|$/gm,
      ),
    ];
    assert.equal(rows.length, 5, 'five rows');
    for (const scheme of ['light', 'dark']) {
      const { tab } = await open(
        `table-${scheme}.html`,
        page(
          `${SCRIPT}<knee-advice sections="why"></knee-advice>`,
          '<meta name="color-scheme" content="light dark" />',
        ),
        scheme,
      );
      await tab.addScriptTag({ content: PAINT });
      for (const [, accent, light, lightRatio, dark, darkRatio] of rows) {
        const [shown, ratio] = await tab.$eval(
          'knee-advice',
          (el, a) => {
            el.style.setProperty('--knee-accent', a);
            const fg = window.__token(el, '--_accent');
            return [window.__hex(fg), window.__ratio(fg, window.__token(el, '--_surface')).toFixed(2)];
          },
          accent,
        );
        assert.deepEqual(
          [shown, ratio],
          scheme === 'light' ? [light, lightRatio] : [dark, darkRatio],
          `${accent} in ${scheme} mode`,
        );
        assert.ok(Number(ratio) >= 4.5);
      }
      await tab.close();
    }
  });
});
