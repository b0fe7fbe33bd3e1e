// The one-file build (dist/cdn/knee-advice.all.js, `vite build --mode all`, written by `npm run build:cdn`):
// every element, every built-in language and Lit in one file, for a site that requires Subresource
// Integrity on every script. Served as a clinic's server would (plain files, no rewriting), in Chromium.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { integrity } from '../../scripts/sri.mjs';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { serve } from './static-server.mjs';

const FILE = 'dist/cdn/knee-advice.all.js';
const TAGS = ['knee-advice', 'knee-advice-card', 'knee-flare-up-checklist', 'knee-exercise-player', 'knee-run-log'];
const page = (value) => `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <title>Una clínica</title>
    <script type="module" src="cdn/knee-advice.all.js" integrity="${value}" crossorigin="anonymous"></script>
  </head>
  <body>
    <knee-advice sections="why"></knee-advice>
    <knee-advice-card section="adjust"></knee-advice-card>
    <knee-flare-up-checklist></knee-flare-up-checklist>
    <knee-exercise-player src="sample/sample.webm" chapters="sample/chapters.vtt"></knee-exercise-player>
    <knee-run-log></knee-run-log>
  </body>
</html>
`;

let dir, server, browser;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'knee-one-file-'));
  cpSync('dist/cdn', join(dir, 'cdn'), { recursive: true });
  cpSync('content/sample', join(dir, 'sample'), { recursive: true });
  writeFileSync(join(dir, 'right.html'), page(integrity(FILE)));
  writeFileSync(join(dir, 'wrong.html'), page(`sha384-${'A'.repeat(64)}`));
  server = await serve(dir);
  browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page; returns it with the script URLs it requested and its console warnings and errors. */
async function open(name) {
  const tab = await browser.newPage();
  const scripts = [];
  const logs = [];
  tab.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  tab.on('console', (m) => {
    // the browser's own favicon request is no request of the page
    if (['warn', 'error'].includes(m.type()) && !m.location()?.url?.endsWith('/favicon.ico')) logs.push(m.text());
  });
  tab.on('pageerror', (e) => logs.push(e.message));
  await tab.goto(`${server.url}/${name}`, { waitUntil: 'load' });
  return { tab, scripts, logs };
}

test('imports nothing, statically or on demand', () => {
  assert.doesNotMatch(readFileSync(FILE, 'utf8'), /\bimport\s*\(|\bfrom\s*["'`]|\bimport\s*["'`]/);
});

test('a page with the file and its integrity shows all five elements, in Spanish, with one script request', async () => {
  const { tab, scripts, logs } = await open('right.html');
  await tab.waitForFunction(
    (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.childElementCount),
    { timeout: 10000 },
    TAGS,
  );
  // the Spanish table and the player's steps (from its chapters file) come from the one file
  await tab.waitForFunction(
    () =>
      document.querySelector('knee-advice').shadowRoot.textContent.includes('Por Nicola Tik') &&
      document.querySelector('knee-exercise-player').shadowRoot.querySelectorAll('[part~=step]').length > 0,
    { timeout: 10000 },
  );
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(scripts, ['/cdn/knee-advice.all.js']);
  assert.deepEqual(logs, []);
  await tab.close();
});

test('the browser refuses the file under a wrong integrity value (the value is really checked)', async () => {
  const { tab, logs } = await open('wrong.html');
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await tab.evaluate(() => customElements.get('knee-advice')), undefined);
  assert.match(logs.join('\n'), /integrity/i);
  await tab.close();
});
