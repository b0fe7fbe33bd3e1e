// The example apps in examples/ are real apps using the packed tarball, as an app developer would:
// packs the built library (`npm pack --ignore-scripts`, so run `npm run build` first, as `npm run examples`
// does; see pack.mjs), installs it with every example's dependencies (one shared install, one node_modules:
// the examples must agree on every version they share), then for each example type-checks strictly, proves
// the type-check can fail (a scratch file with wrong attribute, property and event types), builds, serves
// the build in production mode and checks in Chromium that (a) what the app set (a heading level and theme
// as attributes or properties, a property without an attribute such as `content` or `checkedIds`) shows,
// after server rendering and hydration for the server-rendered ones (Next.js, Nuxt, SvelteKit, Astro),
// (b) an event reaches the app's state, (c) the console has no warning or error. Server-rendered pages are
// also sampled on every animation frame from the start: the first frame an element shows is the one the
// app asked for (its section and heading level), not its defaults.
//
//   node tests/node/examples.mjs [react vue svelte next nuxt sveltekit astro plain-html]   (default: all)
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { pack } from './pack.mjs';
import { serve } from './static-server.mjs';

const root = process.cwd();
const PORT = Number(process.env.KNEE_EXAMPLES_PORT ?? 8113);
const all = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : all;
const work = mkdtempSync(join(tmpdir(), 'knee-examples-'));
const env = {
  ...process.env,
  CI: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  NUXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
};
const bin = (name) => join(work, 'node_modules', '.bin', name);
const timings = [];
const results = [];

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).toString();
}
/** Runs a command that must fail; returns its output. */
function runFailing(cmd, args, cwd) {
  try {
    run(cmd, args, cwd);
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  }
  throw new Error(`${cmd} ${args.join(' ')} passed, but it must fail`);
}
async function timed(label, fn) {
  const start = Date.now();
  try {
    return await fn();
  } finally {
    timings.push(`${label}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
    console.log(`  ${timings.at(-1)}`);
  }
}

// Scratch files with wrong attribute/property/event types; each framework's type-check must reject every line.
const WRONG = {
  react: {
    file: 'src/wrong.tsx',
    text: `import 'knee-advice/react';
export const wrong = [
  <knee-advice heading-level="two" />,
  <knee-advice theme="purple" />,
  <knee-flare-up-checklist onknee-checklist-change={(e) => e.detail.nonexistent} />,
  <knee-flare-up-checklist checkedIds={[1]} />,
];
`,
  },
  next: {
    file: 'app/wrong.tsx',
    text: `import { KneeAdvice, KneeRunLog } from 'knee-advice/react';
import { KneeAdviceCard } from 'knee-advice/react/knee-advice-card';
export const wrong = [
  <knee-advice heading-level="two" />,
  <KneeAdvice theme="purple" />,
  <KneeAdvice onKneeChecklistChange={(e) => e.detail.nonexistent} />,
  <KneeAdvice onKneeRunLogChange={(e) => e.detail.nonexistent} />,
  <KneeRunLog runs={[{ date: 1 }]} />,
  <KneeAdviceCard section="nowhere" />,
];
`,
  },
  vue: {
    // The handlers' `e` is typed (the event's detail, and Vue's own DOM events on our tags).
    file: 'src/Wrong.vue',
    text: `<script setup lang="ts"></script>
<template>
  <knee-advice :heading-level="'two'" />
  <knee-advice theme="purple" />
  <knee-advice @knee-checklist-change="(e) => e.detail.nonexistent" />
  <knee-flare-up-checklist @knee-checklist-change="(e) => e.detail.done.toUpperCase()" />
  <knee-advice @click="(e) => e.nonexistent" />
  <knee-advice :content="42" />
  <knee-flare-up-checklist :checked-ids="[1]" />
</template>
`,
  },
  svelte: {
    // The handlers' `e` is typed (the event's detail, and Svelte's own DOM events on our tags); properties
    // are plain props with their own types.
    file: 'src/Wrong.svelte',
    text: `<script lang="ts"></script>
<knee-advice heading-level="two"></knee-advice>
<knee-advice theme="purple"></knee-advice>
<knee-advice onknee-checklist-change={(e) => e.detail.nonexistent}></knee-advice>
<knee-flare-up-checklist onknee-checklist-change={(e) => e.detail.done.toUpperCase()}></knee-flare-up-checklist>
<knee-advice onclick={(e) => e.nonexistent}></knee-advice>
<knee-advice content={42}></knee-advice>
<knee-flare-up-checklist checkedIds={[1]}></knee-flare-up-checklist>
<knee-run-log runs={[{ date: 1 }]}></knee-run-log>
`,
  },
  astro: {
    // Astro writes HTML: the attributes are typed (a number attribute also takes its digits as text).
    file: 'src/pages/wrong.astro',
    text: `---
---
<knee-advice heading-level="two"></knee-advice>
<knee-advice theme="purple"></knee-advice>
<knee-advice-card section="nowhere"></knee-advice-card>
<knee-run-log units="miles"></knee-run-log>
`,
  },
};
// Scratch files with the same kinds of lines, right: each framework's type-check must accept them (they stay
// in place for the example's own type-check): properties as each framework sets them, the framework's own
// attributes and DOM events on our tags, typed event details.
const RIGHT = {
  react: {
    file: 'src/right.tsx',
    text: `import { defaultContent } from 'knee-advice';
import { KneeAdvice, KneeRunLog } from 'knee-advice/react';
export const right = [
  <knee-advice id="a" className="b" heading-level={3} content={defaultContent} onClick={(e) => e.currentTarget.headingLevel} />,
  <knee-flare-up-checklist checkedIds={['x']} onknee-checklist-change={(e) => e.detail.done.toFixed()} style={{ '--knee-accent': 'red' }} />,
  <KneeAdvice id="c" content={defaultContent} onKneeRunLogChange={(e) => e.detail.runs.length} ref={(el) => void el?.headingLevel} />,
  <KneeRunLog runs={[{ date: '2025-01-01', during: 1 }]} />,
];
`,
  },
  vue: {
    file: 'src/Right.vue',
    text: `<script setup lang="ts">
import { reactive, ref } from 'vue';
import { defaultContent } from 'knee-advice';
const content = reactive({ ...defaultContent });
const ids = ref(['x']);
</script>
<template>
  <knee-advice id="a" class="b" :content="content" @click="(e) => e.clientX" />
  <knee-flare-up-checklist :checked-ids="ids" @knee-checklist-change="(e) => e.detail.done.toFixed()" />
  <knee-run-log :runs="[{ date: '2025-01-01', during: 1 }]" @knee-run-log-change="(e) => e.detail.runs.length" />
</template>
`,
  },
  svelte: {
    file: 'src/Right.svelte',
    text: `<script lang="ts">
  import { defaultContent } from 'knee-advice';
  const ids = ['x'];
</script>
<knee-advice id="a" class="b" content={defaultContent} onanimationend={(e) => e.currentTarget.headingLevel}></knee-advice>
<knee-flare-up-checklist checkedIds={ids} onknee-checklist-change={(e) => e.detail.done.toFixed()}></knee-flare-up-checklist>
<knee-run-log runs={[{ date: '2025-01-01', during: 1 }]} onknee-run-log-change={(e) => e.detail.runs.length}></knee-run-log>
`,
  },
  astro: {
    file: 'src/components/Right.astro',
    text: `---
---
<knee-advice id="a" class="b" heading-level="3" theme="dark" sections="why checklist"></knee-advice>
<knee-advice-card section="flare-up" heading-level={3}></knee-advice-card>
<knee-run-log units="mi" pain-limit="4" persist></knee-run-log>
`,
  },
};
const TYPECHECK = {
  react: ['tsc', ['-p', 'tsconfig.json']],
  next: ['tsc', ['-p', 'tsconfig.json']],
  vue: ['vue-tsc', ['-p', 'tsconfig.json']],
  svelte: ['svelte-check', ['--tsconfig', './tsconfig.json', '--output', 'machine']],
  astro: ['astro', ['check']],
};
/** The lines of `file` a type-check's output reports errors on (tsc, vue-tsc, svelte-check, astro check). */
function reportedLines(output, file) {
  // eslint-disable-next-line no-control-regex -- colours some tools print even without a terminal
  const out = output.replace(/\x1b\[[0-9;]*m/g, '');
  const escaped = file.replace(/[.]/g, '\\.');
  const patterns = [
    new RegExp(`${escaped}\\((\\d+),\\d+\\): error`, 'g'), // tsc, vue-tsc
    new RegExp(`ERROR "${escaped}" (\\d+):`, 'g'), // svelte-check --output machine
    new RegExp(`${escaped}:(\\d+):\\d+ - error`, 'g'), // astro check
  ];
  const lines = new Set();
  for (const pattern of patterns) for (const m of out.matchAll(pattern)) lines.add(Number(m[1]));
  return lines;
}

// What the apps set, as the browser must show it (each a function run in the page; true when it shows).
const TITLE = 'Our clinic: running with knee pain';
const SHOWS = {
  /** `content` (a property without an attribute) on `#clinic-article`: its title. */
  content: [
    '#clinic-article shows the title of the content the app set',
    (title) =>
      document.querySelector('#clinic-article')?.shadowRoot?.querySelector('[part~=article-heading]')?.textContent ===
      title,
    TITLE,
  ],
  /** `checkedIds` on `#clinic-list`: one box ticked. */
  checkedIds: [
    '#clinic-list ticks the one id the app set in checkedIds',
    () => document.querySelector('#clinic-list')?.shadowRoot?.querySelectorAll('input:checked').length === 1,
  ],
  /** `runs` on `#clinic-log`, set before its code was loaded: what the class's own getter returns, and two rows. */
  runs: [
    '#clinic-log has the two runs the app set before its code loaded',
    () => {
      const el = document.querySelector('#clinic-log');
      const ctor = customElements.get('knee-run-log');
      const get = ctor && Object.getOwnPropertyDescriptor(ctor.prototype, 'runs')?.get;
      return get?.call(el).length === 2 && el.shadowRoot?.querySelectorAll('[part~=table] tbody tr').length === 2;
    },
  ],
  /** `repeatStep` on `#clinic-player`, set before its code was loaded: what the class's own getter returns. */
  repeatStep: [
    '#clinic-player has repeatStep on, as the app set it before its code loaded',
    () => {
      const ctor = customElements.get('knee-exercise-player');
      const get = ctor && Object.getOwnPropertyDescriptor(ctor.prototype, 'repeatStep')?.get;
      return get?.call(document.querySelector('#clinic-player')) === true;
    },
  ],
};

/**
 * Records, on every animation frame from the first, the first rendered state of each element matching
 * `selectors`: its heading (level and words) and how many section cards it shows. Run before the page's
 * own scripts (`evaluateOnNewDocument`).
 */
function recordFirstFrames(selectors) {
  const seen = new Map();
  window.__kneeFirstFrames = [];
  const sample = () => {
    for (const el of document.querySelectorAll(selectors)) {
      if (seen.has(el)) continue;
      const heading = el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6');
      if (!heading) continue;
      seen.set(el, true);
      window.__kneeFirstFrames.push({
        tag: el.localName,
        heading: heading.localName,
        text: heading.textContent.trim(),
        cards: el.shadowRoot.querySelectorAll('[part~=card]').length,
        at: Math.round(performance.now()),
      });
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/**
 * Opens the app, checks what the app set shows (`shows`: entries of SHOWS), the first frame of each element
 * (`firstFrames`: { tag, heading, text?, cards? }), ticks the first box of each element in `statuses` and
 * checks the app saw it; fails on any console warning or error.
 */
async function checkInBrowser(
  browser,
  url,
  { statuses = [['knee-advice', '#app-status']], expectDark = true, shows = [], firstFrames = [] } = {},
) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (!['error', 'warn', 'warning'].includes(m.type())) return;
    if (m.location()?.url?.endsWith('/favicon.ico')) return; // the examples have no icon
    problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  try {
    if (firstFrames.length)
      await page.evaluateOnNewDocument(recordFirstFrames, [...new Set(firstFrames.map((f) => f.tag))].join(', '));
    await page.goto(url, { waitUntil: 'load' });
    for (const [tag, status] of statuses) {
      // The app set heading level 3 (an attribute or a property, as each framework writes it) and theme "dark".
      await page.waitForFunction(
        (t) => {
          const el = document.querySelector(t);
          const list = t === 'knee-advice' ? el?.shadowRoot?.querySelector('knee-flare-up-checklist') : el;
          return list?.shadowRoot?.querySelector('h3, h4') && list.shadowRoot.querySelector('input[type=checkbox]');
        },
        { timeout: 15000 },
        tag,
      );
      const seen = await page.evaluate((t) => {
        const el = document.querySelector(t);
        const list = t === 'knee-advice' ? el.shadowRoot.querySelector('knee-flare-up-checklist') : el;
        const headingOfEl = (t === 'knee-advice' ? el : list).shadowRoot.querySelector(
          'h1, h2, h3, h4, h5, h6',
        ).localName;
        return { heading: headingOfEl, scheme: getComputedStyle(el).colorScheme };
      }, tag);
      if (seen.heading !== 'h3')
        throw new Error(`<${tag}>: the heading level set by the app did not show (got <${seen.heading}>)`);
      if (expectDark && tag === 'knee-advice' && seen.scheme !== 'dark')
        throw new Error(`<${tag}>: theme "dark" set by the app did not show (color-scheme ${seen.scheme})`);
      await page.evaluate((t) => {
        const el = document.querySelector(t);
        const list = t === 'knee-advice' ? el.shadowRoot.querySelector('knee-flare-up-checklist') : el;
        list.shadowRoot.querySelector('input[type=checkbox]').click();
      }, tag);
      await page
        .waitForFunction(
          (s) => document.querySelector(s)?.textContent?.trim().endsWith(': 1'),
          { timeout: 5000 },
          status,
        )
        .catch(() => {
          throw new Error(`<${tag}>: the knee-checklist-change event did not reach the app (${status} stayed "0")`);
        });
    }
    for (const name of shows) {
      const [what, fn, arg] = SHOWS[name];
      const shown = await page.waitForFunction(fn, { timeout: 10000 }, arg).then(
        () => true,
        () => false,
      );
      if (!shown) throw new Error(`not shown: ${what}`);
    }
    if (firstFrames.length) {
      const frames = await page.evaluate(() => window.__kneeFirstFrames);
      for (const expected of firstFrames) {
        const frame = frames.find((f) => f.tag === expected.tag);
        const wrong = Object.entries(expected).filter(([k, v]) => frame?.[k] !== v);
        if (!frame || wrong.length)
          throw new Error(
            `<${expected.tag}>'s first frame was not the one asked for: expected ${JSON.stringify(expected)}, got ${JSON.stringify(frame)}`,
          );
        console.log(
          `    first frame of <${frame.tag}> at ${frame.at} ms: <${frame.heading}> "${frame.text}", ${frame.cards} cards`,
        );
      }
    }
    if (problems.length) throw new Error(`console:\n  ${problems.join('\n  ')}`);
  } finally {
    await page.close();
  }
}

async function serveDir(dir, options, path = '/index.html') {
  const server = await serve(dir);
  try {
    await withBrowser((browser) => checkInBrowser(browser, `${server.url}${path}`, options));
  } finally {
    await server.close(); // after the browser has closed its keep-alive connections
  }
}

/** A browser per check: closing it ends its keep-alive connections, so the server closes at once. */
async function withBrowser(fn) {
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/** Starts an app's production server (its own process group) and waits until it answers on `port`. */
async function startServer(label, cmd, args, dir, port, extraEnv = {}) {
  const child = spawn(cmd, args, {
    cwd: dir,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`${label} exited:\n${log}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`${label} did not answer on ${url}:\n${log}`);
}

/** Checks a server-rendered page: its HTML holds `html` (the attributes the app set), then the browser check. */
async function checkServer(name, server, { html = [], ...options }) {
  try {
    const page = await (await fetch(server.url)).text();
    for (const pattern of html)
      if (!pattern.test(page)) throw new Error(`${name}: the server-rendered page does not match ${pattern}`);
    await timed(`${name}: Chromium after hydration`, () =>
      withBrowser((browser) => checkInBrowser(browser, server.url, options)),
    );
  } finally {
    server.stop();
  }
}

// The first frame of the examples' first <knee-advice sections="checklist" heading-level="3">: its title at
// level 3 and no section card (a frame of its defaults would show <h2> and the four cards).
const ADVICE_FIRST_FRAME = {
  tag: 'knee-advice',
  heading: 'h3',
  text: 'Running with knee pain without stopping what you love',
  cards: 0,
};

const CHECKS = {
  async react(dir) {
    await timed('react: tsc', () => run(bin('tsc'), ['-p', 'tsconfig.json'], dir));
    await timed('react: vite build', () => run(bin('vite'), ['build', '--logLevel', 'warn'], dir));
    await timed('react: Chromium', () =>
      serveDir(join(dir, 'dist'), {
        statuses: [
          ['knee-advice', '#app-status'],
          ['knee-flare-up-checklist', '#wrapper-status'],
        ],
      }),
    );
  },
  async vue(dir) {
    await timed('vue: vue-tsc (strictTemplates)', () => run(bin('vue-tsc'), ['-p', 'tsconfig.json'], dir));
    const build = await timed('vue: vite build', () => run(bin('vite'), ['build'], dir));
    if (/Failed to resolve component/.test(build)) throw new Error(`vue: ${build}`);
    await timed('vue: Chromium', () =>
      serveDir(join(dir, 'dist'), { shows: ['content', 'checkedIds', 'runs', 'repeatStep'] }),
    );
  },
  async svelte(dir) {
    await timed('svelte: svelte-check', () =>
      run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings'], dir),
    );
    await timed('svelte: vite build', () => run(bin('vite'), ['build', '--logLevel', 'warn'], dir));
    await timed('svelte: Chromium', () => serveDir(join(dir, 'dist'), { shows: ['content', 'checkedIds', 'runs'] }));
  },
  async next(dir) {
    await timed('next: tsc', () => run(bin('tsc'), ['-p', 'tsconfig.json'], dir));
    // A Server Component that imports register.js: the build must fail with the library's message (the
    // `react-server` export condition), not build a page that registers nothing.
    const guard = join(dir, 'app', 'server-import', 'page.tsx');
    mkdirSync(dirname(guard), { recursive: true });
    writeFileSync(
      guard,
      "import 'knee-advice/register.js';\n\nexport default function Page() {\n  return <p>Nothing is registered here.</p>;\n}\n",
    );
    const failed = await timed('next: next build with register.js in a Server Component (must fail)', () =>
      runFailing(bin('next'), ['build'], dir),
    );
    if (!/was imported from a React Server Component/.test(failed))
      throw new Error(`next: the build failed, but without the library's message:\n${failed}`);
    rmSync(dirname(guard), { recursive: true });
    await timed('next: next build', () => run(bin('next'), ['build'], dir));
    const server = await startServer(
      'next start',
      bin('next'),
      ['start', '-p', String(PORT), '-H', '127.0.0.1'],
      dir,
      PORT,
    );
    // Production React reports a hydration mismatch as a console error (#418/#425), which fails the check.
    await checkServer('next', server, {
      html: [
        /<knee-advice sections="checklist" heading-level="3" theme="dark"><\/knee-advice>/,
        /<knee-advice-card section="flare-up" heading-level="3"><\/knee-advice-card>/,
      ],
      // the callout's heading says "Important:" to screen readers (visually hidden) before its words
      firstFrames: [
        ADVICE_FIRST_FRAME,
        { tag: 'knee-advice-card', heading: 'h3', text: 'Important: During a flare-up' },
      ],
    });
  },
  async nuxt(dir) {
    await timed('nuxt: nuxt typecheck (vue-tsc, strictTemplates)', () => run(bin('nuxt'), ['typecheck'], dir));
    await timed('nuxt: nuxt build', () => run(bin('nuxt'), ['build'], dir));
    const server = await startServer('nuxt', process.execPath, ['.output/server/index.mjs'], dir, PORT + 1);
    await checkServer('nuxt', server, {
      html: [/<knee-advice sections="checklist" heading-level="3" theme="dark">/],
      shows: ['content'],
      firstFrames: [ADVICE_FIRST_FRAME],
    });
  },
  async sveltekit(dir) {
    await timed('sveltekit: svelte-kit sync, svelte-check', () => {
      run(bin('svelte-kit'), ['sync'], dir);
      return run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings'], dir);
    });
    await timed('sveltekit: vite build', () => run(bin('vite'), ['build', '--logLevel', 'warn'], dir));
    const server = await startServer('sveltekit', process.execPath, ['build'], dir, PORT + 2);
    await checkServer('sveltekit', server, {
      html: [/<knee-advice sections="checklist" heading-level="3" theme="dark">/],
      shows: ['content'],
      firstFrames: [ADVICE_FIRST_FRAME],
    });
  },
  async astro(dir) {
    await timed('astro: astro check', () => run(bin('astro'), ['check'], dir));
    await timed('astro: astro build (static)', () => run(bin('astro'), ['build'], dir));
    const out = join(dir, 'dist');
    await timed('astro: Chromium', () => serveDir(out, { shows: ['content'], firstFrames: [ADVICE_FIRST_FRAME] }));
    // Prerendered in the frontmatter: the article is in the HTML (declarative shadow DOM), before any script.
    const prerendered = readFileSync(join(out, 'prerendered', 'index.html'), 'utf8');
    if (!/<knee-advice[^>]*heading-level="3"[^>]*><template shadowrootmode="open"/.test(prerendered))
      throw new Error('astro: the prerendered page has no declarative shadow root in <knee-advice heading-level="3">');
    await timed('astro: Chromium, prerendered page', () =>
      serveDir(out, { firstFrames: [ADVICE_FIRST_FRAME] }, '/prerendered/index.html'),
    );
  },
  async 'plain-html'(dir) {
    copyFileSync(
      join(work, 'node_modules', 'knee-advice', 'dist', 'cdn', 'knee-advice.js'),
      join(dir, 'knee-advice.js'),
    );
    await timed('plain-html: Chromium', () => serveDir(dir, { expectDark: true }));
  },
};

const started = Date.now();
try {
  const tarball = await timed('npm pack', () => pack(work, root));
  const deps = {};
  for (const name of chosen) {
    cpSync(join(root, 'examples', name), join(work, name), {
      recursive: true,
      // what an earlier local build or install left (not `index.astro`)
      filter: (src) => !/[\\/](node_modules|dist|build|\.next|\.nuxt|\.output|\.svelte-kit|\.astro)$/.test(src),
    });
    const manifest = join(root, 'examples', name, 'package.json');
    const pkg = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : {}; // plain-html has none
    for (const [dep, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      if (dep === 'knee-advice') continue;
      if (deps[dep] && deps[dep] !== version)
        throw new Error(`examples disagree on ${dep}: ${deps[dep]} and ${version}`);
      deps[dep] = version;
    }
  }
  // One install for every example (they share vite, typescript, react, vue, svelte): each resolves from here.
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify(
      { name: 'knee-examples', private: true, dependencies: { 'knee-advice': `file:${tarball}`, ...deps } },
      null,
      2,
    ),
  );
  await timed('npm install (all examples)', () =>
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], work),
  );

  // Lit is a range: the apps and the library share one copy.
  let listed;
  try {
    listed = run('npm', ['ls', 'lit', '--all', '--parseable', '--long'], work);
  } catch (error) {
    listed = `${error.stdout}`; // npm ls exits 1 on any unmet peer in the tree; the list is still printed
  }
  const lits = new Set(listed.match(/:lit@[\d.]+/g));
  if (lits.size !== 1) throw new Error(`npm ls lit: ${lits.size} versions of Lit installed (${[...lits].join(', ')})`);
  console.log(`  npm ls lit: one Lit (${[...lits][0].slice(1)}) for the library and every example`);

  // In a React Server Component (the `react-server` condition) register.js must fail loudly.
  await timed('react-server condition', () => {
    const out = runFailing(
      process.execPath,
      ['--conditions=react-server', '--input-type=module', '-e', "await import('knee-advice/register.js')"],
      work,
    );
    if (!/import it from a client component/i.test(out))
      throw new Error(`register.js under react-server did not explain itself:\n${out}`);
  });

  for (const name of chosen.filter((n) => RIGHT[n])) {
    const { file, text } = RIGHT[name];
    mkdirSync(dirname(join(work, name, file)), { recursive: true });
    writeFileSync(join(work, name, file), text);
  }
  // Each type-check must fail on its scratch file, each wrong line with its own error, then pass without it.
  for (const name of chosen.filter((n) => WRONG[n])) {
    const { file, text } = WRONG[name];
    const dir = join(work, name);
    writeFileSync(join(dir, file), text);
    const out = await timed(`${name}: wrong types rejected`, () => {
      const [cmd, args] = TYPECHECK[name];
      return runFailing(bin(cmd), args, dir);
    });
    const reported = reportedLines(out, file);
    const missed = text
      .split('\n')
      .flatMap((line, i) =>
        /^\s*<knee|^\s*<Knee/.test(line) && !reported.has(i + 1) ? [`${i + 1}: ${line.trim()}`] : [],
      );
    if (missed.length)
      throw new Error(`${name}: these lines of ${file} passed the type-check:\n  ${missed.join('\n  ')}\n${out}`);
    rmSync(join(dir, file));
  }

  for (const name of chosen) {
    if (!CHECKS[name]) throw new Error(`examples/${name} has no check in tests/node/examples.mjs`);
    const start = Date.now();
    try {
      await CHECKS[name](join(work, name));
      results.push(`ok   ${name} (${((Date.now() - start) / 1000).toFixed(0)} s)`);
    } catch (error) {
      results.push(`FAIL ${name}: ${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
    }
  }
} finally {
  if (process.env.KNEE_EXAMPLES_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  console.log(results.join('\n'));
  console.log(`examples: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
if (results.length !== chosen.length || results.some((r) => r.startsWith('FAIL'))) process.exit(1);
