// Benchmark: a 20,000-cue captions file (an hour-long class) in <knee-exercise-player>, from the built
// CDN bundle. Reports the longest main-thread task (PerformanceObserver 'longtask', > 50 ms) in each
// phase: reading the file, first render of the transcript (opening it), and re-renders while playing.
// Target: no task over 50 ms from the transcript. Run: npx vite build --mode cdn && node tests/bench/transcript.mjs
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../node/chrome.mjs';
import { sendFile } from '../node/static-server.mjs';

const CUES = 20_000;
const stamp = (s) => new Date(s * 1000).toISOString().slice(11, 23);
const vtt = ['WEBVTT', ''];
for (let i = 0; i < CUES; i++)
  vtt.push(
    `${stamp(i * 0.18)} --> ${stamp(i * 0.18 + 0.18)}`,
    `Line ${i + 1}: keep the knee over the middle toes &amp; breathe out.`,
    '',
  );
const captions = vtt.join('\n');
const page = `<!doctype html><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/cdn/knee-advice.js"></script>
<body><knee-exercise-player src="/content/sample/sample.webm" captions="/bench/captions.vtt"></knee-exercise-player></body>`;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/bench/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  if (path === '/bench/captions.vtt') return res.writeHead(200, { 'Content-Type': 'text/vtt' }).end(captions);
  if (!sendFile(process.cwd(), path, req, res)) res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  const RUNS = Number(process.env.RUNS ?? 5);
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const tab = await browser.newPage();
    await tab.evaluateOnNewDocument(() => {
      window.__tasks = [];
      new PerformanceObserver((list) =>
        window.__tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))),
      ).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    await tab.goto(`http://127.0.0.1:${server.address().port}/bench/`, { waitUntil: 'load' });
    const result = await tab.evaluate(async (count) => {
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const el = document.querySelector('knee-exercise-player');
      const root = () => el.shadowRoot;
      const longest = (from, to) =>
        Math.max(0, ...window.__tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
      const t0 = performance.now();
      while (!root()?.querySelector('details.transcript')) await sleep(10);
      await sleep(1500); // the browser reads the file (its own WebVTT parser)
      const t1 = performance.now();
      const details = root().querySelector('details.transcript');
      details.open = true;
      while (root().querySelectorAll('[part=cue]').length < count) await sleep(20);
      const t2 = performance.now();
      await sleep(200);
      const t3 = performance.now();
      for (let i = 0; i < 20; i++) {
        el.video.currentTime = i * 180; // a seek re-renders the player and moves the current line
        el.video.dispatchEvent(new Event('timeupdate'));
        await el.updateComplete;
        await sleep(30);
      }
      const t4 = performance.now();
      await sleep(200);
      // Calibration: a deliberate 80 ms task must be seen, or the figures above mean nothing.
      const busy = performance.now();
      while (performance.now() - busy < 80);
      await sleep(200);
      return {
        observed: longest(t4 + 200, performance.now()),
        lines: root().querySelectorAll('[part=cue]').length,
        current: root().querySelector('[part=cue][aria-current]')?.textContent,
        read: longest(t0, t1),
        firstRender: longest(t1, t2 + 200),
        firstRenderMs: Math.round(t2 - t1),
        reRender: longest(t3, t4 + 200),
        all: window.__tasks.slice(0, -1).map((t) => Math.round(t.duration)),
      };
    }, CUES);
    if (result.observed < 80)
      throw new Error(`the long-task observer missed a deliberate 80 ms task (saw ${result.observed})`);
    if (result.lines !== CUES) throw new Error(`${result.lines} lines made, not ${CUES}`);
    runs.push(result);
    console.log(
      `run ${run + 1}: longest task (ms, 0 = none over 50): reading ${result.read.toFixed(0)}, first render ${result.firstRender.toFixed(0)} (all ${CUES} lines made in ${result.firstRenderMs} ms), re-renders ${result.reRender.toFixed(0)}; every long task on the page: [${result.all.join(', ')}]`,
    );
    await tab.close();
  }
  const worst = (key) => Math.max(...runs.map((r) => r[key]));
  console.log(`current line after seeking: "${runs[0].current}"`);
  console.log(
    `worst of ${RUNS} runs (ms): first render ${worst('firstRender').toFixed(0)}, re-renders ${worst('reRender').toFixed(0)}; reading the file (the browser's own WebVTT parser) ${worst('read').toFixed(0)}`,
  );
  const transcript = Math.max(worst('firstRender'), worst('reRender'));
  console.log(
    transcript > 50
      ? `FAIL: a transcript task took ${transcript.toFixed(0)} ms (> 50 ms)`
      : 'OK: no transcript task over 50 ms',
  );
  process.exitCode = transcript > 50 ? 1 : 0;
} finally {
  await browser.close();
  server.close();
}
