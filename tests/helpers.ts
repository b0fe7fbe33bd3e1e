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

/** axe, with the element's theme light, dark, and auto under a dark system setting. */
export async function expectAccessibleInEveryTheme(el: HTMLElement & { updateComplete?: Promise<unknown> }) {
  for (const theme of ['light', 'dark']) {
    el.setAttribute('theme', theme);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  }
  el.setAttribute('theme', 'auto');
  await emulateMedia({ colorScheme: 'dark' });
  try {
    await el.updateComplete;
    await expect(el).to.be.accessible();
  } finally {
    await emulateMedia({ colorScheme: 'light' });
  }
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
