// The three engines the browser tests run in, and the few commands that differ between them.
//
// Chromium is driven by puppeteer over CDP, Firefox ESR by puppeteer over WebDriver BiDi, WebKitGTK
// (Safari's engine) by webdriverio over classic WebDriver. Tests never call an engine's protocol
// directly: they call the helpers in tests/engine.ts, which send one of the commands below, and each
// engine answers with its own means:
//
//   command        Chromium (CDP)                Firefox (BiDi)                        WebKit (WebDriver)
//   engine-media   Emulation.setEmulatedMedia    the tab's own overrides (the ones     dark: the display's own setting
//                                                its devtools set), from chrome scope  (xsettingsd); print: the page's
//                                                                                      own CSS switched (tests/engine.ts)
//   engine-keys    Input.dispatchKeyEvent        input.performActions                  Perform Actions
//   engine-viewport Emulation.setDeviceMetrics   browsingContext.setViewport           Set Window Rect (minus the window's bars)
//   engine-a11y    Accessibility.getPartialAXTree the accessibility service's tree     Get Computed Label / Role
//
// Keys are named by their DOM `key` value (' ', 'Tab', 'ArrowLeft', 'a'), the one name every engine
// agrees on. An engine that truly cannot do a thing (WebKit has no forced-colours mode) answers
// { supported: false }; the test then skips that one assertion and says so through `engine-skip`,
// and the run ends with a count of those skips.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { reporterWithoutDeliberate404s } from './deliberate-404s.mjs';

export const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
export const MINIBROWSER_CANDIDATES = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

function find(candidates, what, install) {
  const found = candidates.filter(Boolean).find((p) => existsSync(p));
  if (!found) throw new Error(`No ${what} found (looked in: ${candidates.filter(Boolean).join(', ')}). ${install}`);
  return found;
}

export const findFirefox = () =>
  find(FIREFOX_CANDIDATES, 'Firefox', 'Install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.');
export const findMiniBrowser = () =>
  find(
    MINIBROWSER_CANDIDATES,
    'WebKitGTK MiniBrowser',
    'Install it (Debian: sudo apt-get install -y webkit2gtk-driver xvfb) or set MINIBROWSER_PATH.',
  );

/** Firefox ESR through puppeteer over WebDriver BiDi (no CDP). */
export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      // Lets the harness reach the tab's media overrides and the accessibility service (chrome scope).
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'media.autoplay.default': 0, // as Chromium's --autoplay-policy=no-user-gesture-required
        'media.autoplay.blocking_policy': 0,
        'ui.prefersReducedMotion': 0,
      },
    },
  });
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

/** A display of its own: Xvfb on the first free display number, which it reports once ready. */
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.once('error', (e) =>
      reject(new Error(`Could not start Xvfb (Debian: sudo apt-get install -y xvfb): ${e.message}`)),
    );
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
  });
  return { display, stop: () => xvfb.kill() };
}

/**
 * The display's desktop settings (XSETTINGS, served by xsettingsd), through which a test switches the
 * system between light and dark as a person would: WebKitGTK reads `prefers-color-scheme` from the GTK
 * theme's name (dark when it ends in "-dark") and follows a change at once. WebDriver has no media
 * emulation, and MiniBrowser's `--dark-mode` holds for the whole session.
 */
async function startDesktopSettings(display) {
  const dir = mkdtempSync(join(tmpdir(), 'knee-xsettings-'));
  const file = join(dir, 'xsettingsd.conf');
  const write = (scheme) => writeFileSync(file, `Net/ThemeName "${scheme === 'dark' ? 'Adwaita-dark' : 'Adwaita'}"\n`);
  write('light');
  const daemon = spawn('xsettingsd', ['-c', file], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY: display },
  });
  await new Promise((resolve, reject) => {
    daemon.once('error', (e) =>
      reject(new Error(`Could not start xsettingsd (Debian: sudo apt-get install -y xsettingsd): ${e.message}`)),
    );
    daemon.once('exit', (code) => reject(new Error(`xsettingsd exited with code ${code}`)));
    setTimeout(() => reject(new Error('xsettingsd did not take the display’s settings within 10 s')), 10000).unref();
    createInterface({ input: daemon.stderr }).on('line', (line) => /Took ownership/.test(line) && resolve());
  });
  return {
    /** Light or dark for every window on the display; the page sees it a moment later. */
    colorScheme(scheme) {
      write(scheme);
      daemon.kill('SIGHUP'); // xsettingsd reads its file again and tells every window
    },
    stop() {
      daemon.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * WebKitWebDriver on a free loopback port, on a display of its own (Xvfb, with its desktop settings)
 * unless `display` is given; `stop()` ends them all, `colorScheme('dark')` switches the display's
 * system setting (on a display of its own only). MiniBrowser needs a display; it inherits the driver's.
 */
export async function startWebKitDriver(display = undefined) {
  const xvfb = display ? null : await startXvfb();
  let desktop = null;
  if (xvfb) {
    try {
      desktop = await startDesktopSettings(xvfb.display);
    } catch (error) {
      xvfb.stop();
      throw error;
    }
  }
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver', [`--port=${port}`, '--host=local'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY: display ?? xvfb.display },
  });
  // The browser's own complaints about this machine (no D-Bus session, no GL video sink, no WebVTT
  // encoder for recording) are not about the tests: pass on the rest.
  const noise = /dbus-launch|D-Bus|GL video sink|WebVTT encoder|g_timer_continue|^\s*$/;
  createInterface({ input: driver.stderr }).on('line', (line) => noise.test(line) || console.error(line));
  driver.once('error', (e) => console.error(`Could not start WebKitWebDriver: ${e.message}`));
  const stop = () => {
    process.off('exit', stop);
    driver.kill();
    desktop?.stop();
    xvfb?.stop();
  };
  process.once('exit', stop);
  try {
    await waitForDriver(`http://127.0.0.1:${port}`, driver);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, stop, colorScheme: (scheme) => desktop?.colorScheme(scheme) };
}

/** What MiniBrowser is asked for in every session. */
export const miniBrowser = (binary, args = []) => ({
  browserName: 'MiniBrowser',
  // classic WebDriver only: WebKitWebDriver refuses a session that asks for BiDi
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary, args: ['--automation', ...args] },
});

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver). Each test file gets a new
 * browser on a new Xvfb display: in one display and one browser for all 17 files, the WebKit web
 * process crashed (a segfault in libwebkit2gtk) after several files, and once the display itself went
 * away after a file that left a window in full screen; every later file was lost with them.
 */
export function webkitLauncher() {
  const binary = findMiniBrowser();
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port: 0, // set for each file below
    logLevel: 'error',
    capabilities: miniBrowser(binary, [
      '--autoplay-policy=allow',
      '--enable-fullscreen=true',
      '--javascript-can-open-windows-automatically=true',
    ]),
  });
  let host = null;
  const endBrowser = launcher.stop.bind(launcher);
  const startSession = launcher.startSession.bind(launcher);
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.startSession = async (id, url) => {
    host ??= await startWebKitDriver();
    launcher.options.port = host.port;
    return startSession(id, url);
  };
  launcher.stopSession = async (id) => {
    try {
      return await stopSession(id);
    } finally {
      await endBrowser();
      host?.stop();
      host = null;
    }
  };
  /** The system's light or dark setting, for the file's browser (see startDesktopSettings). */
  launcher.colorScheme = (scheme) => host?.colorScheme(scheme);
  launcher.stop = async () => {
    await endBrowser();
    host?.stop();
    host = null;
  };
  return launcher;
}

/** Which engine a launcher drives. */
function engineOfLauncher(launcher) {
  if (launcher.type === 'webdriver') return 'webkit';
  if (launcher.type === 'puppeteer') return launcher.launchOptions?.browser === 'firefox' ? 'firefox' : 'chromium';
  throw new Error(`Unknown browser type ${launcher.type}`);
}
const engineOf = (session) => engineOfLauncher(session.browser);

/** Firefox: runs `source` (a function body) with chrome privileges, `bc` being the tab's BrowsingContext. */
export async function firefoxChrome(page, source, arg = null) {
  const context = page.mainFrame().browsingContext;
  const bidi = context.userContext.browser.session;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const chromeContext = tree.result.contexts[0].context;
  const expression = `(async () => {
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    const bc = NavigableManager.getBrowsingContextById(${JSON.stringify(context.id)});
    const arg = ${JSON.stringify(arg)};
    return JSON.stringify(await (async () => { ${source} })());
  })()`;
  const { result } = await bidi.send('script.evaluate', {
    expression,
    target: { context: chromeContext },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(`Firefox chrome script failed: ${result.exceptionDetails.text}`);
  return JSON.parse(result.result.value);
}

/** WebDriver key codes for the DOM key values the tests use (the rest are typed as themselves). */
const WEBDRIVER_KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

function webdriverKey(key) {
  if (WEBDRIVER_KEYS[key]) return WEBDRIVER_KEYS[key];
  if ([...key].length !== 1) throw new Error(`No key "${key}": name keys by their DOM key value (' ', 'Tab', 'a')`);
  return key;
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/** 'Shift+Tab' → { modifiers: ['Shift'], key: 'Tab' }; '+' alone is the plus key. */
function splitCombo(press) {
  if (press === 'Space') throw new Error('Name keys by their DOM key value: " ", not "Space"');
  const parts = press.length > 1 ? press.split('+') : [press];
  const key = parts.pop() || '+';
  for (const m of parts) if (!MODIFIERS.has(m)) throw new Error(`Unknown modifier "${m}" in "${press}"`);
  return { modifiers: parts, key };
}

const skips = { chromium: [], firefox: [], webkit: [] };

/** Server side of tests/engine.ts. */
export function engineCommandsPlugin() {
  const windowBars = new WeakMap();
  const chromiumMedia = new WeakMap();
  return {
    name: 'knee-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('engine-')) return undefined;
      const engine = engineOf(session);
      const page = engine === 'webkit' ? null : session.browser.getPage(session.id);
      const driver = engine === 'webkit' ? session.browser.driver : null;

      if (command === 'engine-info') return { engine };

      if (command === 'engine-skip') {
        skips[engine].push({ test: payload.test, reason: payload.reason });
        return true;
      }

      if (command === 'engine-media') {
        const { media, colorScheme, forcedColors, reducedMotion } = payload;
        if (engine === 'chromium') {
          // One CDP call with the whole state: puppeteer's emulateMediaFeatures refuses forced-colors,
          // and each Emulation.setEmulatedMedia call replaces both the media type and every feature.
          let state = chromiumMedia.get(page);
          if (!state) {
            state = { cdp: await page.createCDPSession(), media: '', features: {} };
            chromiumMedia.set(page, state);
          }
          if (media !== undefined) state.media = media === 'screen' || !media ? '' : media;
          const set = (name, value) => value !== undefined && (state.features[name] = value ?? '');
          set('prefers-color-scheme', colorScheme);
          set('forced-colors', forcedColors);
          set('prefers-reduced-motion', reducedMotion);
          await state.cdp.send('Emulation.setEmulatedMedia', {
            media: state.media,
            features: Object.entries(state.features).map(([name, value]) => ({ name, value })),
          });
          return { supported: true };
        }
        if (engine === 'firefox') {
          // The same per-tab overrides Firefox's own devtools set (print simulation, light/dark, forced colours).
          await firefoxChrome(
            page,
            `if (arg.media !== undefined) bc.mediumOverride = arg.media === 'screen' || !arg.media ? '' : arg.media;
             if (arg.colorScheme !== undefined) bc.prefersColorSchemeOverride = arg.colorScheme ?? 'none';
             if (arg.forcedColors !== undefined) bc.forcedColorsOverride = arg.forcedColors ?? 'none';
             if (arg.reducedMotion !== undefined) throw new Error('reducedMotion: no per-tab override in Firefox');
             return true;`,
            { media, colorScheme, forcedColors, reducedMotion },
          );
          return { supported: true };
        }
        // WebKit: WebDriver has no media emulation. Light and dark are the display's own system setting
        // (startDesktopSettings); print is a switch of the page's own CSS (tests/engine.ts). WebKit has
        // no forced-colours mode at all.
        if (forcedColors === 'active') return { supported: false, reason: 'WebKit has no forced-colours mode' };
        const scheme = colorScheme === undefined ? undefined : (colorScheme ?? 'light');
        if (scheme) session.browser.colorScheme(scheme);
        return { supported: true, switch: media !== undefined, scheme };
      }

      if (command === 'engine-keys') {
        // 'Shift+Tab': modifiers held round the last key. Keys are DOM key values: ' ', not 'Space'.
        const combo = payload.press !== undefined ? splitCombo(payload.press) : null;
        if (engine === 'webkit') {
          const value = (k) => webdriverKey(k);
          const actions = combo
            ? [
                ...combo.modifiers.map((k) => ({ type: 'keyDown', value: value(k) })),
                { type: 'keyDown', value: value(combo.key) },
                { type: 'keyUp', value: value(combo.key) },
                ...combo.modifiers.reverse().map((k) => ({ type: 'keyUp', value: value(k) })),
              ]
            : [...payload.type].flatMap((k) => [
                { type: 'keyDown', value: value(k) },
                { type: 'keyUp', value: value(k) },
              ]);
          await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
          await driver.releaseActions();
          return true;
        }
        if (!combo) {
          await page.keyboard.type(payload.type);
          return true;
        }
        for (const k of combo.modifiers) await page.keyboard.down(k);
        await page.keyboard.press(combo.key);
        for (const k of combo.modifiers.reverse()) await page.keyboard.up(k);
        return true;
      }

      if (command === 'engine-viewport') {
        const { width, height } = payload;
        if (engine !== 'webkit') {
          await page.setViewport({ width, height });
          return true;
        }
        // Set Window Rect sizes the outer window: add what the window's own bars take.
        let bars = windowBars.get(driver);
        if (!bars) {
          const [iw, ih, ow, oh] = await driver.execute(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
          bars = { w: ow - iw, h: oh - ih };
          windowBars.set(driver, bars);
        }
        await driver.setWindowSize(width + bars.w, height + bars.h);
        return true;
      }

      if (command === 'engine-a11y') {
        // The element was put on window.__kneeProbe by the page (and, for Firefox, given a unique id).
        if (engine === 'chromium') {
          const cdp = await page.createCDPSession();
          try {
            const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__kneeProbe' });
            const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
              objectId: result.objectId,
              fetchRelatives: false,
            });
            return { role: nodes[0]?.role?.value ?? '', name: nodes[0]?.name?.value ?? '' };
          } finally {
            await cdp.detach();
          }
        }
        if (engine === 'firefox') {
          return firefoxChrome(
            page,
            `const svc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
             const find = (a) => {
               let id = '';
               try { id = a.attributes.getStringProperty('id'); } catch {}
               if (id === arg) return a;
               for (let c = a.firstChild; c; c = c.nextSibling) { const f = find(c); if (f) return f; }
               return null;
             };
             for (let i = 0; i < 100; i++) {
               const doc = svc.getAccessibleFor(bc.embedderElement)?.firstChild;
               const found = doc && find(doc);
               if (found) return { role: svc.getStringRole(found.role), name: found.name ?? '' };
               await new Promise((r) => setTimeout(r, 50));
             }
             throw new Error('no accessible with id ' + arg);`,
            payload.id,
          );
        }
        const element = await driver.execute(() => window.__kneeProbe);
        const id = element['element-6066-11e4-a52e-4f735466cecf'] ?? element.ELEMENT;
        return { role: await driver.getElementComputedRole(id), name: await driver.getElementComputedLabel(id) };
      }

      throw new Error(`Unknown engine command ${command}`);
    },
  };
}

/**
 * The project's reporter, plus one line at the end: the assertions an engine skipped and why.
 * Prints nothing for an engine that skipped none.
 */
export function engineReporter() {
  const reporter = reporterWithoutDeliberate404s();
  let engine;
  return {
    ...reporter,
    start(args) {
      engine = engineOfLauncher(args.browsers[0]);
      reporter.start?.(args);
    },
    onTestRunFinished(args) {
      reporter.onTestRunFinished?.(args);
      const list = skips[engine];
      const reasons = new Map();
      for (const s of list) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
      const detail = [...reasons].map(([reason, n]) => `${n} × ${reason}`).join('; ');
      // After web-test-runner's own summary, which it prints last; .ci/run reads this line.
      process.once('exit', () => {
        console.log(`\nassertions skipped in ${engine}: ${list.length}${detail ? ` (${detail})` : ''}`);
      });
    },
  };
}

/** Listens on 127.0.0.1 only: web-test-runner binds every interface when its hostname is localhost. */
export function loopbackOnlyPlugin() {
  return {
    name: 'knee-loopback-only',
    async serverStart({ server }) {
      if (!server?.listening) return;
      const { port } = server.address();
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
    },
  };
}
