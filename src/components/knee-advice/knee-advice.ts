import { html, isServer, nothing, type PropertyValues } from 'lit';
import { KneeElement, numberConverter } from '../../internal/base.js';
import {
  adoptContent,
  defaultContent,
  describeProblems,
  type ArticleContent,
  type ContentProblem,
} from '../../internal/content.js';
import { heading } from '../../internal/heading.js';
import { LatestIntent } from '../../internal/latest.js';
import { loadElements } from '../../internal/lazy.js';
import { PLAYER_PARTS, RUN_LOG_PARTS } from '../../internal/parts.js';
import { KneeAdviceCard, renderCard } from '../knee-advice-card/knee-advice-card.js';
import { cardStyles } from '../knee-advice-card/knee-advice-card.styles.js';
import { KneeFlareUpChecklist } from '../knee-flare-up-checklist/knee-flare-up-checklist.js';
import { adviceStyles } from './knee-advice.styles.js';

/** Parts of the article `sections` can name, in article order. */
export const ADVICE_PARTS = ['why', 'adjust', 'strengthen', 'exercise', 'flare-up', 'checklist'] as const;
export type AdvicePart = (typeof ADVICE_PARTS)[number];

/** What a child element's `exportparts` forwards: every part on its static list, under the same name. */
const exportParts = (parts: readonly string[]) => parts.join(',');

/**
 * The whole article "Running with knee pain without stopping what you love" by Nicola Tik, in reading
 * order: title, byline, introduction and the four sections as cards one heading level below the title.
 * Children that are not slotted are the page's no-JavaScript fallback and are hidden once it runs.
 *
 * @tagname knee-advice
 * @summary The whole knee-pain article, ready to drop into a page.
 *
 * @attr {number} heading-level - Level of the title, 1–5 (default 2); sections use the next level. 6 leaves no level for the sections: the title then uses 5, with a warning.
 * @attr {string} sections - Space-separated parts to show: why adjust strengthen exercise flare-up checklist. Default: all, always in article order.
 * @attr {string} video-src - URL of the clinic's exercise video; the player then stands after the paragraph about the guided exercise. Without it (and without a slotted player) no player shows.
 * @attr {string} video-poster - Poster image of the exercise video.
 * @attr {string} video-captions - WebVTT captions of the exercise video (also its transcript).
 * @attr {string} video-chapters - WebVTT chapters of the exercise video: one cue per step.
 * @attr {string} video-captions-lang - Language of the captions file (passed to the player as `captions-lang`; default: the content's `lang`, else the interface language).
 * @attr {boolean} persist - Passed to the checklist: remember its ticks on this device.
 * @attr {string} storage-key - Passed to the checklist: keeps its ticks apart from other lists.
 * @attr {boolean} log - Adds a `<knee-run-log>` right after the flare-up card (`persist` and `storage-key` passed down). Off by default.
 * @attr {"auto" | "light" | "dark"} theme - `auto` (default) follows the system's light or dark setting.
 * @attr {string} content-src - URL of a JSON file with the content's shape. The latest request wins: a file that arrives after `content-src` changed or was removed, or after `.content` was set, is dropped; moving the element does not restart it. If the file fails, the built-in article (or the `.content` the page set) shows, with one warning saying so.
 *
 * @slot before - The clinic's own content before the article.
 * @slot after - The clinic's own content after the article (contact details, a booking link).
 * @slot exercise - The clinic's own `<knee-exercise-player>`, placed after the paragraph about the guided exercise.
 *
 * @fires {CustomEvent<KneeContentErrorDetail>} knee-content-error - `content-src` could not be used; detail `{ src, problems }`.
 * @fires {CustomEvent<KneeChecklistChangeDetail>} knee-checklist-change - From the checklist: `{ id, checked, done, total }`.
 * @fires {CustomEvent<KneeExerciseStepDetail>} knee-exercise-step - From the player, like its other `knee-exercise-*` events.
 *
 * @csspart article - The `<article>` element.
 * @csspart article-title - The article's title.
 * @csspart byline - The line crediting the author.
 * @csspart intro - The introduction.
 * @csspart card - Each section card (forwarded).
 * @csspart card-heading - Each section heading (forwarded).
 * @csspart paragraph - Each paragraph of a section (forwarded).
 * @csspart player - The exercise player (forwarded, with its other parts: frame, video, alert, controls, button, seek, speed-select, step-list, step, transcript, cue).
 * @csspart checklist - The checklist (forwarded, with its other parts: checklist-heading, progress, list, item, checkbox, item-label, why, clear-button, undo-button).
 *
 * @cssprop --knee-accent - Accent colour: links, buttons, callout edge.
 * @cssprop --knee-on-accent - Text on the accent colour.
 * @cssprop --knee-text - Body text colour.
 * @cssprop --knee-muted - Secondary text colour.
 * @cssprop --knee-surface - Background of the article and its cards.
 * @cssprop --knee-callout-surface - Background of the callout card.
 * @cssprop --knee-border - Border colour.
 * @cssprop --knee-focus - Focus ring colour.
 * @cssprop --knee-radius - Corner radius (default 0.5em).
 * @cssprop --knee-space - Base spacing (default 1em).
 * @cssprop --knee-font - Font family (default: inherited from the page).
 */
export class KneeAdvice extends KneeElement {
  /** @internal */
  static tagName = 'knee-advice';
  /** @internal */
  static dependencies = {
    'knee-flare-up-checklist': KneeFlareUpChecklist,
  };
  /**
   * Rendered only with `video-src` or `log`, so their code is loaded then (in the CDN bundle, from
   * `chunks/` beside it) unless they are registered already. @internal
   */
  static lazyDependencies = {
    'knee-exercise-player': () =>
      import('../knee-exercise-player/knee-exercise-player.js').then((m) => m.KneeExercisePlayer),
    'knee-run-log': () => import('../knee-run-log/knee-run-log.js').then((m) => m.KneeRunLog),
  };
  /**
   * Every `::part` this element exposes: its own, the section cards' (rendered in its own shadow root
   * with the cards' markup), and the player's and checklist's, forwarded from their static lists.
   */
  static parts = [
    'article',
    'article-title',
    'byline',
    'intro',
    ...KneeAdviceCard.parts,
    ...PLAYER_PARTS,
    ...KneeFlareUpChecklist.parts,
  ] as const;
  /** The section cards render in this shadow root, so their styles (one shared sheet) come along. */
  static styles = [KneeElement.styles, cardStyles, adviceStyles];
  static properties = {
    headingLevel: { attribute: 'heading-level', reflect: true, useDefault: true, converter: numberConverter },
    sections: { reflect: true },
    contentSrc: { attribute: 'content-src', reflect: true },
    persist: { type: Boolean, reflect: true },
    storageKey: { attribute: 'storage-key', reflect: true },
    log: { type: Boolean, reflect: true },
    videoSrc: { attribute: 'video-src', reflect: true },
    videoPoster: { attribute: 'video-poster', reflect: true },
    videoCaptions: { attribute: 'video-captions', reflect: true },
    videoChapters: { attribute: 'video-chapters', reflect: true },
    videoCaptionsLang: { attribute: 'video-captions-lang', reflect: true },
  };

  /** Level of the title, 1–5; the sections use the next level (6 gives the title h5, with a warning). */
  declare headingLevel: number;
  /** Space-separated parts to show; empty or missing shows all. */
  declare sections: string;
  /** URL of a JSON file with the content's shape. The latest request wins; if it fails, the built-in article (or the page's `.content`) shows. */
  declare contentSrc: string;
  /** Passed to the checklist: remember its ticks on this device. */
  declare persist: boolean;
  /** Passed to the checklist: keeps its ticks apart from other lists. */
  declare storageKey: string | undefined;
  /** Adds the run log after the flare-up card. */
  declare log: boolean;
  /** URL of the clinic's exercise video. */
  declare videoSrc: string | undefined;
  /** Poster image of the exercise video. */
  declare videoPoster: string | undefined;
  /** WebVTT captions of the exercise video. */
  declare videoCaptions: string | undefined;
  /** Language of the captions file, passed to the player as `captions-lang`. */
  declare videoCaptionsLang: string | undefined;
  /** WebVTT chapters (steps) of the exercise video. */
  declare videoChapters: string | undefined;

  #level = 2;
  #shown = new Set<string>(ADVICE_PARTS);
  /** The `content-src` file on its way, if any (the latest intent wins). */
  #file = new LatestIntent();
  /** Content the page set through `.content`: what a removed or failing file falls back to. */
  #pageContent?: ArticleContent;
  /** Boxes ticked in the prerendered checklist before the script ran. */
  #early: string[] = [];

  constructor() {
    super();
    this.headingLevel = 2;
    this.persist = false;
  }

  /**
   * The article in use: our own validated, frozen copy. Setting it copies and validates the new content
   * once (the object passed in is never changed; a Proxy or throwing getter is refused with a warning),
   * and drops a `content-src` file still on its way: the latest intent wins.
   */
  get content(): ArticleContent {
    return super.content;
  }
  set content(value: ArticleContent) {
    const before = super.content;
    super.content = value;
    if (super.content === before && value !== before) return; // refused: nothing changes
    this.#file.cancel();
    this.#pageContent = super.content;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#level = this.level(this.headingLevel);
    if (this.#level === 6) {
      this.warnOnce(
        'heading-level=6',
        'heading-level="6" leaves no level for the sections; the title uses h5 and the sections h6.',
      );
      this.#level = 5;
    }
    if (changed.has('sections')) this.#shown = this.#parseSections(this.sections);
    if (changed.has('contentSrc') && !this.contentSrc && changed.get('contentSrc')) {
      // content-src removed: no file any more, whether it arrived or not.
      this.#file.cancel();
      super.content = this.#fallback;
    }
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('contentSrc') && this.contentSrc) void this.#load(this.contentSrc);
    // The player and the run log may have been rendered before their code is here: load it.
    if (this.videoSrc || this.log) void loadElements(this.renderRoot);
  }

  /** What shows when no file is (successfully) in use. */
  get #fallback(): ArticleContent {
    return this.#pageContent ?? defaultContent;
  }

  /** Keeps the ticks of the prerendered checklist (upgraded already or not) for the one rendered now. */
  protected takeOver(root: ShadowRoot): void {
    for (const list of root.querySelectorAll<HTMLElement>('knee-flare-up-checklist')) {
      this.#early.push(
        ...(list instanceof KneeFlareUpChecklist
          ? list.checkedIds
          : [...(list.shadowRoot?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((i) => i.value)),
      );
    }
  }

  protected firstUpdated(): void {
    if (this.#early.length) this.renderRoot.querySelector('knee-flare-up-checklist')?.keepTicks(this.#early);
    this.#early = [];
  }

  #parseSections(value: string | undefined): Set<string> {
    const all = new Set<string>(ADVICE_PARTS);
    const names = (value ?? '').split(/\s+/).filter(Boolean);
    if (!names.length) return all;
    const valid = names.filter((n) => all.has(n));
    if (valid.length !== names.length) {
      const bad = [...new Set(names.filter((n) => !all.has(n)))].join(' ');
      this.warnOnce(
        `sections=${value}`,
        `sections="${value}": "${bad}" is not a part; use ${ADVICE_PARTS.join(', ')}.${valid.length ? '' : ' Showing every part.'}`,
      );
    }
    return valid.length ? new Set(valid) : all;
  }

  async #load(src: string): Promise<void> {
    const intent = this.#file.begin();
    let problems: ContentProblem[];
    try {
      const response = await fetch(src, { signal: intent.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data: unknown = await response.json();
      if (!intent.current) return;
      const result = adoptContent(data);
      if (result.ok) {
        super.content = result.content;
        return;
      }
      problems = result.problems;
    } catch (error) {
      problems = [{ field: '(file)', problem: (error as Error).message }];
    }
    if (!intent.current) return;
    super.content = this.#fallback;
    const showing = this.#pageContent ? 'showing the content set through .content' : 'showing the built-in article';
    this.warnOnce(
      `content-src=${src}`,
      `content-src="${src}" could not be used (${describeProblems(problems)}); ${showing}.`,
    );
    this.emit('knee-content-error', { src, problems });
  }

  /** The clinic's slotted player, else a player for `video-src`, else nothing at all. */
  #renderExercise() {
    return this.videoSrc?.trim()
      ? html`<slot name="exercise"
          ><knee-exercise-player
            lang=${isServer ? this.locale.lang : nothing}
            exportparts=${exportParts(PLAYER_PARTS)}
            src=${this.videoSrc}
            poster=${this.videoPoster || nothing}
            captions=${this.videoCaptions || nothing}
            captions-lang=${this.videoCaptionsLang || nothing}
            chapters=${this.videoChapters || nothing}
            theme=${this.theme}
            ?persist=${this.persist}
            .content=${this.content}
          ></knee-exercise-player
        ></slot>`
      : html`<slot name="exercise"></slot>`;
  }

  protected render() {
    // The server renderer has no tree to walk up: tell the nested elements the article's language.
    const serverLang = isServer ? this.locale.lang : nothing;
    const c = this.content;
    const sub = Math.min(this.#level + 1, 6);
    return html`<slot name="before"></slot>
      <article
        part="article"
        class="article"
        aria-labelledby="knee-title"
        dir=${this.locale.dir ?? nothing}
        lang=${this.locale.textLang ?? nothing}
      >
        <header>
          ${heading(this.#level, 'knee-title', 'article-title', c.title)}
          <p part="byline" class="byline">${this.t.byline(c.author)}</p>
        </header>
        <div part="intro" class="intro">${c.introduction.map((p) => html`<p>${p}</p>`)}</div>
        ${c.sections.map(
          (s) =>
            html`${this.#shown.has(s.id) ? renderCard(c, s.id, sub, this.t) : nothing}${s.id === c.exercise.section && this.#shown.has('exercise') ? this.#renderExercise() : nothing}${
              s.id === 'flare-up' && this.log
                ? html`<knee-run-log
                  exportparts=${RUN_LOG_PARTS}
                  heading-level=${sub}
                  theme=${this.theme}
                  ?persist=${this.persist}
                  storage-key=${this.storageKey ?? nothing}
                  .content=${c}
                ></knee-run-log>`
                : nothing
            }`,
        )}
        ${
          this.#shown.has('checklist')
            ? html`<knee-flare-up-checklist
              lang=${serverLang}
              exportparts=${exportParts(KneeFlareUpChecklist.parts)}
              heading-level=${sub}
              theme=${this.theme}
              ?persist=${this.persist}
              storage-key=${this.storageKey ?? nothing}
              .content=${c}
            ></knee-flare-up-checklist>`
            : nothing
        }
      </article>
      <slot name="after"></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-advice': KneeAdvice;
  }
}
