// The example apps in examples/ are real apps using the packed tarball, as an app developer would:
// packs the built library (`npm pack --ignore-scripts`, so run `npm run build` first, as `npm run examples`
// does; see pack.mjs), installs it with every example's dependencies (one shared install), then for each
// example type-checks strictly, proves the type-check can fail (a scratch file with wrong attribute
// types), builds, serves the build and checks in Chromium that an event reaches the app and that a
// property set by the app shows, with no console warning or error. Next.js is built with `next build`,
// served with `next start` and checked after hydration of the server-rendered page.
//
//   node tests/node/examples.mjs [react vue svelte next plain-html]   (default: all)
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { pack } from './pack.mjs';
import { serve } from './static-server.mjs';

const root = process.cwd();
const NEXT_PORT = Number(process.env.KNEE_EXAMPLES_PORT ?? 8113);
const all = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : all;
const work = mkdtempSync(join(tmpdir(), 'knee-examples-'));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CI: '1' };
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
    errors: 3,
    text: `import 'knee-advice/react';
export const wrong = [
  <knee-advice heading-level="two" />,
  <knee-advice theme="purple" />,
  <knee-flare-up-checklist onknee-checklist-change={(e) => e.detail.nonexistent} />,
];
`,
  },
  next: {
    file: 'app/wrong.tsx',
    errors: 3,
    text: `import { KneeAdvice } from 'knee-advice/react';
export const wrong = [
  <knee-advice heading-level="two" />,
  <KneeAdvice theme="purple" />,
  <KneeAdvice onKneeChecklistChange={(e) => e.detail.nonexistent} />,
];
`,
  },
  vue: {
    // The handlers' `e` is typed (the event's detail, and Vue's own DOM events on our tags).
    file: 'src/Wrong.vue',
    errors: 5,
    text: `<script setup lang="ts"></script>
<template>
  <knee-advice :heading-level="'two'" />
  <knee-advice theme="purple" />
  <knee-advice @knee-checklist-change="(e) => e.detail.nonexistent" />
  <knee-flare-up-checklist @knee-checklist-change="(e) => e.detail.done.toUpperCase()" />
  <knee-advice @click="(e) => e.nonexistent" />
</template>
`,
  },
  svelte: {
    // The handlers' `e` is typed (the event's detail, and Svelte's own DOM events on our tags).
    file: 'src/Wrong.svelte',
    errors: 5,
    text: `<script lang="ts"></script>
<knee-advice heading-level="two"></knee-advice>
<knee-advice theme="purple"></knee-advice>
<knee-advice onknee-checklist-change={(e) => e.detail.nonexistent}></knee-advice>
<knee-flare-up-checklist onknee-checklist-change={(e) => e.detail.done.toUpperCase()}></knee-flare-up-checklist>
<knee-advice onclick={(e) => e.nonexistent}></knee-advice>
`,
  },
};

/** Opens the app, ticks the first box in `selector`, and checks the app saw it; also the properties the app set. */
async function checkInBrowser(browser, url, { statuses = [['knee-advice', '#app-status']], expectDark = true } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (!['error', 'warn', 'warning'].includes(m.type())) return;
    if (m.location()?.url?.endsWith('/favicon.ico')) return; // the examples have no icon
    problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  try {
    await page.goto(url, { waitUntil: 'load' });
    for (const [tag, status] of statuses) {
      // The app set headingLevel 3 (a property in React, Vue and Svelte) and theme "dark".
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
    if (problems.length) throw new Error(`console:\n  ${problems.join('\n  ')}`);
  } finally {
    await page.close();
  }
}

async function serveDir(dir, options) {
  const server = await serve(dir);
  try {
    await withBrowser((browser) => checkInBrowser(browser, `${server.url}/index.html`, options));
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

async function startNext(dir) {
  const child = spawn(bin('next'), ['start', '-p', String(NEXT_PORT), '-H', '127.0.0.1'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${NEXT_PORT}/`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${log}`);
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-child.pid, 'SIGTERM');
  throw new Error(`next start did not answer on ${url}:\n${log}`);
}

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
    await timed('vue: Chromium', () => serveDir(join(dir, 'dist')));
  },
  async svelte(dir) {
    await timed('svelte: svelte-check', () =>
      run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings'], dir),
    );
    await timed('svelte: vite build', () => run(bin('vite'), ['build', '--logLevel', 'warn'], dir));
    await timed('svelte: Chromium', () => serveDir(join(dir, 'dist')));
  },
  async next(dir) {
    await timed('next: tsc', () => run(bin('tsc'), ['-p', 'tsconfig.json'], dir));
    await timed('next: next build', () => run(bin('next'), ['build'], dir));
    const server = await startNext(dir);
    try {
      const html = await (await fetch(server.url)).text();
      // The wrapper sets `sections`, `headingLevel` and `theme` as properties once hydrated, so the server sends the bare tag.
      if (!/<knee-advice[\s>]/.test(html)) throw new Error('next: the server-rendered page has no <knee-advice> tag');
      if (/heading-level="2"/.test(html))
        throw new Error('next: the server wrote a default heading-level onto the tag');
      // Production React reports a hydration mismatch as a console error (#418/#425), which fails the check.
      await timed('next: Chromium after hydration', () =>
        withBrowser((browser) => checkInBrowser(browser, server.url)),
      );
    } finally {
      server.stop();
    }
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
      filter: (src) => !/node_modules|[\\/]dist$|\.next/.test(src),
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
  // One install for every example (they share vite, typescript and react): each resolves from here.
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

  // Each type-check must fail on its scratch file, then pass without it.
  for (const name of chosen.filter((n) => WRONG[n])) {
    const { file, text, errors } = WRONG[name];
    const dir = join(work, name);
    writeFileSync(join(dir, file), text);
    const out = await timed(`${name}: wrong types rejected`, () => {
      const args = {
        react: [bin('tsc'), ['-p', 'tsconfig.json']],
        next: [bin('tsc'), ['-p', 'tsconfig.json']],
        vue: [bin('vue-tsc'), ['-p', 'tsconfig.json']],
        svelte: [bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine']],
      }[name];
      return runFailing(args[0], args[1], dir);
    });
    const count = name === 'svelte' ? (out.match(/ ERROR /g) ?? []).length : (out.match(/error TS\d+/g) ?? []).length;
    if (count < errors)
      throw new Error(`${name}: expected at least ${errors} type errors from ${file}, got ${count}:\n${out}`);
    // And each wrong line its own error (one line's two errors must not hide another line that passed).
    const escaped = file.replace(/[.]/g, '\\.');
    const reported = new Set(
      [...out.matchAll(new RegExp(`${escaped}\\((\\d+),\\d+\\): error|ERROR "${escaped}" (\\d+):`, 'g'))].map((m) =>
        Number(m[1] ?? m[2]),
      ),
    );
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
    try {
      await CHECKS[name](join(work, name));
      results.push(`ok   ${name}`);
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
