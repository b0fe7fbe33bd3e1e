// Benchmark: <knee-run-log> with five years of daily runs (1,800) in storage. Builds the CDN bundle in
// memory, serves a tiny page, and reports the longest long task (PerformanceObserver 'longtask') while
// the element loads those runs from storage and renders, pages the table, logs a run (which saves all
// 1,801), and answers a follow-up. Target: no task over 50 ms.
//   node tests/bench/run-log.mjs [--runs 1800] [--port 8104] [--screenshot out.png --width 900 --scheme light|dark --media print|screen]
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from '../node/chrome.mjs';

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '1800' },
    port: { type: 'string', default: process.env.PORT ?? '8104' },
    repeat: { type: 'string', default: '3' },
    screenshot: { type: 'string' },
    width: { type: 'string', default: '900' },
    scheme: { type: 'string', default: 'light' },
    media: { type: 'string', default: 'screen' },
    attrs: { type: 'string', default: 'pain-limit="4" pain-limit-label="Talk to us above 4"' },
  },
});

const output = await build({
  configFile: resolve('vite.config.ts'),
  mode: 'cdn',
  logLevel: 'silent',
  build: { write: false, sourcemap: false },
});
const bundle = [output].flat()[0].output.find((o) => o.type === 'chunk' && o.isEntry).code;

const page = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>run log bench</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}</style></head><body>
<script>
  // The runs a person would have after ${n} days of daily running, saved by an earlier visit.
  const runs = [];
  const end = Date.UTC(2024, 4, 9);
  for (let i = ${n} - 1; i >= 0; i--) {
    const date = new Date(end - i * 864e5).toISOString().slice(0, 10);
    const k = runs.length;
    const run = { date, during: k % 11, distance: 5 + (k % 7), unit: 'km', duration: 30 + (k % 20), note: k % 5 ? '' : 'hilly route, "steep"' };
    if (i > 0) run.dayAfter = (k * 3) % 11;
    if (i > 1) run.twoDaysAfter = (k * 7) % 11;
    if (!run.note) delete run.note;
    runs.push(run);
  }
  localStorage.clear();
  localStorage.setItem('knee-advice:v1:run-log', JSON.stringify({ version: 1, runs }));
  window.__longest = 0;
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__tasks.push(Math.round(e.duration));
      window.__longest = Math.max(window.__longest, e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
</script>
<knee-run-log persist ${opt.attrs}></knee-run-log>
<script>
  // A fixed "today" (10 May 2024) so the follow-up questions are the same on every run of the bench.
  document.querySelector('knee-run-log').now = () => new Date(2024, 4, 10, 12);
</script>
<script type="module" src="/knee-advice.js"></script>
</body></html>`;

const server = createServer((req, res) => {
  if (req.url.startsWith('/knee-advice.js')) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
  else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(Number(opt.runs)));
});
await new Promise((r) => server.listen(Number(opt.port), '127.0.0.1', r));
const url = `http://127.0.0.1:${opt.port}/`;

const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const settle = (p) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
try {
  if (opt.screenshot) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: Number(opt.width), height: 800 });
    await tab.emulateMediaType(opt.media);
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: opt.scheme }]);
    await tab.goto(url, { waitUntil: 'load' });
    await settle(tab);
    await tab.screenshot({ path: opt.screenshot, fullPage: true });
    console.log(`screenshot: ${opt.screenshot}`);
  } else {
    const results = [];
    for (let i = 0; i < Number(opt.repeat); i++) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1200, height: 900 });
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForFunction(() => document.querySelector('knee-run-log')?.shadowRoot?.querySelector('table'));
      await settle(tab);
      const steps = {};
      const mark = async (name) => {
        await settle(tab);
        steps[name] = await tab.evaluate(() => {
          const t = window.__tasks.slice();
          window.__tasks.length = 0;
          return t.length ? Math.max(...t) : 0;
        });
      };
      await mark('load and first render');
      const log = await tab.evaluateHandle(() => document.querySelector('knee-run-log').shadowRoot);
      for (let p = 0; p < 5; p++) {
        const older = await log.evaluateHandle((r) => r.querySelectorAll('[part=pager] button')[1]);
        await older.click();
      }
      await mark('page the table 5 times');
      await tab.evaluate((r) => {
        r.querySelector('[name=during][value="3"]').checked = true;
        r.querySelector('#distance').value = '5';
      }, log);
      await (await log.evaluateHandle((r) => r.querySelector('[part=add-button]'))).click();
      await mark('log a run (saves all runs)');
      await (await log.evaluateHandle((r) => r.querySelector('[part=follow-ups] [name=rating][value="2"]'))).click();
      await (await log.evaluateHandle((r) => r.querySelector('[part=save-button]'))).click();
      await mark('answer a follow-up');
      const summary = await tab.evaluate(() => ({
        runs: document.querySelector('knee-run-log').runs.length,
        rows: document.querySelector('knee-run-log').shadowRoot.querySelectorAll('tbody tr').length,
        longest: Math.round(window.__longest),
      }));
      results.push({ ...summary, steps });
      await tab.close();
    }
    for (const [i, r] of results.entries()) console.log(`run ${i + 1}: ${r.runs} runs, ${r.rows} table rows shown; longest task per step (ms, 0 = none over 50):`, r.steps);
    const longest = Math.max(...results.map((r) => r.longest));
    console.log(`longest long task with ${opt.runs} runs: ${longest ? `${longest} ms` : 'none (no task over 50 ms)'} — target: none over 50 ms`);
    process.exitCode = longest > 50 ? 1 : 0;
  }
} finally {
  await browser.close();
  server.close();
}
