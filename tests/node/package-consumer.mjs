// The packed package is one an app can install and use: packs what `npm run build` made (pack.mjs, no
// second build), installs the tarball into a fresh app with lit, type-checks app code against the
// published types (tags, properties, events), bundles it with Vite (lit deduplicated, registration kept)
// and renders <knee-advice> from that bundle in Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { pack } from './pack.mjs';
import { serve } from './static-server.mjs';

const root = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const app = mkdtempSync(join(tmpdir(), 'knee-app-'));
const run = (cmd, args, cwd = app) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

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
    `lit@${pkg.dependencies.lit}`,
  ]);
  for (const dev of ['typescript', 'vite'])
    run('npm', [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      `${dev}@${pkg.devDependencies[dev]}`,
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
