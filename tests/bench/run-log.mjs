// Benchmark: <knee-run-log> and the main thread (issue 16, points 10 and 11), in headless Chromium, with
// the CDN build (dist/cdn/, which `npm run bench` builds first) served as a clinic's page loads it. For
// each case, the longest task on the main thread: a heartbeat (a MessageChannel ping-pong) records the
// longest gap between two of its turns, which is the longest task (or rendering step) in between; the
// `longtask` observer's entries (over 50 ms only) are reported beside it. Target: no task over 50 ms
// unthrottled; printing 1,800 runs (beforeprint to laid out for print) within 150 ms. Each case runs
// unthrottled and under 4× CPU throttling (CDP Emulation.setCPUThrottlingRate). Timings on a shared
// machine vary: each figure is the median of `--repeat` runs, every run listed.
//   cases  load     a page whose log has 1,800 runs in storage (five years of daily runs): navigation
//                   until the log shows them (the bundle's evaluation included, reported apart)
//          print    the same log printed: beforeprint until every run is laid out for print
//          import   10,000 rows imported as a file into that log (persist), until importCsv resolves
//          5mb      a 5 MB file (20,000 rows with long notes) imported into an empty log
//          keys     10,000 storage-key switches of one log: heap used after garbage collection, before
//                   and after (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage)
//   node tests/bench/run-log.mjs [--repeat 3] [--port 8104] [--rates 1,4] [--cases load,print,import,5mb,keys]
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../node/chrome.mjs';
import { sendFile } from '../node/static-server.mjs';

const { values: opt } = parseArgs({
  options: {
    repeat: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.PORT ?? '8104' },
    rates: { type: 'string', default: '1,4' },
    cases: { type: 'string', default: 'load,print,import,5mb,keys' },
  },
});
if (!existsSync('dist/cdn/knee-advice.js')) {
  console.error('dist/cdn/knee-advice.js is missing: run `npm run build:cdn` first (`npm run bench` does).');
  process.exit(1);
}
const RUNS = 1800;
const cases = opt.cases.split(',');
const rates = opt.rates.split(',').map(Number);

// The measured page: the heartbeat, the long-task observer, a log with a fixed "today" (10 May 2024), the
// bundle. `?key=` gives the log a storage-key.
const page = (key) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>run log bench</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}</style>
<script>
  window.__tasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  window.__beat = { max: 0, last: performance.now() };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    window.__beat.max = Math.max(window.__beat.max, now - window.__beat.last);
    window.__beat.last = now;
    channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  window.__reset = () => { window.__beat.max = 0; window.__beat.last = performance.now(); window.__tasks = []; };
  window.__longest = () => ({ beat: window.__beat.max, over50: Math.max(0, ...window.__tasks) });
</script></head><body>
<knee-run-log persist${key ? ` storage-key="${key}"` : ''} pain-limit="4"></knee-run-log>
<script>document.querySelector('knee-run-log').now = () => new Date(2024, 4, 10, 12);</script>
<script type="module" src="/cdn/knee-advice.js"></script>
</body></html>`;

// Visited first: writes the runs a person would have after 1,800 days of daily running, as 0.2 saves them.
const seed = `<!doctype html><meta charset="utf-8"><title>seed</title><script>
  const runs = {};
  const end = Date.UTC(2024, 4, 9);
  for (let i = ${RUNS} - 1; i >= 0; i--) {
    const date = new Date(end - i * 864e5).toISOString().slice(0, 10);
    const k = ${RUNS} - 1 - i;
    const run = { date, during: k % 11, dayAfter: (k * 3) % 11, twoDaysAfter: (k * 7) % 11, distance: 5 + (k % 7), unit: 'km', duration: 30 + (k % 20) };
    if (k % 5 === 0) run.note = 'hilly route, "steep"';
    runs[date] = { value: run, at: 1715000000000 + k };
  }
  localStorage.clear();
  localStorage.setItem('knee-advice:v1:run-log', JSON.stringify({ version: 2, data: { runs, kept: [] } }));
  document.title = 'seeded';
</script>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/cdn/') && sendFile('dist', url.pathname, req, res)) return;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(url.pathname === '/seed' ? seed : page(url.searchParams.get('key')));
});
await new Promise((r) => server.listen(Number(opt.port), '127.0.0.1', r));
const origin = `http://127.0.0.1:${opt.port}`;

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...CHROME_ARGS, '--enable-precise-memory-info'],
});
const results = new Map();
const record = (name, value) => results.set(name, [...(results.get(name) ?? []), value]);
const ready = (tab, rows) =>
  tab.waitForFunction(
    (n) => document.querySelector('knee-run-log')?.shadowRoot?.querySelectorAll('tbody tr').length >= n,
    { timeout: 60000 },
    rows,
  );
/** Waits until the page is idle: two frames and a moment. */
const settle = (tab) =>
  tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));

/** A fresh tab with `rate`× CPU throttling, storage seeded, the log loaded and showing its runs. */
async function open(rate, key = '') {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 900 });
  const cdp = await tab.createCDPSession();
  await tab.goto(`${origin}/seed`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await tab.goto(`${origin}/${key ? `?key=${key}` : ''}`, { waitUntil: 'load' });
  await ready(tab, key ? 0 : 10);
  await settle(tab);
  return { tab, cdp };
}

/** A CSV file of `n` rows from 1 January 1950 on (notes of `note` characters) as text, made in the page. */
const csvIn = (tab, n, note) =>
  tab.evaluate(
    (n, note) => {
      const rows = ['date,distance,unit,duration_min,during,day_after,two_days_after,note'];
      const text = 'x'.repeat(note);
      for (let i = 0; i < n; i++) {
        const date = new Date(Date.UTC(1950, 0, 1 + i)).toISOString().slice(0, 10);
        rows.push(
          `${date},${5 + (i % 7)},km,${30 + (i % 20)},${i % 11},${(i * 3) % 11},${(i * 7) % 11},"${text}, ${i}"`,
        );
      }
      window.__csv = new File([rows.join('\r\n') + '\r\n'], 'runs.csv', { type: 'text/csv' });
      return window.__csv.size;
    },
    n,
    note,
  );

try {
  for (const rate of rates) {
    const at = rate === 1 ? 'unthrottled' : `${rate}× throttled`;
    for (let i = 0; i < Number(opt.repeat); i++) {
      if (cases.includes('load')) {
        const tab = await browser.newPage();
        await tab.setViewport({ width: 1000, height: 900 });
        const cdp = await tab.createCDPSession();
        await tab.goto(`${origin}/seed`);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await tab.goto(origin, { waitUntil: 'load' });
        await ready(tab, 10);
        await settle(tab);
        const { beat, over50 } = await tab.evaluate(() => window.__longest());
        // The bundle's own evaluation is one task of its own, before the log exists: reported apart.
        const script = await tab.evaluate(() => {
          const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/cdn/knee-advice.js'));
          return e ? Math.round(e.duration) : 0;
        });
        record(`load 1,800 stored runs (${at}): longest task, ms`, Math.round(beat));
        record(`load 1,800 stored runs (${at}): long tasks over 50 ms, longest`, Math.round(over50));
        record(`load 1,800 stored runs (${at}): bundle download, ms`, script);
        await tab.close();
      }
      if (cases.includes('print')) {
        const { tab, cdp } = await open(rate);
        await cdp.send('Emulation.setEmulatedMedia', { media: 'print' });
        await settle(tab);
        const ms = await tab.evaluate(async () => {
          window.__reset();
          const el = document.querySelector('knee-run-log');
          const t0 = performance.now();
          window.dispatchEvent(new Event('beforeprint'));
          await el.updateComplete;
          const rendered = performance.now();
          void document.body.getBoundingClientRect().height; // the print layout, as the browser makes it
          const ms = { render: rendered - t0, all: performance.now() - t0 };
          if (el.shadowRoot.querySelectorAll('tbody tr').length !== el.runs.length) throw new Error('not every run');
          return ms;
        });
        await settle(tab);
        const { beat } = await tab.evaluate(() => window.__longest());
        record(`print 1,800 runs (${at}): beforeprint until rendered (the element's work), ms`, Math.round(ms.render));
        record(`print 1,800 runs (${at}): beforeprint until laid out for print, ms`, Math.round(ms.all));
        record(`print 1,800 runs (${at}): longest task, ms`, Math.round(beat));
        await tab.close();
      }
      for (const [name, n, note, key] of [
        ['import', 10000, 8, ''],
        ['5mb', 20000, 230, 'empty'],
      ]) {
        if (!cases.includes(name)) continue;
        const { tab } = await open(rate, key);
        const bytes = await csvIn(tab, n, note);
        await settle(tab);
        const out = await tab.evaluate(async () => {
          window.__reset();
          const el = document.querySelector('knee-run-log');
          const t0 = performance.now();
          const added = await el.importCsv(window.__csv);
          await el.updateComplete;
          return {
            added,
            ms: performance.now() - t0,
            message: el.shadowRoot.querySelector('[part=message]').textContent,
          };
        });
        await settle(tab);
        const { beat, over50 } = await tab.evaluate(() => window.__longest());
        const what =
          name === 'import' ? `import 10,000 rows into 1,800 runs` : `import a ${(bytes / 1e6).toFixed(1)} MB file`;
        if (out.added !== n) throw new Error(`${what}: ${out.added} runs added (${out.message.trim()})`);
        record(`${what} (${at}): longest task, ms`, Math.round(beat));
        record(`${what} (${at}): long tasks over 50 ms, longest`, Math.round(over50));
        record(`${what} (${at}): until importCsv resolved, ms`, Math.round(out.ms));
        await tab.close();
      }
      if (cases.includes('keys') && rate === 1) {
        const { tab, cdp } = await open(rate, 'k');
        const heap = async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          return (await cdp.send('Runtime.getHeapUsage')).usedSize;
        };
        await tab.evaluate(async () => {
          const el = document.querySelector('knee-run-log');
          for (let k = 0; k < 200; k++) {
            el.storageKey = `warm-${k}`; // warm up (code, caches)
            await el.updateComplete;
          }
          el.storageKey = 'k';
          await el.updateComplete;
        });
        const before = await heap();
        const runs = await tab.evaluate(async () => {
          const el = document.querySelector('knee-run-log');
          for (let k = 0; k < 10000; k++) {
            el.storageKey = `patient-${k}`;
            if (el.runs.length) throw new Error('a new key shows runs');
            await el.updateComplete; // each key shown, as a page switching patients shows them
          }
          el.storageKey = 'k';
          await el.updateComplete;
          return el.runs.length;
        });
        const after = await heap();
        if (runs !== 0) throw new Error('the log did not come back to its key');
        record('10,000 storage-key switches: heap growth after GC, KB', Math.round((after - before) / 1000));
        await tab.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `<knee-run-log> main-thread bench — ${new Date().toISOString().slice(0, 16)}Z, ${opt.repeat} runs each, median (every run)`,
);
let worst = 0;
for (const [name, xs] of results) {
  console.log(`  ${name}: ${median(xs)} (${xs.join(', ')})`);
  if (name.includes('(unthrottled): longest task')) worst = Math.max(worst, median(xs));
}
const print = results.get("print 1,800 runs (unthrottled): beforeprint until rendered (the element's work), ms");
console.log(
  `unthrottled: longest task ${worst} ms (target: none over 50 ms)` +
    (print ? `; printing ${median(print)} ms (target: 150 ms)` : ''),
);
