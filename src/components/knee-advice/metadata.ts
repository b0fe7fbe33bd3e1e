/**
 * What `<knee-advice>` shows under the article when the content has it (its dates, publisher and sources,
 * with their words) and its structured data for search engines. Loaded on first use: content with
 * metadata is never the built-in article, so pages that keep it never download this (in the CDN build a
 * chunk of its own); the element waits for it before it first shows such content.
 */
import { html, nothing } from 'lit';
import type { ArticleContent } from '../../internal/content.js';
import { longDate, today } from '../../internal/dates.js';
import { heading } from '../../internal/heading.js';
import { addEnglish, type LocaleTable } from '../../internal/locale.js';
import { placeStructuredData } from '../../internal/structured-data.js';
import { english } from './metadata-strings.js';

addEnglish(english);

/** Whether `content` has anything this module shows. */
export const hasMetadata = (c: ArticleContent) =>
  !!(c.published || c.reviewed || c.nextReview || c.publisher || c.sources?.length);

/**
 * A word that places a value in its sentence ("Published {date}"), with `node` (a `<time>`, a link) where
 * the word puts the value, so each language keeps its own word order.
 */
const placed = (word: (value: string) => string, node: unknown) => {
  const [before, after] = word('\0').split('\0');
  return html`${before}${node}${after}`;
};

/** A link that tells the other site nothing about the page it came from. */
const link = (url: string, text: string) =>
  html`<a href=${url} rel="noopener noreferrer" referrerpolicy="no-referrer">${text}</a>`;

/**
 * The dates (as `<time datetime>`, written out in `lang.wordsLang`), the publisher and the sources, each
 * when the content has it; `level` is the sources heading's. Nothing when the content has none of them.
 */
export function renderMetadata(
  c: ArticleContent,
  t: LocaleTable,
  lang: { wordsLang: string; contentLang?: string },
  level: number,
) {
  if (!hasMetadata(c)) return undefined;
  const a = t.about;
  const { publisher, sources } = c;
  const dates = (
    [
      [a.published, c.published],
      [a.reviewed, c.reviewed],
      [a.nextReview, c.nextReview],
    ] as const
  ).filter((d): d is [(date: string) => string, string] => !!d[1]);
  return html`${
    dates.length
      ? html`<ul part="dates" class="dates">
          ${dates.map(
            ([word, day]) =>
              html`<li>${placed(word, html`<time datetime=${day}>${longDate(day, lang.wordsLang)}</time>`)}</li>`,
          )}
        </ul>`
      : nothing
  }
  ${
    publisher
      ? html`<p part="publisher">${placed(a.publisher, publisher.url ? link(publisher.url, publisher.name) : publisher.name)}</p>`
      : nothing
  }
  ${
    sources?.length
      ? html`<section part="sources" class="sources" aria-labelledby="knee-sources">
          ${heading(level, 'knee-sources', 'sources-heading', a.sources)}
          <ul lang=${lang.contentLang ?? nothing}>
            ${sources.map((s) => html`<li>${link(s.url, s.title)}</li>`)}
          </ul>
        </section>`
      : nothing
  }`;
}

/** For the page's editor: the overdue warning when `nextReview` has passed on this device's calendar. */
export const overdue = (c: ArticleContent, t: LocaleTable) =>
  c.nextReview && c.nextReview < today() ? t.about.overdue(c.nextReview) : undefined;

/**
 * With `structuredData` set and the element in the page, keeps its JSON-LD right after it (`script`, the
 * one kept so far, or a prerendered one, or a new one) and returns it; otherwise removes `script`.
 */
export function syncStructuredData(
  host: Element & { structuredData: boolean; content: ArticleContent },
  script?: HTMLScriptElement,
) {
  if (host.structuredData && host.isConnected) return placeStructuredData(host, host.content, script);
  script?.remove();
  return undefined;
}
