// `npm start`'s Storybook (the dev server, not the built one the smoke test opens) stays quiet and lists only
// the public API: starts `storybook dev`, opens a story of every element and every element's docs page in
// headless Chromium, and fails on any console warning or error (such as "Lit is in dev mode" or "Multiple
// versions of Lit loaded") and on a docs table row that is not a public member in custom-elements.json (a
// `#private`, protected or static field). CI runs it after the manifest exists (`npm test` makes it).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const port = 6200 + Math.floor(Math.random() * 700);
const base = `http://127.0.0.1:${port}`;
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

const server = spawn('npx', ['storybook', 'dev', '--ci', '--no-open', '--quiet', '-p', String(port), '--exact-port'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let log = '';
server.stdout.on('data', (d) => (log += d));
server.stderr.on('data', (d) => (log += d));
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

const failures = [];
let browser;
try {
  // ready when the index answers
  const deadline = Date.now() + 180_000;
  let index;
  while (!index) {
    if (Date.now() > deadline) throw new Error(`storybook dev did not start in 3 minutes:\n${log}`);
    await new Promise((r) => setTimeout(r, 1000));
    index = await fetch(`${base}/index.json`)
      .then((r) => (r.ok ? r.json() : undefined))
      .catch(() => undefined);
  }
  const entries = Object.values(index.entries);
  const pages = [
    ...elements.map((d) => entries.find((e) => e.type === 'story' && e.title === `Elements/${d.tagName}`)),
    ...elements.map((d) => entries.find((e) => e.type === 'docs' && e.title === `Elements/${d.tagName}`)),
    ...entries.filter((e) => e.type === 'docs' && !e.title.startsWith('Elements/')),
  ].filter(Boolean);
  browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  for (const entry of pages) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (!['warn', 'warning', 'error'].includes(m.type())) return;
      if (m.location()?.url?.endsWith('/favicon.ico')) return; // the browser's own request
      problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    const mode = entry.type === 'docs' ? 'docs' : 'story';
    // the first page waits for the dependency optimizer
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${mode}`, { waitUntil: 'load', timeout: 120_000 });
    // a story's root holds its elements (their words are in shadow roots); a docs page's root holds text
    const rendered =
      mode === 'docs'
        ? () => document.querySelector('#storybook-docs')?.textContent?.trim().length > 0
        : () => document.querySelector('#storybook-root')?.children.length > 0;
    await page.waitForFunction(rendered, { timeout: 60_000 }).catch(() => problems.push('did not render'));
    await new Promise((r) => setTimeout(r, 1000));
    const element = elements.find((d) => entry.title === `Elements/${d.tagName}`);
    if (mode === 'docs' && element) {
      const rows = await page.$$eval(
        '.docblock-argstable tbody tr:not(.docblock-argstable-section) td:first-child',
        (tds) => tds.map((td) => td.textContent.trim().replace(/\*$/, '')),
      );
      const allowed = new Set([
        ...(element.attributes ?? []).map((a) => a.name),
        ...(element.members ?? []).filter((m) => !m.static && !m.privacy && !m.name.startsWith('#')).map((m) => m.name),
        ...(element.events ?? []).map((e) => e.name),
        ...(element.slots ?? []).map((s) => s.name || 'default'),
        ...(element.cssProperties ?? []).map((c) => c.name),
        ...(element.cssParts ?? []).map((p) => p.name),
      ]);
      const names = rows.filter((r) => !/^(Hide|Show) /.test(r) && r);
      if (!names.length) problems.push('the docs page shows no API table');
      for (const name of names) if (!allowed.has(name)) problems.push(`the API table lists "${name}", not public API`);
    }
    await page.close();
    if (problems.length) failures.push(`${entry.id}:\n    ${problems.join('\n    ')}`);
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.id}`);
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
} finally {
  await browser?.close();
  stop();
}

if (failures.length) {
  console.error(`\nstorybook dev: ${failures.length} problems:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nstorybook dev: every element story and docs page quiet, API tables public only.');
