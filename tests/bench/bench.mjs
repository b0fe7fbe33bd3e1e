// `npm run bench`: one table of sizes, render cost and start-up, measured in headless Chromium.
// Not a pass/fail test: timings are noisy on a shared machine. The size budget (scripts/size-budget.mjs)
// is the enforced part. Run after `vite build --mode cdn` (the npm script does that first).
//
//  sizes      gzip (zlib level 6, as Vite reports) and brotli (quality 11) of the CDN file and of each chunk it
//             loads on demand (dist/cdn/chunks/), of each library entry bundled as an app would (minified, lit
//             left out), and of each element alone with lit; plus each part's share of the minified CDN files
//             (entry and chunks), attributed byte by byte through their source maps.
//  render     50 × <knee-advice> against the same article and checklist as plain HTML with one stylesheet
//             (tests/bench/plain.css), in one page, alternating, median of ROUNDS rounds after a warm-up; each
//             time runs from inserting the markup, through the next task (Lit renders in microtasks, nested
//             elements too; checked afterwards), until the page is laid out.
//  start-up   CDP Performance.getMetrics ScriptDuration from navigation until the first <knee-advice> (and
//             everything inside it) has rendered, in a fresh browser context each time (no code cache); median of 5.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from '../node/chrome.mjs';
import { sendFile } from '../node/static-server.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 8125);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const COUNT = 50;
const CDN = 'dist/cdn/knee-advice.js';

const gz = (b) => gzipSync(b).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1000).toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Bundles `code` with the CDN configuration (minified), optionally leaving lit out; returns the output. */
async function bundle(code, { external = false } = {}) {
  const dir = resolve('node_modules/.cache/knee-bench');
  mkdirSync(dir, { recursive: true });
  const entry = resolve(dir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, code);
  const output = await build({
    configFile: 'vite.config.ts',
    mode: 'cdn',
    logLevel: 'silent',
    build: {
      write: false,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => 'x.js' },
      rolldownOptions: external ? { external: [/^lit(\/|$)/, /^@lit\//] } : {},
    },
  });
  return [output].flat()[0].output.find((o) => o.type === 'chunk' && o.isEntry).code;
}

// --- source-map attribution -------------------------------------------------------------------------
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}
/** Minified bytes of `code` per source file, from its source map. */
function bytesBySource(code, map) {
  const lines = code.split('\n');
  const bytes = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, li) => {
    let col = 0;
    const segs = line ? line.split(',').map(decodeVlq) : [];
    const starts = [];
    for (const seg of segs) {
      col += seg[0];
      if (seg.length > 1) source += seg[1];
      starts.push([col, seg.length > 1 ? source : -1]);
    }
    const text = lines[li] ?? '';
    starts.forEach(([c, s], i) => {
      const end = i + 1 < starts.length ? starts[i + 1][0] : text.length;
      const name = s < 0 ? '(unmapped)' : map.sources[s];
      bytes.set(name, (bytes.get(name) ?? 0) + Buffer.byteLength(text.slice(c, end)));
    });
  });
  return bytes;
}
const GROUPS = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit)/],
  ['<knee-advice>', /components\/knee-advice\//],
  ['<knee-advice-card>', /components\/knee-advice-card\//],
  ['<knee-flare-up-checklist>', /components\/knee-flare-up-checklist\//],
  ['<knee-exercise-player>', /components\/knee-exercise-player\//],
  ['<knee-run-log>', /components\/knee-run-log\//],
  ['shared (src/internal incl. the inlined article, entries)', /src\//],
  ['(no source mapping: the article JSON, inlined)', /^\(unmapped\)$/],
];

// --- sizes ------------------------------------------------------------------------------------------
const cdn = readFileSync(CDN);
const CHUNKS = existsSync('dist/cdn/chunks')
  ? readdirSync('dist/cdn/chunks')
      .filter((f) => f.endsWith('.js'))
      .map((f) => `dist/cdn/chunks/${f}`)
  : [];
const rows = [
  [
    `${CDN} (article, card, checklist; lit included)`,
    gz(cdn),
    br(cdn),
    `${cdn.length} B, ${cdn.toString().split('\n').length} lines`,
  ],
];
for (const file of CHUNKS) {
  const code = readFileSync(file);
  rows.push([`${file} (on demand)`, gz(code), br(code), `${code.length} B`]);
  rows.push([`  page with it: entry + this chunk`, gz(cdn) + gz(code), br(cdn) + br(code), '']);
}
const every = [cdn, ...CHUNKS.map((f) => readFileSync(f))];
rows.push([
  'every element: entry + every chunk',
  every.reduce((n, c) => n + gz(c), 0),
  every.reduce((n, c) => n + br(c), 0),
  '',
]);
for (const [name, file] of [
  ['knee-advice (index: classes only)', 'src/index.ts'],
  ['knee-advice/register.js', 'src/register.ts'],
]) {
  const code = await bundle(`export * from '${resolve(file)}';`, { external: true });
  rows.push([`${name}, app-bundled, lit external`, gz(code), br(code), `${code.length} B`]);
}
const classes = [
  ['<knee-advice-card>', 'KneeAdviceCard'],
  ['<knee-flare-up-checklist>', 'KneeFlareUpChecklist'],
  ['<knee-exercise-player>', 'KneeExercisePlayer'],
  ['<knee-run-log>', 'KneeRunLog'],
  ['<knee-advice> (renders the others)', 'KneeAdvice'],
];
const index = readFileSync('src/index.ts', 'utf8');
for (const [tag, cls] of classes) {
  if (!new RegExp(`\\b${cls}\\b`).test(index)) continue;
  const code = await bundle(
    `import { defineElement } from '${resolve('src/internal/define.ts')}';\nimport { ${cls} } from '${resolve('src/index.ts')}';\ndefineElement(${cls}.tagName, ${cls});`,
  );
  rows.push([`${tag} alone, lit included`, gz(code), br(code), `${code.length} B`]);
}

let shares = [];
try {
  const bytes = new Map();
  for (const file of [CDN, ...CHUNKS]) {
    for (const [src, n] of bytesBySource(readFileSync(file, 'utf8'), JSON.parse(readFileSync(`${file}.map`, 'utf8')))) {
      bytes.set(src, (bytes.get(src) ?? 0) + n);
    }
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  const sums = new Map();
  for (const [src, n] of bytes) {
    const group = GROUPS.find(([, re]) => re.test(src))?.[0] ?? 'other';
    sums.set(group, (sums.get(group) ?? 0) + n);
  }
  shares = [...sums].sort((a, b) => b[1] - a[1]).map(([g, n]) => [g, n, ((100 * n) / total).toFixed(1)]);
} catch (error) {
  shares = [[`(no source map: ${error.message})`, 0, '0']];
}

// --- browser ----------------------------------------------------------------------------------------
const root = process.cwd();
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
  if (!sendFile(root, url.pathname, req, res)) res.writeHead(404).end('Not found');
});
await new Promise((r) => server.listen(PORT, '127.0.0.1', r));
const origin = `http://127.0.0.1:${PORT}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const errors = [];

let render;
let startup;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/tests/bench/render.html`);
  await page.waitForFunction(() => document.title === 'ready');
  const words = await page.evaluate(() => window.bench.words());
  // warm-up: both ways, twice
  for (let i = 0; i < 2; i++) await page.evaluate((n) => window.bench.knee(n).then(() => window.bench.plain(n)), COUNT);
  const knee = [];
  const plain = [];
  for (let i = 0; i < ROUNDS; i++) {
    // alternate which goes first, so neither always follows the other's garbage
    if (i % 2) {
      plain.push(await page.evaluate((n) => window.bench.plain(n), COUNT));
      knee.push(await page.evaluate((n) => window.bench.knee(n), COUNT));
    } else {
      knee.push(await page.evaluate((n) => window.bench.knee(n), COUNT));
      plain.push(await page.evaluate((n) => window.bench.plain(n), COUNT));
    }
  }
  render = { knee: median(knee), plain: median(plain), words, kneeAll: knee, plainAll: plain };
  await page.close();

  const durations = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.createBrowserContext();
    const p = await context.newPage();
    p.on('pageerror', (e) => errors.push(e.message));
    const cdp = await p.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await p.goto(`${origin}/tests/bench/startup.html`);
    await p.waitForFunction(() => document.title === 'ready', { polling: 100 });
    const { metrics } = await cdp.send('Performance.getMetrics');
    durations.push(metrics.find((m) => m.name === 'ScriptDuration').value * 1000);
    await context.close();
  }
  startup = { median: median(durations), all: durations };
} finally {
  await browser.close();
  server.close();
}

// --- the table --------------------------------------------------------------------------------------
const pad = (s, n) => String(s).padEnd(n);
const lines = [];
lines.push(
  `knee-advice bench — ${new Date().toISOString().slice(0, 16)}Z, ${process.platform} ${process.arch}, node ${process.version}`,
);
lines.push('');
lines.push(`| ${pad('what', 62)} | gzip KB | brotli KB | raw |`);
lines.push(`|${'-'.repeat(64)}|---------|-----------|-----|`);
for (const [name, g, b, raw] of rows) lines.push(`| ${pad(name, 62)} | ${pad(kb(g), 7)} | ${pad(kb(b), 9)} | ${raw} |`);
lines.push('');
lines.push(`| share of the minified CDN files, entry and chunks (source maps) | bytes | % |`);
lines.push('|---|---|---|');
for (const [g, n, pc] of shares) lines.push(`| ${g} | ${n} | ${pc} |`);
lines.push('');
lines.push(`| timing | median | all rounds |`);
lines.push('|---|---|---|');
lines.push(
  `| ${COUNT} × <knee-advice> (ms) | ${render.knee.toFixed(1)} | ${render.kneeAll.map((x) => x.toFixed(0)).join(' ')} |`,
);
lines.push(
  `| ${COUNT} × plain HTML + one stylesheet (ms) | ${render.plain.toFixed(1)} | ${render.plainAll.map((x) => x.toFixed(0)).join(' ')} |`,
);
lines.push(
  `| **render ratio** (target ≤ 1.5) | **${(render.knee / render.plain).toFixed(2)}** | ${ROUNDS} rounds after 2 warm-ups, alternating |`,
);
lines.push(
  `| **start-up ScriptDuration** (ms, target ≤ 10) | **${startup.median.toFixed(1)}** | ${startup.all.map((x) => x.toFixed(1)).join(' ')} |`,
);
lines.push('');
lines.push(
  `Same words shown both ways: ${render.words.knee} headings, paragraphs and labels outside closed disclosures in one <knee-advice>, ${render.words.plain} in the plain HTML.`,
);
if (errors.length) lines.push(`Console errors or warnings during the run: ${errors.join(' | ')}`);
console.log(lines.join('\n'));
