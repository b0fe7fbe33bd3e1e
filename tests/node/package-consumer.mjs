// The packed package is one an app can install and use: packs what `npm run build` made (pack.mjs, no
// second build), installs the tarball into a fresh app with its own Lit (the oldest the range allows: one
// copy installed, not two), type-checks app code against the published types (tags, properties, events;
// Preact's and Solid's JSX, right and wrong), bundles it with Vite (lit deduplicated, registration kept) and
// renders <knee-advice> from that bundle in Chromium. `@lit-labs/ssr`, an optional peer dependency, is not
// installed: `knee-advice/prerender` must then fail with the command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { pack } from './pack.mjs';
import { serve } from './static-server.mjs';

const root = process.cwd();
// The oldest Lit that package.json's range allows (`^3.3.0`): an app may have it, and must then get no second copy.
const LIT_FLOOR = '3.3.0';
const PREACT = '10.29.8';
const SOLID = '1.9.20';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const app = mkdtempSync(join(tmpdir(), 'knee-app-'));
const run = (cmd, args, cwd = app) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

/**
 * Preact's and Solid's JSX (`knee-advice/jsx/preact`, `/jsx/solid`): the right file type-checks, each line of
 * the wrong one fails. No other file imports 'solid-js' or 'preact': the library's types must be enough.
 */
function jsxTypes() {
  const frameworks = {
    preact: { on: (e) => `on${e}` },
    'solid-js': { on: (e) => `on:${e}` },
  };
  for (const [framework, { on }] of Object.entries(frameworks)) {
    const dir = join(app, `jsx-${framework}`);
    mkdirSync(dir);
    const entry = framework === 'preact' ? 'preact' : 'solid';
    writeFileSync(
      join(dir, 'right.tsx'),
      `import type {} from 'knee-advice/jsx/${entry}';
import { defaultContent } from 'knee-advice';
export const right = [
  <knee-advice heading-level={3} theme="dark" class="a" content={defaultContent} ${on('knee-checklist-change')}={(e) => e.detail.done.toFixed()} />,
  <knee-flare-up-checklist checkedIds={['x']} />,
  <knee-run-log runs={[{ date: '2025-01-01', during: 1 }]} ${on('knee-run-log-change')}={(e) => e.detail.runs.length} />,
];
`,
    );
    const wrong = `import type {} from 'knee-advice/jsx/${entry}';
export const wrong = [
  <knee-advice heading-level="two" />,
  <knee-advice theme="purple" />,
  <knee-flare-up-checklist ${on('knee-checklist-change')}={(e) => e.detail.nonexistent} />,
  <knee-flare-up-checklist checkedIds={[1]} />,
  <knee-advice content={42} />,
];
`;
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          jsxImportSource: framework,
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          lib: ['ES2022', 'DOM'],
        },
        include: ['.'],
      }),
    );
    run(join(app, 'node_modules', '.bin', 'tsc'), ['-p', dir]);
    writeFileSync(join(dir, 'wrong.tsx'), wrong);
    let out = '';
    try {
      run(join(app, 'node_modules', '.bin', 'tsc'), ['-p', dir]);
    } catch (error) {
      out = `${error.stdout}`;
    }
    const reported = new Set([...out.matchAll(/wrong\.tsx\((\d+),\d+\): error/g)].map((m) => Number(m[1])));
    const missed = wrong
      .split('\n')
      .flatMap((line, i) => (line.includes('<knee') && !reported.has(i + 1) ? [line] : []));
    if (missed.length)
      throw new Error(`${framework}: these lines passed the type-check:\n${missed.join('\n')}\n${out}`);
  }
}

try {
  const tarball = pack(app, root);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'clinic-app', private: true, type: 'module' }));
  run('npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    tarball,
    `lit@${LIT_FLOOR}`,
  ]);
  // The app's Lit and the library's are one copy (lit is a range, not a pin).
  const lits = new Set(run('npm', ['ls', 'lit', '--all', '--parseable', '--long']).match(/:lit@[\d.]+/g));
  if (lits.size !== 1)
    throw new Error(`npm ls lit: ${[...lits].join(', ')} installed; the app and the library must share one`);
  // The prerenderer's peer is optional: not installed, and the prerenderer says what to install.
  if (existsSync(join(app, 'node_modules', '@lit-labs', 'ssr')))
    throw new Error('@lit-labs/ssr was installed into an app that does not prerender');
  const prerender = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "await import('knee-advice/prerender')"],
    {
      cwd: app,
      encoding: 'utf8',
    },
  );
  if (prerender.status === 0 || !/npm install @lit-labs\/ssr/.test(prerender.stderr))
    throw new Error(
      `knee-advice/prerender without @lit-labs/ssr did not name the command to run:\n${prerender.stderr}`,
    );
  for (const dev of ['typescript', 'vite', `preact@${PREACT}`, `solid-js@${SOLID}`])
    run('npm', [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      dev.includes('@') ? dev : `${dev}@${pkg.devDependencies[dev]}`,
    ]);

  mkdirSync(join(app, 'src'));
  writeFileSync(
    join(app, 'src', 'main.ts'),
    `import 'knee-advice/register.js';
import { KneeAdvice, type KneeChecklistChangeDetail } from 'knee-advice';
const el: KneeAdvice = document.createElement('knee-advice');
el.headingLevel = 3;
el.persist = false;
el.addEventListener('knee-checklist-change', (e) => {
  const detail: KneeChecklistChangeDetail = e.detail;
  console.log(detail.done, detail.total);
});
document.querySelector('knee-exercise-player')?.addEventListener('knee-exercise-step', (e) => console.log(e.detail.title));
document.body.append(el);
(window as unknown as { appReady: boolean }).appReady = customElements.get('knee-advice') === KneeAdvice;
`,
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="en"><title>App</title><body><script type="module" src="/src/main.ts"></script></body></html>',
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        lib: ['ES2022', 'DOM'],
      },
      include: ['src'],
    }),
  );
  run(join(app, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json']);
  jsxTypes();
  run(join(app, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn']);

  const js = readdirSync(join(app, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
  const code = js.map((f) => readFileSync(join(app, 'dist', 'assets', f), 'utf8')).join('\n');
  const litCopies = code.match(/lit-html/g)?.length ?? 0;
  if (litCopies > 2) throw new Error(`lit appears bundled more than once (${litCopies} "lit-html" markers)`);

  const server = await serve(join(app, 'dist'));
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on(
      'console',
      (m) => m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico') && errors.push(m.text()),
    );
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.appReady === true, { timeout: 10000 });
    const title = await page.waitForFunction(
      () => document.querySelector('knee-advice')?.shadowRoot?.querySelector('h3')?.textContent,
      { timeout: 10000 },
    );
    if ((await title.jsonValue()) !== 'Running with knee pain without stopping what you love')
      throw new Error('the app did not render the article');
    if (errors.length) throw new Error(`console errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `package check: ${pkg.name}@${pkg.version} installed from its tarball, type-checked, bundled (${(code.length / 1000).toFixed(1)} kB JS) and rendered in an app`,
  );
} finally {
  rmSync(app, { recursive: true, force: true });
}
