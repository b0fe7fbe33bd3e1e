// Benchmark: <knee-run-log> with five years of daily runs (1,800) in storage. Builds the CDN bundle in
// memory, serves a tiny page, and reports the longest long task (PerformanceObserver 'longtask') of each
// step: the page load (the whole bundle's evaluation included), a new element reading the runs from
// storage and rendering, paging the table, logging a run and answering a follow-up (each saves every
// run). Target: no task over 50 ms in the element's steps. Timings on a busy machine vary: read the medians.
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
    repeat: { type: 'string', default: '5' },
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

// Visited first: writes the runs a person would have after n days of daily running (an earlier visit).
const seed = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>seed</title></head><body><script>
  const runs = [];
  const end = Date.UTC(2024, 4, 9);
  for (let i = ${n} - 1; i >= 0; i--) {
    const date = new Date(end - i * 864e5).toISOString().slice(0, 10);
    const k = runs.length;
    const run = { date, during: k % 11, distance: 5 + (k % 7), unit: 'km', duration: 30 + (k % 20) };
    if (k % 5 === 0) run.note = 'hilly route, "steep"';
    if (i > 0) run.dayAfter = (k * 3) % 11;
    if (i > 1) run.twoDaysAfter = (k * 7) % 11;
    runs.push(run);
  }
  localStorage.clear();
  localStorage.setItem('knee-advice:v1:run-log', JSON.stringify({ version: 1, runs }));
</script></body></html>`;

// The measured page: the long-task observer, the element, the bundle.
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>run log bench</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}</style></head><body>
<script>
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push(e.duration);
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
  else
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(req.url.startsWith('/seed') ? seed(Number(opt.runs)) : page);
});
await new Promise((r) => server.listen(Number(opt.port), '127.0.0.1', r));
const url = `http://127.0.0.1:${opt.port}/`;

const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const settle = (p) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
try {
  if (opt.screenshot) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: Number(opt.width), height: 800 });
    // One call: puppeteer's emulateMediaType and emulateMediaFeatures each reset what the other set.
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      media: opt.media,
      features: [{ name: 'prefers-color-scheme', value: opt.scheme }],
    });
    await tab.goto(`${url}seed`);
    await tab.goto(url, { waitUntil: 'load' });
    await settle(tab);
    await tab.screenshot({ path: opt.screenshot, fullPage: true });
    console.log(`screenshot: ${opt.screenshot}`);
  } else {
    const steps = {};
    const record = (name, ms) => (steps[name] ??= []).push(ms);
    for (let i = 0; i < Number(opt.repeat); i++) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1200, height: 900 });
      await tab.goto(`${url}seed`);
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForFunction(() =>
        document.querySelector('knee-run-log')?.shadowRoot?.querySelector('[part=add-button]'),
      );
      // The longest long task since the last step (0 when none went over 50 ms).
      const step = async (name) => {
        await settle(tab);
        record(name, await tab.evaluate(() => Math.round(Math.max(0, ...window.__tasks.splice(0)))));
      };
      await step('page load: bundle evaluation + first render');
      const rendered = await tab.evaluate(async () => {
        const old = document.querySelector('knee-run-log');
        const el = document.createElement('knee-run-log');
        el.now = old.now;
        el.persist = true;
        const t0 = performance.now();
        old.replaceWith(el);
        await el.updateComplete;
        return {
          ms: performance.now() - t0,
          rows: el.shadowRoot.querySelectorAll('tbody tr').length,
          runs: el.runs.length,
        };
      });
      record('reload: read runs from storage and render (wall ms)', Math.round(rendered.ms));
      await step(`reload: read ${rendered.runs} runs from storage and render`);
      const root = await tab.evaluateHandle(() => document.querySelector('knee-run-log').shadowRoot);
      const click = async (selector, index = 0) =>
        (await root.evaluateHandle((r, s, n) => r.querySelectorAll(s)[n], selector, index)).click();
      if (rendered.runs > 50) {
        for (let p = 0; p < 5; p++) await click('[part=pager] button', 1);
        await step('page the table 5 times');
      }
      await tab.evaluate((r) => {
        r.querySelector('[name=during][value="3"]').checked = true;
        r.querySelector('#distance').value = '5';
      }, root);
      await click('[part=add-button]');
      await step('log a run (saves every run)');
      if (rendered.runs > 1) {
        await click('[part=follow-ups] [type=radio][value="2"]');
        await click('[part=save-button]');
        await step('answer a follow-up (saves every run)');
      }
      const after = await tab.evaluate(() => document.querySelector('knee-run-log').runs.length);
      if (after !== rendered.runs + 1)
        throw new Error(`expected ${rendered.runs + 1} runs after logging one, found ${after}`);
      await tab.close();
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `<knee-run-log> with ${opt.runs} runs in storage, ${opt.repeat} repeats. Longest long task per step in ms (0 = none over 50 ms):`,
    );
    for (const [name, xs] of Object.entries(steps)) console.log(`  ${name}: ${xs.join(', ')} (median ${median(xs)})`);
    const element = Object.entries(steps).filter(([n]) => !n.startsWith('page load') && !n.includes('wall'));
    const worst = Math.max(...element.map(([, xs]) => median(xs)));
    console.log(
      `element steps, worst median: ${worst ? `${worst} ms` : 'no task over 50 ms'} (target: none over 50 ms)`,
    );
    process.exitCode = worst > 50 ? 1 : 0;
  }
} finally {
  await browser.close();
  server.close();
}
