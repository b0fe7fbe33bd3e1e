// `npm run release` (after `npm run build:cdn`, which the npm script runs first): the folder a clinic's
// web editor uploads as it is, release/knee-advice-<version>/, and the same folder as
// release/knee-advice-<version>.zip. It holds the CDN build (knee-advice.js, chunks/, locales/, the .css
// files, knee-advice.all.js), integrity.txt (every .js file's sha384 value, path first), the sample clip
// (sample/), example.html (every element, the sample clip with its steps and captions), builder.html (the
// snippet builder, stories/builder/, with every element inside so it opens with a double click) and
// EDITORS.html (docs/editors.md with screenshots of the folder's own pages, taken in Chromium).
//
//   node scripts/release.mjs [--out DIR] [--no-zip]      (DIR defaults to release/)
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { marked } from 'marked';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from '../tests/node/chrome.mjs';
import { serve } from '../tests/node/static-server.mjs';
import { integrity, integrityList } from './sri.mjs';

const { values: options } = parseArgs({
  options: { out: { type: 'string', default: 'release' }, 'no-zip': { type: 'boolean', default: false } },
});
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const name = `knee-advice-${version}`;
const dir = resolve(options.out, name);
const CDN = 'dist/cdn';
const SAMPLE = ['sample.mp4', 'sample.webm', 'poster.jpg', 'captions.vtt', 'chapters.vtt'];
const TEMPLATES = 'scripts/release';

if (!existsSync(`${CDN}/knee-advice.js`) || !existsSync(`${CDN}/knee-advice.all.js`)) {
  console.error(`${CDN}/ has no build: run \`npm run build:cdn\` (or \`npm run release\`, which does) first.`);
  process.exit(1);
}

/** A template of scripts/release/ with `{{key}}` replaced by `values[key]` (as given: callers escape). */
const fill = (file, values) =>
  readFileSync(join(TEMPLATES, file), 'utf8').replace(/\{\{([\w:.-]+)\}\}/g, (whole, key) => {
    if (!(key in values)) throw new Error(`${file}: no value for ${whole}`);
    return values[key];
  });

// 1. The CDN build, and the sample clip beside it.
rmSync(dir, { recursive: true, force: true });
rmSync(`${dir}.zip`, { force: true });
mkdirSync(dir, { recursive: true });
cpSync(CDN, dir, { recursive: true, filter: (src) => !/\.sri$|integrity\.txt$/.test(src) });
mkdirSync(join(dir, 'sample'));
for (const file of SAMPLE) cpSync(join('content/sample', file), join(dir, 'sample', file));
const sri = { 'knee-advice.js': integrity(join(dir, 'knee-advice.js')) };
sri['knee-advice.all.js'] = integrity(join(dir, 'knee-advice.all.js'));

// 2. example.html
writeFileSync(
  join(dir, 'example.html'),
  fill('example.html', { version, 'integrity:knee-advice.js': sri['knee-advice.js'] }),
);

// 3. builder.html: the builder and every element in one inline module, so it needs no server.
const [bundle] = [
  await build({
    configFile: 'vite.config.ts',
    mode: 'all',
    logLevel: 'warn',
    build: {
      write: false,
      sourcemap: false,
      lib: { entry: resolve('stories/builder/page.ts'), formats: ['es'], fileName: () => 'builder.js' },
    },
  }),
].flat();
const script = bundle.output.find((o) => o.type === 'chunk').code.replace(/<\/(script)/gi, '<\\/$1');
const releaseJson = JSON.stringify({ version, integrity: sri }).replace(/</g, '\\u003c');
writeFileSync(
  join(dir, 'builder.html'),
  fill('builder.html', { version, 'release-json': releaseJson, 'builder-script': script }),
);

// 4. Screenshots of the folder's own pages, for EDITORS.html.
const shots = await screenshots();

// 5. EDITORS.html, from docs/editors.md.
writeFileSync(join(dir, 'EDITORS.html'), fill('EDITORS.html', { version, guide: guide(shots) }));

// 6. integrity.txt: every script in the folder.
writeFileSync(join(dir, 'integrity.txt'), integrityList(dir));

// 7. The zip: the same folder, under its own name.
if (!options['no-zip']) writeFileSync(`${dir}.zip`, zipSync(zipEntries(dir)));

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
console.log(
  `${relative('.', dir)}/: ${files(dir).length} files, knee-advice.all.js ${kb(statSync(join(dir, 'knee-advice.all.js')).size)}` +
    (options['no-zip'] ? '' : `; ${relative('.', dir)}.zip ${kb(statSync(`${dir}.zip`).size)}`),
);

/** Every file under `root`, relative, with `/`. */
function files(root) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(root, join(d, e.name)).split(sep).join('/'));
  };
  walk(root);
  return out.sort();
}

/** The zip's entries: the folder's files under `<name>/`; media stored as they are, text compressed. */
function zipEntries(root) {
  const mtime = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  return Object.fromEntries(
    files(root).map((f) => [
      `${name}/${f}`,
      [new Uint8Array(readFileSync(join(root, f))), { level: /\.(mp4|webm|jpg|png|zip)$/.test(f) ? 0 : 9, mtime }],
    ]),
  );
}

/** docs/editors.md as the body of EDITORS.html: this release's values, screenshots, no links out of the folder. */
function guide(shots) {
  let md = readFileSync('docs/editors.md', 'utf8')
    .replaceAll('<version>', version)
    .replaceAll('sha384-(knee-advice.js in integrity.txt)', sri['knee-advice.js'])
    .replaceAll('sha384-(knee-advice.all.js in integrity.txt)', sri['knee-advice.all.js'])
    .replace(/<!-- check: [\w-]+ -->\n\n/g, '');
  const missing = md.match(/sha384-\(|<version>/);
  if (missing) throw new Error(`docs/editors.md: a placeholder is left: ${missing[0]}`);
  let html = marked.parse(md, { gfm: true });
  // screenshots, embedded (the page opens from the folder with a double click)
  html = html.replace(/<!-- screenshot: ([\w-]+) \| (.+?) -->/g, (_, id, alt) => {
    if (!shots[id]) throw new Error(`docs/editors.md: no screenshot "${id}"`);
    const text = alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    return `<figure><img src="${shots[id].src}" width="${shots[id].width}" height="${shots[id].height}" alt="${text}" /></figure>`;
  });
  // the other guides are in the source code, not in this folder
  html = html.replace(/<a href="([\w-]+)\.md">(.*?)<\/a>/g, '$2 (<code>docs/$1.md</code> in the source code)');
  // headings with ids, and a table of contents
  const toc = [];
  html = html.replace(/<h2>(.*?)<\/h2>/g, (_, text) => {
    const id = text
      .replace(/<[^>]+>/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^\d*-|-$/g, '');
    toc.push(`<li><a href="#${id}">${text}</a></li>`);
    return `<h2 id="${id}">${text}</h2>`;
  });
  return html.replace(/(<\/h1>\n)/, `$1<nav aria-label="Contents"><ol>${toc.join('')}</ol></nav>\n`);
}

/** The pages of the folder in Chromium: the article (light), a brand colour in dark mode, the player, the builder. */
async function screenshots() {
  const server = await serve(dir);
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const shots = {};
  // a page showing one brand colour on a page that supports dark mode, removed again below
  const darkPage = join(dir, '_dark.html');
  writeFileSync(
    darkPage,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
<script type="module" src="knee-advice.js"></script><style>body{margin:0;padding:1em;background:Canvas;color:CanvasText;font-family:system-ui,sans-serif}
knee-advice{--knee-accent:#6b2c91;--knee-callout-surface:#f3e8fa}</style></head>
<body><knee-advice sections="flare-up checklist"></knee-advice></body></html>`,
  );
  const shoot = async (id, handle, height = 640) => {
    const box = await handle.boundingBox();
    // relative to the element
    const clip = { x: 0, y: 0, width: Math.min(box.width, 960), height: Math.min(box.height, height) };
    const data = await handle.screenshot({ type: 'webp', quality: 82, encoding: 'base64', clip });
    shots[id] = {
      src: `data:image/webp;base64,${data}`,
      width: Math.round(clip.width),
      height: Math.round(clip.height),
    };
  };
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 900, height: 900 });
    const rendered = (selector) =>
      page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~=card]'), {}, selector);

    await page.goto(`${server.url}/example.html`, { waitUntil: 'load' });
    await rendered('knee-advice');
    await shoot('article', await page.$('knee-advice'));

    const player = await page.waitForFunction(() => {
      const p = document.querySelector('knee-advice').shadowRoot.querySelector('knee-exercise-player');
      return p?.shadowRoot?.querySelectorAll('[part~=step]').length === 3 && p;
    });
    await player.evaluate((p) => p.scrollIntoView());
    await shoot('player', player, 900);

    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.goto(`${server.url}/_dark.html`, { waitUntil: 'load' });
    await rendered('knee-advice');
    await shoot('dark', await page.$('knee-advice'), 560);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);

    await page.setViewport({ width: 1280, height: 1000 });
    await page.goto(`${server.url}/builder.html`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      document.querySelector('snippet-builder')?.shadowRoot?.querySelector('.summary')?.textContent.includes('pass'),
    );
    await shoot('builder', await page.$('snippet-builder'), 900);
  } finally {
    await browser.close();
    await server.close();
    rmSync(darkPage, { force: true });
  }
  return shots;
}
