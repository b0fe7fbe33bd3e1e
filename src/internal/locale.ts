import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALES } from '../locales/index.js';
import { loadedChecker } from './content.js';
import type { LocaleTable, PackStrings, PartialLocaleTable } from './pack-strings.js';
import { isObject, languageTag } from './data.js';
import { strings } from './strings.js';
import { withinTimeout } from './timeout.js';

export type { LocaleTable, PackStrings, PartialLocaleTable };

/**
 * Languages shipped with the library: English in the bundle, and one module per file in `src/locales/`
 * (listed by `npm run generate` in `src/locales/index.ts`), imported only when an element resolves to it.
 */
export const BUILT_IN_LOCALES: readonly string[] = ['en', ...Object.keys(LOCALES)];
const loaders: Record<string, () => Promise<{ default: LocaleTable }>> = LOCALES;

/** Full tables by lower-case language tag: English, the page's registrations, and loaded built-ins. */
const tables = new Map<string, LocaleTable>([['en', strings]]);
const overrides = new Map<string, PartialLocaleTable>();
const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();
const merged = new Map<string, LocaleTable>();
const live = new Set<LocaleController>();
const controllers = new WeakMap<Element, LocaleController>();

/** Written right to left: these languages, or any tag with an Arabic, Hebrew, Syriac, Thaana or N'Ko script. */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(-|$)|-(arab|hebr|syrc|thaa|nkoo)(-|$)/i;
export const isRtl = (lang: string) => RTL.test(lang);

/** The lower-case canonical tag, or '' (with one warning) when `lang` is not a language tag. */
export function canonical(lang: string, warn = true): string {
  const tag = languageTag(lang).toLowerCase();
  if (!tag && warn) console.warn(`knee-advice: "${lang}" is not a language tag (like "es" or "es-MX"); ignored.`);
  return tag;
}

/** `es-MX` → `es-mx`, `es`; then English. */
function chainOf(lang: string): string[] {
  const parts = canonical(lang, false).split('-').filter(Boolean);
  const chain = parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
  return chain.includes('en') ? chain : [...chain, 'en'];
}

/** `base` with `over` laid on top, key by key (only keys `base` has, unless `add`); functions, lists and words replace whole. */
function deepMerge<T>(base: T, over: unknown, add = false): T {
  if (!isObject(base) || !isObject(over)) return (over ?? base) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over))
    if ((add || k in base) && v !== undefined) out[k] = deepMerge(base[k], v, add);
  return out as T;
}

/** Changes with every registration, so elements re-render with the new words. */
let generation = 0;
function refreshAll(): void {
  generation++;
  merged.clear();
  live.forEach((c) => c.refresh());
}

/**
 * Adds an element's English words (its block, such as `player` or `runLog`) to the English table, when
 * that element's module loads (in the CDN file: when its chunk arrives). Tables already put together lack
 * it, so they are put together again when next asked for; elements already on the page need no new
 * render, since only the element whose module brings a block shows its words. A page's
 * `overrideLocale('en', …)` and registered tables apply to the block from then on, as do content packs
 * (checked against the generated `WORD_SHAPE`).
 * @internal
 */
export function addEnglish(block: Partial<LocaleTable>): void {
  Object.assign(strings, block);
  merged.clear();
}

/**
 * Adds or replaces the whole table of a language, before or after the elements are defined; elements
 * showing that language re-render. Typed from the English table, so a missing key is a type error.
 * A region (`es-MX`) falls back to its language (`es`) and then to English.
 */
export function registerLocale(lang: string, table: LocaleTable): void {
  const key = canonical(lang);
  if (!key) return;
  tables.set(key, table);
  refreshAll();
}

/**
 * Replaces a few words of a language (built in or registered), keeping the rest:
 * `overrideLocale('en', { checklist: { clearAll: 'Untick all' } })`. Later calls add to earlier ones.
 */
export function overrideLocale(lang: string, table: PartialLocaleTable): void {
  const key = canonical(lang);
  if (!key) return;
  overrides.set(key, deepMerge(overrides.get(key) ?? {}, table, true) as PartialLocaleTable);
  refreshAll();
}

/**
 * Takes a language's table, also one that arrives after its load was given up: the elements waiting for
 * it, or showing English meanwhile, switch to it.
 */
function arrived(lang: string, table: LocaleTable): void {
  if (tables.has(lang)) return;
  tables.set(lang, table);
  failed.delete(lang);
  live.forEach((c) => c.refresh());
}

function load(lang: string): Promise<void> {
  let promise = loading.get(lang);
  if (!promise) {
    const module = loaders[lang]();
    module.then(
      (m) => arrived(lang, m.default),
      () => {},
    );
    promise = withinTimeout(module).then(
      () => {},
      (error: Error) => {
        failed.add(lang);
        console.warn(
          `knee-advice: could not load the "${lang}" interface words (${error.message}); using the next language in line.`,
        );
      },
    );
    loading.set(lang, promise);
  }
  return promise;
}

/** Loads the table an element with `lang` would use (and its fallbacks), for rendering without a browser. */
export async function preloadLocale(lang: string): Promise<void> {
  const found = tableFor(chainOf(lang));
  if ('pending' in found) {
    await found.pending;
    await preloadLocale(lang);
  }
}

/** The table for a chain of languages, or the load to wait for first. */
function tableFor(chain: string[]): { key: string; table: LocaleTable; lang: string } | { pending: Promise<void> } {
  const i = chain.findIndex((c) => tables.has(c) || (c in loaders && !failed.has(c)));
  const lang = chain[i] ?? 'en';
  if (!tables.has(lang)) return { pending: load(lang) };
  // Overrides apply from the language to the region: `es`, then `es-mx`.
  const layers = chain.slice(0, Math.max(i, 0) + 1).reverse();
  const key = chain.join('>');
  let table = merged.get(key);
  if (!table) {
    // Laid over English, so a table registered from plain JavaScript with a key missing still renders.
    table = deepMerge(strings, tables.get(lang));
    for (const layer of layers) table = deepMerge(table, overrides.get(layer));
    merged.set(key, table);
  }
  return { key, table, lang };
}

// Plain checks rather than `instanceof Element`: the server renderer's DOM stand-in has no Element or ShadowRoot.
const isElement = (node: Node): node is Element =>
  node.nodeType === 1 || typeof (node as Element).getAttribute === 'function';
const parentOf = (node: Node): Node | null => {
  const parent = node.parentNode;
  return parent && (parent as ShadowRoot).host && parent.nodeType === 11
    ? (parent as ShadowRoot).host
    : (parent ?? null);
};
const ownLang = (el: Element) => el.getAttribute('lang')?.trim() ?? '';

/** The language an element asks for (see README, "Languages"). */
function requestedLang(host: LocaleHost): string {
  if (ownLang(host)) return ownLang(host);
  for (let node = parentOf(host); node; node = parentOf(node)) {
    if (!isElement(node)) continue;
    // Elements rendered by another knee-advice element speak its language.
    const outer = controllers.get(node);
    if (outer) return requestedLang(outer.host);
    if (ownLang(node)) return packLang(host) || ownLang(node);
  }
  return packLang(host) || 'en';
}
const packLang = (host: LocaleHost) => (typeof host.content?.lang === 'string' ? host.content.lang.trim() : '');

/** `rtl` when the element's own or its pack's language is written right to left and no `dir` is set on it or above it. */
function directionOf(host: LocaleHost): 'rtl' | undefined {
  for (let node: Node | null = host; node; node = parentOf(node))
    if (isElement(node) && node.hasAttribute('dir')) return undefined;
  return isRtl(ownLang(host) || packLang(host)) ? 'rtl' : undefined;
}

// One observer for every element: `lang` and `dir` changes anywhere in the document or in a shadow root
// that holds (or holds the host of) an element.
let observer: MutationObserver | undefined;
const observed = new WeakSet<Node>();
function observeAround(host: Element): void {
  observer ??= new MutationObserver(() => live.forEach((c) => c.refresh()));
  let root = host.getRootNode();
  while (root instanceof ShadowRoot || root instanceof Document) {
    if (!observed.has(root))
      observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    observed.add(root);
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/** What a host offers the controller: an element whose content may carry `lang` and `strings`. */
export type LocaleHost = ReactiveControllerHost & HTMLElement & { content?: { lang?: string; strings?: PackStrings } };

/**
 * Gives an element its interface words (`table`) in the language it resolves to, and re-renders it when
 * that changes: its own `lang`, its content pack, an ancestor's `lang`, `<html lang>`, a registration.
 */
export class LocaleController implements ReactiveController {
  /** The language tag the element resolved to, as written (`es-MX`). */
  lang = 'en';
  /** The interface words in use. */
  table: LocaleTable = strings;
  /** `rtl` when the element must set its own direction (a right-to-left pack or `lang` with no `dir` above). */
  dir: 'rtl' | undefined;
  /**
   * The language of the words in use, to write times and numbers in (`spokenTime`): the element's
   * language when its table is in that language (`es-MX` for the `es` table), else the table's (`en`
   * for `ja`, which has no table), so "1 minute 5 seconds" never sits in a sentence of another language.
   */
  wordsLang = 'en';
  /** The pack's language, for the shadow root's wrapper, when the element has no `lang` of its own. */
  textLang: string | undefined;
  /**
   * The language of the article's words (the content's `lang`, else `en`: the built-in article's) when it
   * is not the interface language: the elements mark the article's words with it, so a screen reader
   * reads English words in an English voice on a Spanish page.
   */
  contentLang: string | undefined;
  readonly host: LocaleHost;
  #key = '';

  constructor(host: LocaleHost) {
    this.host = host;
    host.addController(this);
    controllers.set(host, this);
  }

  hostConnected(): void {
    live.add(this);
    observeAround(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    live.delete(this);
  }

  /** Re-resolves; asks the host to re-render when anything it shows changes. */
  refresh(): void {
    const before = this.#key;
    if (this.prepare() || this.#key !== before) this.host.requestUpdate();
  }

  /** Resolves again even when nothing it depends on changed: after `addEnglish` brought words for the host. */
  renew(): Promise<void> | undefined {
    this.#key = '';
    return this.prepare();
  }

  /** Resolves the language now; returns the load to wait for when its table is not here yet. */
  prepare(): Promise<void> | undefined {
    const host = this.host;
    const lang = requestedLang(host);
    const found = tableFor(chainOf(lang));
    if ('pending' in found) return found.pending.then(() => this.prepare());
    const pack = host.content?.strings;
    const pLang = packLang(host);
    // A pack's words are in the pack's language: they apply when the element shows that language.
    const packApplies = isObject(pack) && (!pLang || primary(pLang) === primary(lang));
    const dir = directionOf(host);
    const textLang = !ownLang(host) && pLang ? pLang : undefined;
    const contentLang = primary(pLang || 'en') === primary(lang) ? undefined : pLang || 'en';
    const key = [generation, found.key, lang, packApplies ? idOf(pack) : 0, dir, textLang, contentLang].join('|');
    if (key === this.#key) return undefined;
    this.#key = key;
    this.lang = lang;
    this.wordsLang = primary(lang) === primary(found.lang) ? canonical(lang, false) || found.lang : found.lang;
    this.dir = dir;
    this.textLang = textLang;
    this.contentLang = contentLang;
    // A pack's words: content with words was adopted through the checker, so it is here.
    const compiled = packApplies ? loadedChecker()?.compilePackStrings(pack, lang) : undefined;
    this.table = compiled ? deepMerge(found.table, compiled) : found.table;
    return undefined;
  }
}

/**
 * The words an element shows that has no controller (yet): the message in place of an element whose
 * code could not be loaded. Waits for the table of its language, as the elements do.
 */
export async function wordsFor(el: Element): Promise<LocaleTable> {
  for (;;) {
    const found = tableFor(chainOf(requestedLang(el as LocaleHost)));
    if (!('pending' in found)) return found.table;
    await found.pending;
  }
}

const primary = (lang: string) => canonical(lang, false).split('-')[0] || 'en';
const ids = new WeakMap<object, number>();
let lastId = 0;
const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++lastId), lastId);
