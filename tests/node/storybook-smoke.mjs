// Opens every story of the built Storybook in headless Chromium and fails on any console warning or
// error, uncaught error, axe violation (light, and dark on a page that declares `color-scheme: light dark`)
// or horizontal overflow at 320 px; then opens
// every docs page and fails on any console warning or error there.
// Stories tagged `expects-media-error` may log the failed media request their story is about.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { serve } from './static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const root = 'storybook-static';
const index = JSON.parse(readFileSync(`${root}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const docs = Object.values(index.entries).filter((e) => e.type === 'docs');
const LOUD = new Set(['error', 'warn', 'warning']);

/** Known console lines that are not ours to fix, each with its reason. Keep this short. */
const ALLOWED = [
  // (none at present)
];

/** Collects console warnings and errors (and uncaught errors) of `page` into `problems`. */
function watchConsole(page, problems, { mediaErrorsAllowed = false } = {}) {
  page.on('console', (msg) => {
    if (!LOUD.has(msg.type())) return;
    const url = msg.location()?.url ?? '';
    if (url.endsWith('/favicon.ico')) return; // the browser's own request, not the story's
    if (mediaErrorsAllowed && /\.(webm|mp4|vtt)(\?|$)/.test(url)) return;
    if (ALLOWED.some((a) => a.pattern.test(msg.text()))) return;
    problems.push(`console ${msg.type()}: ${msg.text()} ${url}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
}

const server = await serve(root);
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const failures = [];
let checked = 0;

async function settle(page) {
  await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length > 0, { timeout: 15000 });
  await page.evaluate(async () => {
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
    for (let i = 0; i < 3; i++) {
      await Promise.all(
        all(document)
          .map((e) => e.updateComplete)
          .filter(Boolean),
      );
      await new Promise((r) => setTimeout(r, 50));
    }
  });
}

async function axe(page) {
  return page.evaluate(async () => {
    const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

try {
  for (const story of stories) {
    const page = await browser.newPage();
    const problems = [];
    const mediaErrorsAllowed = (story.tags ?? []).includes('expects-media-error');
    watchConsole(page, problems, { mediaErrorsAllowed });
    try {
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await settle(page);
      const blank = await page.evaluate(() => {
        const all = (root) =>
          [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
        return all(document)
          .filter(
            (e) =>
              e.localName.startsWith('knee-') && !(customElements.get(e.localName) && e.shadowRoot?.childElementCount),
          )
          .map((e) => `<${e.localName}>`);
      });
      if (blank.length) problems.push(`not rendered (element not registered?): ${[...new Set(blank)].join(', ')}`);
      await page.addScriptTag({ content: axeSource });
      for (const v of await axe(page)) problems.push(`axe (light): ${v}`);
      // Dark: `theme="auto"` follows the page, so the page declares that it supports dark (the toolbar's
      // "Page colours") and the system prefers dark; the story root must then really be dark.
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=scheme:page-light-dark`, {
        waitUntil: 'load',
      });
      await settle(page);
      const rootShade = await page.evaluate(() => {
        const [r, g, b] = getComputedStyle(document.querySelector('[data-story-root]')).backgroundColor.match(/\d+/g);
        return (Number(r) + Number(g) + Number(b)) / 3;
      });
      if (rootShade > 64) problems.push(`dark pass: the story root is not dark (mean channel ${rootShade})`);
      await page.addScriptTag({ content: axeSource });
      for (const v of await axe(page)) problems.push(`axe (dark): ${v}`);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      await page.setViewport({ width: 320, height: 800 });
      await settle(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) problems.push(`horizontal overflow at 320 px: ${width} px wide`);
    } catch (error) {
      problems.push(`did not render: ${error.message}`);
    }
    await page.close();
    checked++;
    if (problems.length) failures.push(`${story.id}:\n    ${problems.join('\n    ')}`);
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${story.id}`);
  }
  for (const doc of docs) {
    const page = await browser.newPage();
    const problems = [];
    watchConsole(page, problems);
    try {
      await page.goto(`${server.url}/iframe.html?id=${doc.id}&viewMode=docs`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#storybook-docs')?.textContent?.trim().length > 0, {
        timeout: 15000,
      });
      await new Promise((r) => setTimeout(r, 500)); // let the docs' stories render and settle
    } catch (error) {
      problems.push(`did not render: ${error.message}`);
    }
    await page.close();
    checked++;
    if (problems.length) failures.push(`${doc.id}:\n    ${problems.join('\n    ')}`);
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.id}`);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `\nStorybook smoke test: ${checked} stories and docs pages opened, no console warnings or errors, axe in light and dark, 320 px overflow checked.`,
);
if (failures.length) {
  console.error(`\n${failures.length} stories failed:\n${failures.join('\n')}`);
  process.exit(1);
}
