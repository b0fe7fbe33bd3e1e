import { wordsFor } from './locale.js';
import { withinTimeout } from './timeout.js';
import { VERSION } from './version.js';

/**
 * Elements whose code is loaded only when a page uses them (the `lazy` entries of `elements.ts`: in the
 * CDN build, from `chunks/` beside `knee-advice.js`, by `import()`, so the `script-src` that allows the
 * bundle covers them). Shoelace's autoloader does the same. An element used before its code
 * arrives is an ordinary unknown element until then; it upgrades when its class is defined, keeping the
 * properties set on it meanwhile (Lit's elements take over their own instance properties).
 *
 * What loads them: the document when the CDN script runs and everything added to it later (one
 * MutationObserver, `watchDocument`), an element for what it renders in its shadow root, and
 * `loadElements(root)` for tags in any other shadow root. If the code cannot be loaded (offline, a
 * missing file, a Content-Security-Policy), one console warning names the tag and each such element
 * shows a short message in its place, followed by its own children (the page's fallback).
 */

/** Loads the module of a tag and defines it. */
type Load = () => Promise<unknown>;

const loaders = new Map<string, Load>();
/** Each tag's load, started once: true when it arrived. */
const loads = new Map<string, Promise<boolean>>();
/** Elements showing the message already. */
const marked = new WeakSet<Element>();
let observer: MutationObserver | undefined;
let sheet: CSSStyleSheet | undefined;

/** Says how to load `tag` when a page uses it (the first registration of a tag wins). */
export function lazyElement(tag: string, load: Load): void {
  if (!loaders.has(tag)) loaders.set(tag, load);
}

const loadTag = (tag: string): Promise<boolean> => {
  if (!loads.has(tag))
    loads.set(
      tag,
      withinTimeout(Promise.resolve().then(loaders.get(tag))).then(
        () => true,
        (error: Error) => (
          console.warn(
            `knee-advice ${VERSION}: could not load <${tag}> (${error?.message ?? error}); showing a message in its place.`,
          ),
          false
        ),
      ),
    );
  return loads.get(tag)!;
};

/**
 * Loads and defines the elements of this library used in `root` (default: the whole document) whose
 * code is loaded on demand. Needed only for tags inside a shadow root of your own: the document is
 * watched already, and `<knee-advice>` loads what it renders. Resolves when they are defined, or when
 * loading failed (then each shows a message in its place, and one warning is logged). Never rejects.
 */
export async function loadElements(root: ParentNode = document): Promise<void> {
  await Promise.all(
    [...loaders.keys()].map(async (tag) => {
      // `root` itself when it is one, and each one inside it
      const used = () => [
        ...((root as Element).localName === tag ? [root as Element] : []),
        ...root.querySelectorAll(tag),
      ];
      if (!customElements.get(tag) && used().length && !(await loadTag(tag)))
        for (const el of used()) void showNotLoaded(el);
    }),
  );
}

/** Loads what the document uses now and whatever is added to it later, anywhere in it. */
export function watchDocument(): void {
  observer ??= new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) void loadElements(node);
    // Once every tag is defined, the browser upgrades new ones by itself.
    if ([...loaders.keys()].every((tag) => customElements.get(tag))) observer!.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  void loadElements();
}

/** The message in place of an element whose code could not be loaded, in the element's language. */
async function showNotLoaded(el: Element): Promise<void> {
  if (marked.has(el)) return;
  marked.add(el);
  const words = await wordsFor(el);
  let root = el.shadowRoot;
  if (!root) {
    try {
      root = el.attachShadow({ mode: 'open' });
    } catch {
      return; // a closed shadow root of someone else's: nothing we can show
    }
    // The element's own children (a clinic's fallback, a <video> with native controls) still show.
    root.append(document.createElement('slot'));
  }
  if (!sheet)
    (sheet = new CSSStyleSheet()).replaceSync(
      ':host{display:block}.knee-not-loaded{margin:0 0 .5em;padding:.5em 1em;border:1px solid}',
    );
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const message = document.createElement('p');
  message.className = 'knee-not-loaded';
  message.textContent = words.notLoaded;
  root.prepend(message);
}
