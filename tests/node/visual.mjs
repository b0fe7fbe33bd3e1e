// Pictures of every story of the built Storybook (storybook-static/), each at 320 px and 1024 px wide,
// light and dark, taken in Chromium and compared with the baselines committed in tests/visual/.
//
//   npm run test:visual                      compare (a difference fails; see test-results/visual/)
//   npm run test:visual -- --update          take the baselines again (after a change you meant)
//   npm run test:visual -- --story run-log   only the stories whose id contains "run-log"
//   npm run test:visual -- --engines         also take every picture in Firefox and WebKit, written to
//                                            test-results/engines/<engine>/ to look at side by side
//                                            (not compared: their fonts and controls differ)
//
// The baselines record the Chromium version they were taken with. On another major version the pictures
// cannot be expected to match to the pixel: the comparisons are counted as skipped and the run says to
// take the baselines again, so a browser update does not block every submission.
//
// Dark is a dark page as well as a dark system setting: `color-scheme: dark` on the page and
// `prefers-color-scheme: dark` emulated, so a story stays dark whether an element follows the system or
// the page it sits in.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { serve } from './static-server.mjs';

export const WIDTHS = [320, 1024];
export const SCHEMES = ['light', 'dark'];
const HEIGHT = 800; // the viewport; the picture is of the whole page, however long
const BASELINES = 'tests/visual';
const META = join(BASELINES, 'baselines.json');
const DIFFS = 'test-results/visual';
const ENGINES = 'test-results/engines';
/**
 * pixelmatch's colour distance per pixel (0 to 1): 0.1 lets the faint fringe of anti-aliased text pass,
 * and it skips pixels it recognises as anti-aliasing. Then at most MAX_PIXELS may differ in a picture:
 * a border 1 px wider or narrower moves a line of several hundred pixels.
 */
export const THRESHOLD = 0.1;
export const MAX_PIXELS = 20;

/** The picture's file name: story id, width, scheme. */
export const fileName = (id, width, scheme) => `${id}--${width}-${scheme}.png`;

/**
 * Compares two PNG buffers. Returns { differing, width, height, diff } where diff is a PNG of the
 * differences (or null when the sizes differ, which counts as different).
 */
export function compare(expectedPng, actualPng) {
  const a = PNG.sync.read(expectedPng);
  const b = PNG.sync.read(actualPng);
  if (a.width !== b.width || a.height !== b.height) {
    return { differing: Infinity, sizes: `${a.width}×${a.height} then, ${b.width}×${b.height} now`, diff: null };
  }
  const out = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, out.data, a.width, a.height, { threshold: THRESHOLD });
  return { differing, sizes: `${a.width}×${a.height}`, diff: PNG.sync.write(out) };
}

/**
 * Re-encodes a screenshot as small as it goes without losing a pixel: with a palette when it has at most
 * 256 colours (most do: text is drawn without anti-aliasing), else RGB without alpha; deflate level 9.
 */
export function shrink(png) {
  const img = PNG.sync.read(png);
  return paletted(img) ?? PNG.sync.write(img, { colorType: 2, deflateLevel: 9, deflateStrategy: 1 });
}

/** An 8-bit palette PNG of `img` (opaque), or null when it has more than 256 colours. pngjs reads these but cannot write them. */
function paletted(img) {
  const index = new Map();
  const rows = Buffer.alloc((img.width + 1) * img.height);
  for (let y = 0; y < img.height; y++) {
    rows[y * (img.width + 1)] = 0; // no filter: it compresses palette indices best
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      const rgb = (img.data[i] << 16) | (img.data[i + 1] << 8) | img.data[i + 2];
      let k = index.get(rgb);
      if (k === undefined) {
        if (index.size === 256) return null;
        index.set(rgb, (k = index.size));
      }
      rows[y * (img.width + 1) + 1 + x] = k;
    }
  }
  const palette = Buffer.alloc(index.size * 3);
  for (const [rgb, k] of index) palette.set([rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff], k * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(img.width, 0);
  header.writeUInt32BE(img.height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, filter method 0, not interlaced
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const stories = () => {
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  return Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .map((e) => e.id)
    .sort();
};

/** CSS for a dark page, added to the story's document. */
const DARK_PAGE = ':root { color-scheme: dark; } html, body { background: Canvas; color: CanvasText; }';

/**
 * Waits until the story has rendered and run its play function, every element (through shadow roots)
 * has updated, and the fonts have loaded.
 */
async function settle(evaluate) {
  await evaluate(async () => {
    const deadline = Date.now() + 15000;
    const done = ['completed', 'finished', 'errored', 'aborted'];
    const phase = () => window.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? 'completed';
    while (!document.querySelector('#storybook-root')?.children.length || !done.includes(phase())) {
      if (Date.now() > deadline) throw new Error(`the story did not render (${phase()})`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
    for (let i = 0; i < 3; i++) {
      await Promise.all(
        all(document)
          .map((e) => e.updateComplete)
          .filter(Boolean),
      );
      await new Promise((r) => setTimeout(r, 50));
    }
    await document.fonts.ready;
    // What `content-visibility: auto` leaves unpainted below the viewport (a transcript's lines) is painted,
    // as a person who scrolled to it sees it: the picture is of the whole page.
    for (const e of all(document))
      if (getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible';
    // no blinking caret, nothing mid-transition
    document.activeElement?.blur?.();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * A puppeteer page's requests in flight; `quiet(ms)` resolves once none has been for `ms` (a story's
 * file that fails, and the question the player then asks the server, are then in the picture), or
 * after 10 s.
 */
function trackRequests(page) {
  const inFlight = new Set();
  let last = Date.now();
  page.on('request', (r) => {
    inFlight.add(r);
    last = Date.now();
  });
  for (const event of ['requestfinished', 'requestfailed'])
    page.on(event, (r) => {
      inFlight.delete(r);
      last = Date.now();
    });
  return async function quiet(ms) {
    const deadline = Date.now() + 10000;
    while ((inFlight.size || Date.now() - last < ms) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
  };
}

/** Loads a story in a puppeteer page and waits until it is still. */
async function openStory(page, quiet, url, dark) {
  await page.goto(url, { waitUntil: 'load' });
  if (dark) await page.addStyleTag({ content: DARK_PAGE });
  await quiet(100);
  await settle((fn) => page.evaluate(fn));
  await quiet(250); // what the play function set going
  await settle((fn) => page.evaluate(fn));
}

/** Headless Chromium as the baselines are taken (text without anti-aliasing: see fonts.conf), and its version. */
async function launchChromium() {
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    args: [...CHROME_ARGS, '--hide-scrollbars'],
    env: { ...process.env, FONTCONFIG_FILE: resolve(BASELINES, 'fonts.conf') },
  });
  return { browser, version: (await browser.version()).replace(/^[^/]*\//, '') };
}

/** Where each `<video>` is on the page (through shadow roots), in page pixels. */
const videoBoxes = () => {
  const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
  return all(document)
    .filter((e) => e.localName === 'video')
    .map((v) => v.getBoundingClientRect())
    .filter((r) => r.width && r.height)
    .map((r) => ({ x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }));
};

/**
 * Paints each box one flat colour, as Playwright's `mask` does: the video's picture (the sample's
 * poster, a photograph) is not ours to check and would make up most of the baselines' bytes; where the
 * video sits, and how big it is, still shows.
 */
export function mask(png, boxes) {
  const img = PNG.sync.read(png);
  for (const box of boxes) {
    const x0 = Math.max(0, Math.round(box.x));
    const y0 = Math.max(0, Math.round(box.y));
    const x1 = Math.min(img.width, Math.round(box.x + box.width));
    const y1 = Math.min(img.height, Math.round(box.y + box.height));
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) img.data.set([255, 0, 255, 255], (y * img.width + x) * 4);
  }
  return PNG.sync.write(img);
}

/** Chromium: every story at every width and scheme, as PNG buffers, through `onPicture(name, png)`. */
async function captureChromium(browser, server, ids, onPicture) {
  const page = await browser.newPage();
  const quiet = trackRequests(page);
  try {
    for (const id of ids) {
      for (const scheme of SCHEMES) {
        for (const width of WIDTHS) {
          await page.setViewport({ width, height: HEIGHT });
          await page.emulateMediaFeatures([
            { name: 'prefers-color-scheme', value: scheme },
            { name: 'prefers-reduced-motion', value: 'reduce' },
          ]);
          await openStory(page, quiet, `${server.url}/iframe.html?id=${id}&viewMode=story`, scheme === 'dark');
          const boxes = await page.evaluate(videoBoxes);
          const png = Buffer.from(await page.screenshot({ fullPage: true, captureBeyondViewport: true }));
          await onPicture(fileName(id, width, scheme), boxes.length ? mask(png, boxes) : png);
        }
      }
    }
  } finally {
    await page.close();
  }
}

function parseArgs(argv) {
  const args = { update: false, engines: false, story: '' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--update') args.update = true;
    else if (argv[i] === '--engines') args.engines = true;
    else if (argv[i] === '--story') args.story = argv[++i] ?? '';
    else throw new Error(`Unknown option ${argv[i]} (use --update, --engines, --story <part of an id>)`);
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync('storybook-static/index.json')) {
    console.error('No built Storybook: run `npm run build-storybook` first.');
    process.exit(1);
  }
  const ids = stories().filter((id) => id.includes(args.story));
  const meta = existsSync(META) ? JSON.parse(readFileSync(META, 'utf8')) : null;
  const server = await serve('storybook-static');
  const { browser, version } = await launchChromium();
  const started = Date.now();
  const pictures = ids.length * WIDTHS.length * SCHEMES.length;
  let compared = 0;
  let skipped = 0;
  const failures = [];
  // With --engines, Chromium's pictures (taken anyway) go beside Firefox's and WebKit's.
  if (args.engines) rmSync(ENGINES, { recursive: true, force: true });
  const beside = args.engines ? (name, png) => engineOut('chromium', name, png) : () => {};
  try {
    if (args.update) {
      mkdirSync(BASELINES, { recursive: true });
      const written = new Set();
      await captureChromium(browser, server, ids, (name, png) => {
        beside(name, png);
        writeFileSync(join(BASELINES, name), shrink(png));
        written.add(name);
      });
      // Pictures of stories that are gone (only when every story was taken).
      if (!args.story)
        for (const f of readdirSync(BASELINES)) if (f.endsWith('.png') && !written.has(f)) rmSync(join(BASELINES, f));
      const files = readdirSync(BASELINES).filter((f) => f.endsWith('.png'));
      const list = (a) => JSON.stringify(a).replaceAll(',', ', '); // laid out as Prettier does
      writeFileSync(
        META,
        `{\n  "chromium": "${version}",\n  "widths": ${list(WIDTHS)},\n  "schemes": ${list(SCHEMES)},\n  "pictures": ${files.length}\n}\n`,
      );
      const bytes = files.reduce((sum, f) => sum + readFileSync(join(BASELINES, f)).length, 0);
      console.log(
        `visual: ${written.size} baselines written in Chromium ${version}; ${files.length} in ${BASELINES}/, ${(bytes / 1024).toFixed(0)} KB`,
      );
    } else if (!meta) {
      failures.push(`no baselines (${META}): take them with npm run test:visual -- --update`);
    } else if (major(version) !== major(meta.chromium)) {
      skipped = pictures;
      if (args.engines) await captureChromium(browser, server, ids, beside);
      console.log(
        `visual: the baselines were taken in Chromium ${meta.chromium}, this is Chromium ${version}: ` +
          `the baselines need npm run test:visual -- --update (on Chromium ${major(version)}).`,
      );
    } else {
      rmSync(DIFFS, { recursive: true, force: true });
      const seen = new Set();
      await captureChromium(browser, server, ids, (name, png) => {
        beside(name, png);
        seen.add(name);
        const baseline = join(BASELINES, name);
        if (!existsSync(baseline)) {
          failures.push(`${name}: no baseline (a new story? npm run test:visual -- --update)`);
          writeOut(name, 'actual', png);
          return;
        }
        compared++;
        const result = compare(readFileSync(baseline), png);
        if (result.differing > MAX_PIXELS) {
          const what = Number.isFinite(result.differing) ? `${result.differing} pixels differ` : 'size differs';
          failures.push(`${name}: ${what} (${result.sizes})`);
          writeOut(name, 'actual', png);
          writeOut(name, 'expected', readFileSync(baseline));
          if (result.diff) writeOut(name, 'diff', result.diff);
        }
      });
      if (!args.story)
        for (const f of readdirSync(BASELINES))
          if (f.endsWith('.png') && !seen.has(f)) failures.push(`${f}: a baseline for a story that is gone`);
    }
    if (args.engines) await captureEngines(server, ids);
  } finally {
    await browser.close();
    await server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (!args.update) {
    console.log(
      `visual: ${compared} pictures compared in Chromium ${version}, ${failures.length} differ, ${skipped} skipped (${ids.length} stories × ${WIDTHS.length} widths × ${SCHEMES.length} schemes, ${seconds} s)`,
    );
  }
  if (failures.length) {
    console.error(`\n${failures.join('\n')}\n\nThe pictures (actual, expected, diff) are in ${DIFFS}/.`);
    console.error('If the change is meant, take the baselines again: npm run test:visual -- --update');
    process.exit(1);
  }
}

const major = (v) => Number(String(v).split('.')[0]);

/** Writes one engine's picture to test-results/engines/<engine>/. */
function engineOut(engine, name, png) {
  mkdirSync(join(ENGINES, engine), { recursive: true });
  writeFileSync(join(ENGINES, engine, name), png);
}

function writeOut(name, kind, png) {
  mkdirSync(DIFFS, { recursive: true });
  writeFileSync(join(DIFFS, name.replace(/\.png$/, `.${kind}.png`)), png);
}

// ——— Firefox and WebKit, for a person to look at ———

async function captureEngines(server, ids) {
  const { findFirefox, findMiniBrowser, firefoxChrome } = await import('./engines.mjs');
  const started = Date.now();
  const out = engineOut;

  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['-remote-allow-system-access'],
    // scrollbars over the page, as in Chromium's pictures, so a 320 px picture is 320 px of page
    extraPrefsFirefox: { 'ui.prefersReducedMotion': 1, 'widget.gtk.overlay-scrollbars.enabled': true },
  });
  try {
    const page = await firefox.newPage();
    const quiet = trackRequests(page);
    for (const id of ids)
      for (const scheme of SCHEMES)
        for (const width of WIDTHS) {
          await page.setViewport({ width, height: HEIGHT });
          await firefoxChrome(page, 'bc.prefersColorSchemeOverride = arg; return true;', scheme);
          await openStory(page, quiet, `${server.url}/iframe.html?id=${id}&viewMode=story`, scheme === 'dark');
          out('firefox', fileName(id, width, scheme), Buffer.from(await page.screenshot({ fullPage: true })));
        }
  } finally {
    await firefox.close();
  }

  await captureWebKit(server, ids, findMiniBrowser(), out);
  console.log(
    `visual: ${ids.length * WIDTHS.length * SCHEMES.length} pictures each from Chromium, Firefox and WebKit in ${ENGINES}/ (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}

/**
 * WebKit: MiniBrowser's window is never narrower than its toolbar (447 px), so each story is shown in an
 * iframe of the exact width on a blank page, and the iframe's picture taken. Dark is MiniBrowser's own
 * dark mode (a second session), since WebDriver cannot emulate media.
 */
async function captureWebKit(server, ids, binary, out) {
  const { remote } = await import('webdriverio');
  const { miniBrowser, startWebKitDriver } = await import('./engines.mjs');
  const driver = await startWebKitDriver();
  try {
    for (const scheme of SCHEMES) {
      const browser = await remote({
        hostname: '127.0.0.1',
        port: driver.port,
        logLevel: 'error',
        capabilities: miniBrowser(binary, scheme === 'dark' ? ['--dark-mode'] : []),
      });
      try {
        // a page of the same origin to hold the iframe (the server's "Not found")
        await browser.navigateTo(`${server.url}/__blank`);
        const [iw, ih, ow, oh] = await browser.execute(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
        for (const id of ids)
          for (const width of WIDTHS) {
            const height = await browser.executeAsync(
              async (src, width, height, dark, css, done) => {
                document.body.replaceChildren();
                document.body.style.margin = '0';
                const frame = document.createElement('iframe');
                frame.style.cssText = `display:block;border:0;width:${width}px;height:${height}px`;
                frame.src = src;
                frame.id = 'shot';
                document.body.append(frame);
                const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
                while (frame.contentDocument?.readyState !== 'complete' || frame.contentDocument.URL === 'about:blank')
                  await sleep(20);
                const doc = frame.contentDocument;
                const win = frame.contentWindow;
                if (dark) doc.head.append(Object.assign(doc.createElement('style'), { textContent: css }));
                const done_ = ['completed', 'finished', 'errored', 'aborted'];
                const phase = () => win.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? 'completed';
                const deadline = Date.now() + 15000;
                while (
                  (!doc.querySelector('#storybook-root')?.children.length || !done_.includes(phase())) &&
                  Date.now() < deadline
                )
                  await sleep(20);
                const all = (root) =>
                  [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
                for (let i = 0; i < 4; i++) {
                  await Promise.all(
                    all(doc)
                      .map((e) => e.updateComplete)
                      .filter(Boolean),
                  );
                  await sleep(i === 1 ? 250 : 50); // what the play function set going
                }
                await doc.fonts.ready;
                for (const e of all(doc))
                  if (win.getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible';
                const full = doc.documentElement.scrollHeight;
                frame.style.height = `${full}px`;
                await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
                done(full);
              },
              `${server.url}/iframe.html?id=${id}&viewMode=story`,
              width,
              HEIGHT,
              scheme === 'dark',
              DARK_PAGE,
            );
            // A window that holds the whole iframe: nothing is scrolled out of the picture.
            await browser.setWindowSize(Math.max(width, 1024) + ow - iw, height + oh - ih);
            const frame = await browser.$('#shot');
            const base64 = await browser.takeElementScreenshot(frame.elementId);
            out('webkit', fileName(id, width, scheme), Buffer.from(base64, 'base64'));
          }
      } finally {
        await browser.deleteSession();
      }
    }
  } finally {
    driver.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
