/// <reference types="node" />
/**
 * `knee-advice/prerender`: an element's HTML with its shadow content as declarative shadow DOM
 * (`<template shadowrootmode="open">`), made in Node by Lit's own server renderer (`@lit-labs/ssr`) from
 * the very classes the browser runs, so the words and the layout are the same before and after the
 * script. Without JavaScript the article shows, styled and with its headings in the outline; with it,
 * each element renders afresh into its prerendered shadow root (see `PrerenderedController`).
 *
 * ```js
 * import { prerender } from 'knee-advice/prerender';
 * const html = await prerender('knee-advice', { 'heading-level': 3, lang: 'es' }, { assets: '/assets/' });
 * ```
 *
 * Styles: each shadow root links `<assets><tag>.css` (built beside the CDN file, so a strict
 * Content-Security-Policy without `'unsafe-inline'` styles still styles it), or carries an inline
 * `<style nonce>` when `nonce` is given, or a plain inline `<style>` with `styles: 'inline'`.
 *
 * `<knee-advice>` is followed by its structured data for search engines, in the light DOM where crawlers
 * read it: `<script type="application/ld+json" data-knee-structured-data>` with schema.org
 * `MedicalWebPage` (`structuredData: false` leaves it out).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { loadMetadata } from '../components/knee-advice/knee-advice.js';
import { contentChecker, defaultContent, describeProblems, type ArticleContent } from '../internal/content.js';
import { validateContent } from '../internal/content-check.js';
import { defineElement } from '../internal/define.js';
import { preloadLocale } from '../internal/locale.js';
import { MARK, structuredDataText } from '../internal/structured-data.js';
import type { PrerenderAttributes, PrerenderTag } from './attributes.js';
import { CLASSES } from './styles.js';

export { stylesheet, CLASSES } from './styles.js';
export { structuredData } from '../internal/structured-data.js';
export type { PrerenderAttributes, PrerenderTag } from './attributes.js';

for (const [tag, ctor] of Object.entries(CLASSES)) defineElement(tag, ctor);
// The server renders in one pass: the content checker must be here before, so content is adopted at once,
// and so must the module that shows the article's dates, publisher and sources.
await Promise.all([contentChecker(), loadMetadata()]);

/** How the markup is made: the article, and where its styles come from. */
export interface PrerenderOptions {
  /** The article to render (checked like the `content` property); carried in the markup for the upgrade. */
  content?: ArticleContent;
  /**
   * URL of the folder that holds `knee-advice.js` and the `<tag>.css` files (a path such as `/assets/`,
   * or an `http(s):` URL). Default `/assets/`.
   */
  assets?: string;
  /** Inline each shadow root's styles in a `<style nonce="…">` instead of linking the stylesheet. */
  nonce?: string;
  /** `link` (default) or `inline` (a plain `<style>`, for pages without a strict CSP). */
  styles?: 'link' | 'inline';
  /**
   * `<knee-advice>` only: its schema.org data (JSON-LD) as the element's next sibling. Default `true`;
   * `false` for a page that writes its own.
   */
  structuredData?: boolean;
}

/** Every error the prerenderer throws starts with this, once. */
const PREFIX = 'knee-advice prerender: ';
function fail(message: string): never {
  throw new Error(PREFIX + message);
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** JSON that is safe inside a `<script>` element: no `</script>`, no `<!--`. */
const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

/** Whether `assets` is a folder the page can load from: a path (`/assets/`, `assets/`) or an http(s) URL. */
export function isAssetsUrl(assets: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(assets)) return /^https?:\/\/[^\s"'<>]+$/i.test(assets);
  return /^[^\s"'<>:]+$/.test(assets) && !assets.startsWith('//');
}

/**
 * The element's attributes as HTML: names checked against what the element declares (plus `lang`),
 * values escaped; `true` writes a boolean attribute, `false`, `undefined` and `''` write none.
 */
function attributeText(tag: PrerenderTag, attributes: Record<string, unknown>): string {
  const known = new Set(['lang', ...CLASSES[tag].observedAttributes]);
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!known.has(name)) fail(`<${tag}> has no attribute "${name}"; use ${[...known].join(', ')}.`);
    if (value === undefined || value === false || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number' && value !== true)
      fail(`the value of ${name} must be text, a number or true, not ${typeof value}.`);
    text += value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`;
  }
  return text;
}

/**
 * The element `tag` with `attributes` (by their HTML names, as in the element reference, plus `lang`:
 * the interface words are written in that language), as markup to paste into a page before the
 * `<script type="module">` that upgrades it. Rejects unknown tags, unknown attributes, invalid content
 * and an `assets` that is neither a path nor an http(s) URL.
 */
export async function prerender<T extends PrerenderTag>(
  tag: T,
  attributes: PrerenderAttributes[T] = {},
  options: PrerenderOptions = {},
): Promise<string> {
  if (!Object.hasOwn(CLASSES, tag)) fail(`unknown element <${String(tag)}>; use ${Object.keys(CLASSES).join(', ')}.`);
  const assets = options.assets ?? '/assets/';
  if (!isAssetsUrl(assets)) fail(`assets "${assets}" is not a path or an http(s) URL.`);
  let content: ArticleContent | undefined;
  if (options.content !== undefined) {
    const result = validateContent(options.content);
    if (!result.ok) fail(`the content is not usable: ${describeProblems(result.problems)}`);
    else content = result.content;
  }
  const name = unsafeStatic(tag);
  // The tag is one of ours and the attribute text is built from checked names and escaped values.
  const template = staticHtml`<${name}${unsafeStatic(attributeText(tag, attributes as Record<string, unknown>))} .content=${content ?? defaultContent}></${name}>`;
  const markup = await finish(
    render(html`${template}`),
    (attributes as { lang?: string }).lang,
    options,
    assets,
    content,
  );
  return tag === 'knee-advice' && options.structuredData !== false
    ? `${markup}<script type="application/ld+json" ${MARK}>${structuredDataText(content ?? defaultContent)}</script>`
    : markup;
}

/**
 * Lit's server output, made plain: no hydration markers (the elements render afresh), and each
 * shadow root's `<style>` replaced by the stylesheet link (or a nonce'd style), plus the content.
 */
async function finish(
  result: ReturnType<typeof render>,
  lang: string | undefined,
  options: PrerenderOptions,
  assets: string,
  content: ArticleContent | undefined,
): Promise<string> {
  // The player's template asks whether the page may go full screen; answer as a browser page would,
  // so the markup matches what the script renders. Only while rendering, only where there is no DOM.
  const g = globalThis as { document?: unknown };
  const shim = g.document === undefined;
  if (shim) g.document = { fullscreenEnabled: true, fullscreenElement: null };
  let raw: string;
  try {
    // the words of the language asked for, so the markup says what the upgraded element will say
    if (lang) await preloadLocale(lang);
    raw = await collectResult(result);
  } finally {
    if (shim) delete g.document;
  }
  let first = true;
  return (
    raw
      .replace(/<!--\/?lit-(part|node)[^>]*-->|<\?>| defer-hydration/g, '')
      // Lit's server renderer writes a `.checked` binding as `checked="false"`, which HTML reads as ticked.
      // (Text is escaped, so this can only be an attribute.)
      .replace(/ checked="false"/g, '')
      .replace(/ checked="true"/g, ' checked')
      .replace(
        /<(knee-[a-z-]+)((?:\s[^>]*)?)><template shadowroot="open" shadowrootmode="open"><style>([\s\S]*?)<\/style>/g,
        (_all, tag: string, attrs: string, css: string) => {
          const style = options.nonce
            ? `<style nonce="${escapeAttr(options.nonce)}">${css}</style>`
            : options.styles === 'inline'
              ? `<style>${css}</style>`
              : `<link rel="stylesheet" href="${escapeAttr(assets)}${tag}.css">`;
          const data =
            first && content ? `<script type="application/json" data-knee-content>${scriptJson(content)}</script>` : '';
          first = false;
          return `<${tag}${attrs.trim() ? ` ${attrs.trim()}` : ''}><template shadowrootmode="open">${style}${data}`;
        },
      )
  );
}
