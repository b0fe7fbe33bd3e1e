import { expect } from '@open-wc/testing';
import { emulateMedia } from './engine.js';
import { defaultContent, type ArticleContent } from '../src/internal/content.js';

/** Records console.warn (and console.error) calls until `restore()`. */
export function captureConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  return {
    warnings,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** The text a person sees, through nested shadow roots, with white space folded. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    const root = (n as Element).shadowRoot;
    if (root) root.childNodes.forEach(walk);
    else if (n instanceof HTMLSlotElement) n.assignedNodes({ flatten: true }).forEach(walk);
    else n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** A fresh copy of the built-in article to change in a test. */
export const contentCopy = (): ArticleContent => structuredClone(defaultContent);

/**
 * The built-in article with every field a clinic's governance asks for (issue 18). The next review is far
 * ahead, so no test trips the overdue warning by accident.
 */
export const clinicEdition = (): ArticleContent => ({
  ...contentCopy(),
  adaptedBy: 'Northside Physiotherapy',
  published: '2026-11-01',
  reviewed: '2027-03-15',
  nextReview: '2099-03-15',
  publisher: { name: 'Northside Physiotherapy', url: 'https://northside-physio.example/' },
  sources: [
    { title: 'Patellofemoral pain: clinical practice guideline', url: 'https://guidelines.example/knee-pain' },
    { title: 'Running load and knee pain', url: 'http://journal.example/articles/42?ref=a&b=c' },
  ],
});

/** The body text colour of the built-in light and dark schemes, as `getComputedStyle(host).color` reports it. */
const SCHEME_TEXT = { light: 'rgb(27, 31, 36)', dark: 'rgb(236, 239, 243)' };

/**
 * axe, with the element's theme light, dark, and auto on a page that declares `color-scheme: light dark`
 * under a dark system setting (auto follows the page: on a page that declares nothing it stays light).
 * Each pass first checks that the scheme it tests is the one showing, so dark is really tested.
 */
export async function expectAccessibleInEveryTheme(el: HTMLElement & { updateComplete?: Promise<unknown> }) {
  for (const theme of ['light', 'dark'] as const) {
    el.setAttribute('theme', theme);
    await el.updateComplete;
    expect(getComputedStyle(el).color, `theme="${theme}" shows`).to.equal(SCHEME_TEXT[theme]);
    await expect(el).to.be.accessible();
  }
  el.setAttribute('theme', 'auto');
  const root = document.documentElement;
  root.style.colorScheme = 'light dark';
  await emulateMedia({ colorScheme: 'dark' });
  try {
    await el.updateComplete;
    expect(getComputedStyle(el).color, 'theme="auto" on a page that supports dark').to.equal(SCHEME_TEXT.dark);
    await expect(el).to.be.accessible();
  } finally {
    root.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  }
}

/** The sRGB bytes the browser paints for a CSS colour (any syntax, gamut-mapped as it paints). */
export function painted(color: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
/** Elements found through nested shadow roots. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const walk = (node: ParentNode) => {
    node.querySelectorAll<T>(selector).forEach((e) => found.push(e));
    node.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot));
  };
  walk(root);
  return found;
}

/** In the calling describe: fails each test that leaves an unhandled promise rejection behind. */
export function failOnUnhandledRejections() {
  const rejections: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
  beforeEach(() => {
    rejections.length = 0;
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });
}

/** Makes a Storage method throw (by default as a full storage does) until the returned undo is called. */
export function breakStorage(
  method: 'getItem' | 'setItem',
  error = new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
) {
  const original = Storage.prototype[method];
  Storage.prototype[method] = () => {
    throw error;
  };
  return () => {
    Storage.prototype[method] = original as never;
  };
}
