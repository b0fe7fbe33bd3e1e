/**
 * `<knee-advice>`'s render pieces: the elements it nests (the checklist, the run log, the player) with the
 * attributes it passes down, and what stands under the article. Each takes what it shows as arguments.
 */
import { html, nothing } from 'lit';
import type { ArticleContent } from '../../internal/content.js';
import type { LocaleTable } from '../../internal/locale.js';
import { tag as checklistTag } from '../knee-flare-up-checklist/meta.js';
import type { KneeAdvice } from './knee-advice.js';
import type * as Metadata from './metadata.js';

// The elements it renders that are loaded on first use (see elements.ts): their modules, meta included,
// stay out of the entry.
export const playerTag = 'knee-exercise-player';
export const runLogTag = 'knee-run-log';

/**
 * What a child element's `exportparts` forwards: every part on its class's static list, under the same
 * name. Read from the class once it is defined, so the parts of the elements loaded on first use (the
 * player, the run log) cost the entry nothing; until then the child has no shadow parts to forward.
 */
const exportParts = (tag: string) =>
  (customElements.get(tag) as { parts?: readonly string[] } | undefined)?.parts?.join(',') ?? nothing;

/** What the article passes down to the elements it nests. */
export interface Nested {
  level: number;
  content: ArticleContent;
  host: KneeAdvice;
  /** The article's language, for nested elements rendered on the server (there is no tree to walk up). */
  serverLang: string | typeof nothing;
}

export const checklistTemplate = ({ level, content, host, serverLang }: Nested) =>
  html`<knee-flare-up-checklist
    lang=${serverLang}
    exportparts=${exportParts(checklistTag)}
    heading-level=${level}
    theme=${host.theme}
    ?persist=${host.persist}
    storage-key=${host.storageKey ?? nothing}
    .content=${content}
  ></knee-flare-up-checklist>`;

export const runLogTemplate = ({ level, content, host }: Nested) =>
  html`<knee-run-log
    exportparts=${exportParts(runLogTag)}
    heading-level=${level}
    theme=${host.theme}
    ?persist=${host.persist}
    storage-key=${host.storageKey ?? nothing}
    .content=${content}
  ></knee-run-log>`;

/**
 * The clinic's slotted player, else a player for `video-src`, else nothing at all. A prerendered player
 * stays in its place until the player's code is here.
 */
export function exerciseTemplate({ host, serverLang }: Nested, prerendered?: Element | null) {
  if (!host.videoSrc?.trim()) return html`<slot name="exercise"></slot>`;
  const player =
    !prerendered || customElements.get(playerTag)
      ? html`<knee-exercise-player
          lang=${serverLang}
          exportparts=${exportParts(playerTag)}
          src=${host.videoSrc}
          poster=${host.videoPoster || nothing}
          captions=${host.videoCaptions || nothing}
          captions-lang=${host.videoCaptionsLang || nothing}
          chapters=${host.videoChapters || nothing}
          theme=${host.theme}
          ?persist=${host.persist}
          .content=${host.content}
        ></knee-exercise-player>`
      : prerendered;
  return html`<slot name="exercise">${player}</slot>`;
}

/** Under the article: its dates, publisher and sources (when the content has them) and the notice. */
export function aboutTemplate(
  { host }: Nested,
  t: LocaleTable,
  about: ReturnType<typeof Metadata.renderMetadata> | undefined,
) {
  return about || !host.noNotice
    ? html`<footer class="about">
        ${about}${host.noNotice ? nothing : html`<slot name="notice"><p part="notice">${t.notice}</p></slot>`}
      </footer>`
    : nothing;
}
