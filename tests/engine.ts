/**
 * What the browser tests ask of the engine they run in, the same way in Chromium, Firefox and WebKit.
 * Each helper sends a command that tests/node/engines.mjs answers with that engine's own means (CDP,
 * WebDriver BiDi, classic WebDriver). Keys are named by their DOM `key` value (' ', not 'Space').
 *
 * Where an engine truly cannot do a thing, the helper says so (`emulateMedia` returns false), the test
 * skips that one assertion, and the skip is counted: every run ends with "assertions skipped in …".
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

let info: Promise<{ engine: Engine }> | undefined;
/** The engine these tests run in. */
export const engine = async (): Promise<Engine> =>
  (await (info ??= executeServerCommand<{ engine: Engine }, undefined>('engine-info'))).engine;

let currentTest = '';
beforeEach(function () {
  currentTest = this.currentTest?.fullTitle() ?? '';
});

/** Records that this engine skipped one assertion, and why; the run's last line counts them. */
export async function skipAssertion(reason: string) {
  await executeServerCommand('engine-skip', { test: currentTest, reason });
}

/**
 * In `which` engine, counts a skip for `reason` and returns true: the caller then leaves out what that
 * engine cannot do. Say in `reason` why.
 */
export async function cannot(which: Engine | Engine[], reason: string): Promise<boolean> {
  if (![which].flat().includes(await engine())) return false;
  await skipAssertion(reason);
  return true;
}

/** A key by its DOM `key` value (`' '`, `'Tab'`, `'ArrowLeft'`, `'k'`), with modifiers as `'Shift+Tab'`; or text to type. */
export async function sendKeys(payload: { press: string } | { type: string }) {
  await executeServerCommand('engine-keys', payload);
}

/**
 * Sets the size of the page's viewport in CSS pixels. Returns false, and counts a skip, where the window
 * cannot be that size: WebKitGTK's MiniBrowser is never narrower than its toolbar (447 px).
 */
export async function setViewport({ width, height }: { width: number; height: number }): Promise<boolean> {
  await executeServerCommand('engine-viewport', { width, height });
  // Chromium and Firefox resize at once; a WebKit window resizes asynchronously.
  for (let i = 0; i < 50 && (innerWidth !== width || innerHeight !== height); i++)
    await new Promise((r) => setTimeout(r, 20));
  if (innerWidth === width && innerHeight === height) return true;
  await skipAssertion(`a ${width} × ${height} px viewport (the window stays ${innerWidth} × ${innerHeight} px)`);
  return false;
}

/**
 * Sets the page's time zone (an IANA id; none: the system's again). Chromium (CDP) and Firefox (WebDriver
 * BiDi) emulate it; WebDriver gives no way in WebKit (MiniBrowser takes one zone per launch): there it
 * returns false and counts a skip, and the page keeps the machine's zone.
 */
export async function setTimeZone(id?: string): Promise<boolean> {
  if ((await engine()) === 'webkit') {
    if (id) await skipAssertion('a time zone set for the page (WebDriver cannot: MiniBrowser takes one per launch)');
    return false;
  }
  await executeServerCommand('time-zone', id ? { id } : {});
  return true;
}

export interface MediaOptions {
  media?: 'screen' | 'print' | null;
  colorScheme?: 'light' | 'dark' | null;
  forcedColors?: 'active' | 'none' | null;
}

/**
 * Emulates print, a dark or light system setting, or forced colours, as `emulateMedia` of
 * @web/test-runner-commands does. Returns false (and counts a skip) where the engine cannot: the caller
 * then leaves out the assertions that need it. Chromium and Firefox emulate the media themselves. In
 * WebKit, which WebDriver gives no way to emulate media, light and dark are the test display's own
 * system setting (real `prefers-color-scheme`), and print is a switch of the page's own style sheets
 * (see `switchStyles`).
 */
export async function emulateMedia(options: MediaOptions): Promise<boolean> {
  const answer = await executeServerCommand<
    { supported: boolean; switch?: boolean; scheme?: 'light' | 'dark'; reason?: string },
    MediaOptions
  >('engine-media', options);
  if (!answer.supported) {
    await skipAssertion(answer.reason ?? 'cannot emulate this media');
    return false;
  }
  if (answer.scheme) {
    // WebKit: the system setting reaches the page a moment after it changes.
    const dark = answer.scheme === 'dark';
    const start = performance.now();
    while (matchMedia('(prefers-color-scheme: dark)').matches !== dark) {
      if (performance.now() - start > 5000) throw new Error(`the system did not turn ${answer.scheme} within 5 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  if (answer.switch) {
    printing = options.media === 'print';
    switchStyles();
  }
  // Let styles and any (change) listeners settle before the caller reads computed styles.
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  return true;
}

// ——— WebKit: the print switch ———

let printing = false;
const originalMedia = new WeakMap<CSSMediaRule, string>();

/** Whether one media query (`print`, `not print`, `screen and (min-width: 40em)`) holds while printing. */
function holdsInPrint(query: string): boolean {
  const m = /^\s*(not\s+|only\s+)?(?:(all|print|screen)\s*(?:and\s+|$))?(.*)$/i.exec(query);
  if (!m) return matchMedia(query).matches;
  const [, prefix = '', type = 'all', rest] = m;
  let ok = type === 'all' || type === 'print';
  for (const feature of rest.split(/\s+and\s+/).filter((f) => f.trim())) ok &&= matchMedia(feature).matches;
  return prefix.trim() === 'not' ? !ok : ok;
}

function walkRules(parent: CSSStyleSheet | CSSGroupingRule) {
  for (const rule of parent.cssRules) {
    if (rule instanceof CSSMediaRule) {
      if (!originalMedia.has(rule)) originalMedia.set(rule, rule.media.mediaText);
      const text = originalMedia.get(rule)!;
      rule.media.mediaText = !printing ? text : text.split(',').some(holdsInPrint) ? 'all' : 'not all';
    }
    if ('cssRules' in rule) walkRules(rule as CSSGroupingRule);
  }
}

/**
 * Rewrites every reachable style sheet (the document's and every shadow root's, adopted ones too) so
 * that each `@media` rule applies exactly when it would in print; out of print, every sheet is as it
 * was. Sheets that arrive later are not switched: emulate after the element has rendered.
 */
function switchStyles() {
  const sheets = new Set<CSSStyleSheet>();
  const visit = (root: Document | ShadowRoot) => {
    for (const s of root.styleSheets) sheets.add(s);
    for (const s of root.adoptedStyleSheets) sheets.add(s);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  for (const sheet of sheets) {
    try {
      walkRules(sheet);
    } catch {
      /* a cross-origin sheet: not ours */
    }
  }
}

// ——— generated content ———

/**
 * The text `content` generates in `el`'s `::before` or `::after`, as one quoted string (`"During the run"`):
 * Chromium resolves `attr()` itself, Firefox reports `attr(name)` as written, and WebKit gives each string
 * of the value as a string of its own (`" (" "https://…" ")"`).
 */
export function generatedContent(el: Element, pseudo: '::before' | '::after'): string {
  let text = '';
  for (const [, quoted, attr] of getComputedStyle(el, pseudo).content.matchAll(
    /"((?:[^"\\]|\\.)*)"|attr\(\s*([\w-]+)\s*\)/g,
  ))
    text += attr !== undefined ? (el.getAttribute(attr) ?? '') : quoted.replace(/\\(.)/g, '$1');
  return JSON.stringify(text);
}

// ——— accessibility ———

let probes = 0;
/**
 * The role and accessible name the engine's own accessibility tree gives `el` (what a screen reader
 * says): Chromium's through CDP, Firefox's accessibility service, WebKit's through WebDriver's Get
 * Computed Label and Role. Roles are each engine's own words ('button', 'toggle button').
 */
export async function accessibleName(el: Element): Promise<{ role: string; name: string }> {
  const win = window as Window & { __kneeProbe?: Element };
  win.__kneeProbe = el;
  // Firefox's tree is found by DOM id: give the element a unique one for the moment.
  const id = el.id;
  if (!id) el.id = `knee-probe-${++probes}`;
  try {
    return await executeServerCommand<{ role: string; name: string }, { id: string }>('engine-a11y', { id: el.id });
  } finally {
    if (!id) el.removeAttribute('id');
    delete win.__kneeProbe;
  }
}

// ——— frames ———

/**
 * Resolves once the page in `frame` has run its scripts (DOMContentLoaded), without waiting for its
 * `load`: Firefox holds an iframe's `load` until the page's lazy chunks have arrived, which a test that
 * holds those chunks on purpose would wait for in vain.
 */
export async function frameReady(frame: HTMLIFrameElement, timeout = 5000) {
  const ready = () => {
    try {
      const win = frame.contentWindow;
      // not the iframe's first, empty document
      if (!win || win.document.URL !== frame.src) return false;
      const [nav] = win.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return win.document.readyState === 'complete' || (nav?.domContentLoadedEventEnd ?? 0) > 0;
    } catch {
      return false;
    }
  };
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > timeout) throw new Error(`${frame.src} did not load within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
