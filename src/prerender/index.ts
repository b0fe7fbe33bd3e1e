/// <reference types="node" />
/**
 * `knee-advice/prerender`: the elements' HTML with their shadow content as declarative shadow DOM
 * (`<template shadowrootmode="open">`), made in Node by Lit's own server renderer (`@lit-labs/ssr`) from
 * the very classes the browser runs, so the words and the layout are the same before and after the
 * script. Without JavaScript the article shows, styled and with its headings in the outline; with it,
 * each element renders afresh into its prerendered shadow root (see `KneeElement.createRenderRoot`).
 *
 * Styles: each shadow root links `<assets><tag>.css` (built beside the CDN file, so a strict
 * Content-Security-Policy without `'unsafe-inline'` styles still styles it), or carries an inline
 * `<style nonce>` when `nonce` is given, or a plain inline `<style>` with `styles: 'inline'`.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { preloadLocale } from '../internal/locale.js';
import {
  defaultContent,
  describeProblems,
  validateContent,
  type ArticleContent,
  type SectionId,
} from '../internal/content.js';
import { defineElement } from '../internal/define.js';
import { ELEMENTS, type PrerenderTag } from './styles.js';

export { ELEMENTS, stylesheet, type PrerenderTag } from './styles.js';

for (const [tag, ctor] of Object.entries(ELEMENTS)) defineElement(tag, ctor);

/** Options every element shares. */
export interface PrerenderCommon {
  /** The article to render (checked like the `content` property); carried in the markup for the upgrade. */
  content?: ArticleContent;
  /** `lang` attribute of the element (passed through as is; translation is not done here). */
  lang?: string;
  /** `auto` (default), `light` or `dark`. */
  theme?: 'auto' | 'light' | 'dark';
  /** URL of the folder that holds `knee-advice.js` and the `<tag>.css` files. Default `/assets/`. */
  assets?: string;
  /** Inline each shadow root's styles in a `<style nonce="…">` instead of linking the stylesheet. */
  nonce?: string;
  /** `link` (default) or `inline` (a plain `<style>`, for pages without a strict CSP). */
  styles?: 'link' | 'inline';
}

/** Options of `<knee-advice>`: the same as its attributes. */
export interface PrerenderOptions extends PrerenderCommon {
  headingLevel?: number;
  /** Space-separated parts to show (as the `sections` attribute). */
  sections?: string;
  persist?: boolean;
  storageKey?: string;
  videoSrc?: string;
  videoPoster?: string;
  videoCaptions?: string;
  videoChapters?: string;
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** JSON that is safe inside a `<script>` element: no `</script>`, no `<!--`. */
const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

function checkedContent(content: ArticleContent | undefined): ArticleContent | undefined {
  if (content === undefined) return undefined;
  const result = validateContent(content);
  if (!result.ok)
    throw new Error(`knee-advice prerender: the content is not usable: ${describeProblems(result.problems)}`);
  return result.content;
}

/**
 * Lit's server output, made plain: no hydration markers (the elements render afresh), and each
 * shadow root's `<style>` replaced by the stylesheet link (or a nonce'd style), plus the content.
 */
async function finish(
  result: ReturnType<typeof render>,
  options: PrerenderCommon,
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
    if (options.lang) await preloadLocale(options.lang);
    raw = await collectResult(result);
  } finally {
    if (shim) delete g.document;
  }
  const assets = options.assets ?? '/assets/';
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
        (_all, tag: PrerenderTag, attrs: string, css: string) => {
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

const attr = (v: string | number | undefined) => (v === undefined || v === '' ? nothing : String(v));

/** The whole article as `<knee-advice>` with its shadow content, ready to paste into a page. */
export async function prerender(options: PrerenderOptions = {}): Promise<string> {
  const content = checkedContent(options.content);
  const o = options;
  return finish(
    render(html`<knee-advice
      lang=${attr(o.lang)}
      heading-level=${o.headingLevel ?? nothing}
      sections=${attr(o.sections)}
      theme=${attr(o.theme)}
      ?persist=${o.persist}
      storage-key=${attr(o.storageKey)}
      video-src=${attr(o.videoSrc)}
      video-poster=${attr(o.videoPoster)}
      video-captions=${attr(o.videoCaptions)}
      video-chapters=${attr(o.videoChapters)}
      .content=${content ?? defaultContent}
    ></knee-advice>`),
    o,
    content,
  );
}

/** One section as `<knee-advice-card>`. */
export async function prerenderCard(
  options: PrerenderCommon & { section: SectionId; headingLevel?: number },
): Promise<string> {
  const content = checkedContent(options.content);
  const o = options;
  return finish(
    render(html`<knee-advice-card
      lang=${attr(o.lang)}
      section=${o.section}
      heading-level=${o.headingLevel ?? nothing}
      theme=${attr(o.theme)}
      .content=${content ?? defaultContent}
    ></knee-advice-card>`),
    o,
    content,
  );
}

/** The checklist as `<knee-flare-up-checklist>` (every box unticked: ticks live in the person's browser). */
export async function prerenderChecklist(
  options: PrerenderCommon & { headingLevel?: number; persist?: boolean; storageKey?: string } = {},
): Promise<string> {
  const content = checkedContent(options.content);
  const o = options;
  return finish(
    render(html`<knee-flare-up-checklist
      lang=${attr(o.lang)}
      heading-level=${o.headingLevel ?? nothing}
      theme=${attr(o.theme)}
      ?persist=${o.persist}
      storage-key=${attr(o.storageKey)}
      .content=${content ?? defaultContent}
    ></knee-flare-up-checklist>`),
    o,
    content,
  );
}

/** The exercise player as `<knee-exercise-player>` (its video and controls start working when the script runs). */
export async function prerenderPlayer(
  options: PrerenderCommon & { src: string; poster?: string; captions?: string; chapters?: string; label?: string },
): Promise<string> {
  const content = checkedContent(options.content);
  const o = options;
  return finish(
    render(html`<knee-exercise-player
      lang=${attr(o.lang)}
      src=${o.src}
      poster=${attr(o.poster)}
      captions=${attr(o.captions)}
      chapters=${attr(o.chapters)}
      label=${attr(o.label)}
      theme=${attr(o.theme)}
      .content=${content ?? defaultContent}
    ></knee-exercise-player>`),
    o,
    content,
  );
}
