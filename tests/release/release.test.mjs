// The release folder an editor uploads (scripts/release.mjs; `npm run release`, which CI runs after `npm test`):
// what it holds, its zip and integrity.txt, and each of its pages in Chromium: example.html served by a plain
// static server, EDITORS.html opened from the disk, and builder.html driven by keyboard, its snippet pasted
// into an empty page of a clinic's site.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { integrity, scripts } from '../../scripts/sri.mjs';
import { CHROME_ARGS, findChrome } from '../node/chrome.mjs';
import { serve } from '../node/static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const name = `knee-advice-${version}`;
const dir = join('release', name);
if (!existsSync(dir)) throw new Error(`${dir}/ is missing: run \`npm run release\` first.`);

/** Every file under `root`, relative, with `/`. */
function files(root) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(root, join(d, e.name)).split(sep).join('/'));
  };
  walk(root);
  return out.sort();
}

let browser;
let site; // a clinic's site: the folder uploaded under its own name, and an empty page to paste into
let server;
before(async () => {
  browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  site = mkdtempSync(join(tmpdir(), 'knee-site-'));
  cpSync(dir, join(site, name), { recursive: true });
  server = await serve(site);
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** A new tab that records console warnings and errors, uncaught errors, failed requests and scripts loaded. */
async function tab() {
  const page = await browser.newPage();
  const problems = [];
  const scriptsLoaded = [];
  page.on('console', (m) => {
    if (['warn', 'error'].includes(m.type()) && !m.location()?.url?.endsWith('/favicon.ico'))
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => r.resourceType() === 'script' && scriptsLoaded.push(new URL(r.url()).pathname));
  return { page, problems, scriptsLoaded };
}

async function axe(page, context = 'body') {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (c) => {
    const result = await window.axe.run(c, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, context);
}

describe('the release folder', () => {
  test('holds what an editor uploads, and nothing from the tests or the stories', () => {
    const list = files(dir);
    for (const f of [
      'knee-advice.js',
      'knee-advice.all.js',
      'chunks/knee-exercise-player.js',
      'chunks/knee-run-log.js',
      'chunks/content-check.js',
      'locales/es.js',
      'locales/fr.js',
      'locales/de.js',
      'locales/nl.js',
      'knee-advice.css',
      'knee-exercise-player.css',
      'integrity.txt',
      'EDITORS.html',
      'example.html',
      'builder.html',
      'sample/sample.mp4',
      'sample/sample.webm',
      'sample/poster.jpg',
      'sample/captions.vtt',
      'sample/chapters.vtt',
    ])
      assert.ok(list.includes(f), `${f} is in the folder`);
    assert.deepEqual(
      list.filter((f) => /test|stories|\.ts$|\.sh$|fixtures/.test(f)),
      [],
      'nothing from the tests, the stories or the sources',
    );
  });

  test('the zip holds the same files, byte for byte, in a folder of the same name', () => {
    const zip = unzipSync(new Uint8Array(readFileSync(`${dir}.zip`)));
    const entries = Object.keys(zip).filter((p) => !p.endsWith('/'));
    assert.deepEqual(
      entries.sort(),
      files(dir).map((f) => `${name}/${f}`),
    );
    for (const f of files(dir))
      assert.ok(Buffer.from(zip[`${name}/${f}`]).equals(readFileSync(join(dir, f))), `${f} is the same in the zip`);
  });

  test('integrity.txt gives every .js file its sha384 value, path first', () => {
    const lines = readFileSync(join(dir, 'integrity.txt'), 'utf8').trim().split('\n');
    assert.deepEqual(
      lines,
      scripts(dir).map((f) => `${f} ${integrity(join(dir, f))}`),
    );
    assert.ok(lines.some((l) => l.startsWith('knee-advice.all.js sha384-')));
  });
});

describe('example.html, served by a plain static server', () => {
  test('shows the whole article, the checklist, the player with the sample steps and captions, and the run log', async () => {
    const { page, problems } = await tab();
    await page.goto(`${server.url}/${name}/example.html`, { waitUntil: 'load' });
    const state = await page.waitForFunction(
      () => {
        const advice = document.querySelector('knee-advice')?.shadowRoot;
        const player = advice?.querySelector('knee-exercise-player')?.shadowRoot;
        const log = advice?.querySelector('knee-run-log')?.shadowRoot;
        const steps = [...(player?.querySelectorAll('[part~=step]') ?? [])].map((s) => s.textContent.trim());
        const ready =
          advice?.querySelectorAll('[part~=card]').length === 4 &&
          advice.querySelector('knee-flare-up-checklist')?.shadowRoot?.querySelectorAll('input[type=checkbox]').length >
            0 &&
          steps.length === 3 &&
          log?.querySelector('[part~=form]');
        // the transcript lists the captions once opened
        const transcript = player?.querySelector('details.transcript');
        if (transcript) transcript.open = true;
        const cues = player?.querySelectorAll('[part~=cue]').length ?? 0;
        return ready && cues > 0 && { steps, cues };
      },
      { timeout: 15000 },
    );
    const { steps, cues } = await state.jsonValue();
    const titles = ['Glutes', 'Quads', 'Hamstrings'];
    steps.forEach((step, i) => assert.ok(step.includes(titles[i]), `step ${i + 1} is "${titles[i]}": ${step}`));
    assert.equal(cues, 6, 'the six captions are the transcript');
    assert.deepEqual(await axe(page), [], 'axe, light');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('knee-advice')).backgroundColor,
    );
    assert.equal(background, 'rgb(21, 25, 30)', 'the page supports dark mode, so the article is dark');
    assert.deepEqual(await axe(page), [], 'axe, dark');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('EDITORS.html', () => {
  test('opens from the folder with a double click: everything is inside it, and axe finds nothing', async () => {
    const { page, problems } = await tab();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(join(dir, 'EDITORS.html')).href;
    await page.goto(url, { waitUntil: 'load' });
    assert.deepEqual(
      requests.filter((r) => r !== url && !r.startsWith('data:')),
      [],
      'no request leaves the page',
    );
    const images = await page.$$eval('img', (imgs) =>
      imgs.map((i) => ({ ok: i.complete && i.naturalWidth > 0, alt: i.alt })),
    );
    assert.ok(images.length >= 4, 'it has screenshots');
    for (const image of images) assert.ok(image.ok && image.alt.length > 20, `a screenshot with words: ${image.alt}`);
    assert.deepEqual(await axe(page), [], 'axe, light');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    assert.deepEqual(await axe(page), [], 'axe, dark');
    // every link is to a file of the folder, or to a heading of the page
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    for (const href of links) {
      if (href.startsWith('#'))
        assert.ok(await page.evaluate((id) => document.getElementById(id), href.slice(1)), `${href} is on the page`);
      else if (!/^https:\/\//.test(href)) assert.ok(existsSync(join(dir, href)), `${href} is in the folder`);
    }
    const text = await page.evaluate(() => document.body.innerText);
    for (const words of [
      version,
      'Upload the folder',
      'WEBVTT',
      '00:00:06.000 --> 00:00:12.000',
      'Step 2 of 3: Quads',
      'persist',
      'light-dark',
      integrity(join(dir, 'knee-advice.js')),
      integrity(join(dir, 'knee-advice.all.js')),
      `https://cdn.jsdelivr.net/npm/knee-advice@${version}/dist/cdn/knee-advice.js`,
    ])
      assert.ok(text.includes(words), `EDITORS.html says "${words}"`);
    assert.doesNotMatch(text, /<version>|sha384-\(/, 'no placeholder is left');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('builder.html', () => {
  test('is axe-clean in light and dark, and fits a 320 px phone', async () => {
    const { page, problems } = await tab();
    await page.goto(`${server.url}/${name}/builder.html`, { waitUntil: 'load' });
    await page.waitForSelector('snippet-builder >>> .summary');
    await page.waitForFunction(() =>
      document.querySelector('snippet-builder').shadowRoot.querySelector('.summary').textContent.includes('pass'),
    );
    assert.deepEqual(await axe(page), [], 'axe, light');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    assert.deepEqual(await axe(page), [], 'axe, dark');
    await page.setViewport({ width: 320, height: 800 });
    assert.ok(
      (await page.evaluate(() => document.documentElement.scrollWidth)) <= 320,
      'no sideways scrolling at 320 px',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('opens from the disk too (a double click), with its integrity values', async () => {
    const { page } = await tab();
    await page.goto(pathToFileURL(join(dir, 'builder.html')).href, { waitUntil: 'load' });
    const snippet = await (await page.waitForSelector('snippet-builder >>> #snippet')).evaluate((t) => t.value);
    assert.ok(snippet.includes(`integrity="${integrity(join(dir, 'knee-advice.js'))}"`), snippet);
    await page.close();
  });

  test('driven by keyboard, its snippet pasted into an empty page renders what was chosen', async () => {
    const { page, problems } = await tab();
    await browser
      .defaultBrowserContext()
      .overridePermissions(server.url, ['clipboard-read', 'clipboard-sanitized-write']);
    await page.goto(`${server.url}/${name}/builder.html`, { waitUntil: 'load' });
    const $ = (selector) => page.waitForSelector(`snippet-builder >>> ${selector}`);
    const press = async (selector, key = 'Space') => {
      await (await $(selector)).focus();
      await page.keyboard.press(key);
    };
    const type = async (selector, text) => {
      await (await $(selector)).focus();
      await page.keyboard.type(text);
    };
    await press('input[name=build][value="knee-advice.all.js"]');
    await press('input[name=section][value=why]');
    await press('input[name=section][value=strengthen]');
    await press('#heading-level', 'ArrowDown'); // 2 → 3
    await (await $('#lang')).focus();
    await page.keyboard.type('Spanish'); // a closed select takes the option typed
    await type('#accent-light', '#6b2c91');
    await type('#callout-light', '#f3e8fa');
    await press('input[name=persist]');
    await press('input[name=log]');
    await press('button.sample', 'Enter');
    await press('button.copy', 'Enter');
    await page.waitForFunction(() =>
      document.querySelector('snippet-builder').shadowRoot.querySelector('.copied').textContent.includes('Copied'),
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await (await $('#snippet')).evaluate((t) => t.value);
    assert.equal(copied, shown, 'what is copied is what is shown');
    for (const part of [
      `src="/${name}/knee-advice.all.js"`,
      `integrity="${integrity(join(dir, 'knee-advice.all.js'))}"`,
      'sections="adjust exercise flare-up checklist"',
      'heading-level="3"',
      'lang="es"',
      '--knee-accent: #6b2c91;',
      '--knee-callout-surface: #f3e8fa;',
      'video-chapters="sample/chapters.vtt"',
    ])
      assert.ok(copied.includes(part), `the snippet has ${part}:\n${copied}`);
    // the preview shows the choices too
    const preview = await (await $('.preview knee-advice')).evaluate((el) => el.getAttribute('sections'));
    assert.equal(preview, 'adjust exercise flare-up checklist');
    assert.deepEqual(problems, []);

    // pasted into an empty page of the clinic's site, beside the uploaded folder
    writeFileSync(
      join(site, name, 'sample', '..', '..', 'pasted.html'),
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${copied.replaceAll('"sample/', `"/${name}/sample/`)}</body></html>\n`,
    );
    const pasted = await tab();
    await pasted.page.goto(`${server.url}/pasted.html`, { waitUntil: 'load' });
    const result = await pasted.page.waitForFunction(
      () => {
        const root = document.querySelector('knee-advice')?.shadowRoot;
        const player = root?.querySelector('knee-exercise-player')?.shadowRoot;
        const steps = player?.querySelectorAll('[part~=step]').length;
        const log = root?.querySelector('knee-run-log')?.shadowRoot?.childElementCount;
        if (!root || !steps || !log || !root.textContent.includes('Por ')) return false;
        const button = root.querySelector('knee-flare-up-checklist').shadowRoot.querySelector('summary');
        return {
          cards: [...root.querySelectorAll('[part~=card]')].length,
          title: root.querySelector('[part~=article-heading]').localName,
          steps,
          accent: getComputedStyle(button).color,
        };
      },
      { timeout: 15000 },
    );
    const r = await result.jsonValue();
    assert.deepEqual({ cards: r.cards, title: r.title, steps: r.steps }, { cards: 2, title: 'h3', steps: 3 });
    assert.match(r.accent, /^(rgb\(107, 44, 145\)|color\(xyz-d65 )/);
    assert.deepEqual(pasted.scriptsLoaded, [`/${name}/knee-advice.all.js`], 'one script request');
    assert.deepEqual(pasted.problems, []);
    await pasted.page.close();
    await page.close();
  });

  test('says in words which colour pair fails in which mode, and what to change', async () => {
    const { page } = await tab();
    await page.goto(`${server.url}/${name}/builder.html`, { waitUntil: 'load' });
    await (await page.waitForSelector('snippet-builder >>> #text-light')).type('#333333');
    await page.waitForFunction(() =>
      document.querySelector('snippet-builder').shadowRoot.querySelector('.summary').textContent.includes('fail'),
    );
    const words = await page.evaluate(() =>
      document.querySelector('snippet-builder').shadowRoot.textContent.replace(/\s+/g, ' '),
    );
    assert.match(words, /Fails: in dark mode, body text on the background, #333333 on #15191e: 1\.\d\d:1\./);
    assert.match(words, /give the text colour a colour for dark mode: a lighter one such as #[0-9a-f]{6} passes/);
    await page.close();
  });

  test('shows what the editor types as text: a URL with markup in it stays text in the snippet and the page', async () => {
    const { page, problems } = await tab();
    await page.goto(`${server.url}/${name}/builder.html`, { waitUntil: 'load' });
    const hostile = '"><img src=x onerror="window.__hacked=1">';
    await (await page.waitForSelector('snippet-builder >>> #videoSrc')).type(hostile);
    const snippet = await (await page.waitForSelector('snippet-builder >>> #snippet')).evaluate((t) => t.value);
    assert.ok(snippet.includes('video-src="&quot;>&lt;img src=x onerror=&quot;window.__hacked=1&quot;>"'), snippet);
    assert.equal(
      await page.evaluate(() => document.querySelector('snippet-builder').shadowRoot.querySelector('img')),
      null,
    );
    assert.equal(await page.evaluate(() => window.__hacked), undefined);
    assert.deepEqual(
      problems.filter((p) => !p.includes('%22%3E%3Cimg')),
      [],
    );
    await page.close();
  });
});
