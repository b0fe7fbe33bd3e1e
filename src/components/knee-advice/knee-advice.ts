import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { headingLevelConverter, KneeElement } from '../../internal/base.js';
import {
  adoptContent,
  defaultContent,
  describeProblems,
  type ArticleContent,
  type ContentProblem,
} from '../../internal/content.js';
import { heading, inLang } from '../../internal/heading.js';
import { LatestIntent } from '../../internal/latest.js';
import { loadElements } from '../../internal/lazy.js';
import { addEnglish } from '../../internal/locale.js';
import { PrerenderedController } from '../../internal/prerendered.js';
import { withinTimeout } from '../../internal/timeout.js';
import { renderCard } from '../knee-advice-card/knee-advice-card.js';
import { cardStyles } from '../knee-advice-card/knee-advice-card.styles.js';
import { parts as cardParts } from '../knee-advice-card/meta.js';
import { KneeFlareUpChecklist } from '../knee-flare-up-checklist/knee-flare-up-checklist.js';
import { parts as checklistParts, tag as checklistTag } from '../knee-flare-up-checklist/meta.js';
import { adviceStyles } from './knee-advice.styles.js';

// The elements it renders that are loaded on first use (see elements.ts): their modules, meta included,
// stay out of the entry.
const playerTag = 'knee-exercise-player';
const runLogTag = 'knee-run-log';
import { ADVICE_PARTS, parts, tag } from './meta.js';
import type * as Metadata from './metadata.js';
import { english } from './strings.js';

addEnglish(english);

/** The module of the article's metadata once here (`null`: it could not be loaded). */
let metadata: typeof Metadata | null | undefined;
/**
 * Loads the module that shows the article's dates, publisher and sources and keeps its structured data
 * (once; the prerenderer loads it before rendering).
 * @internal
 */
export const loadMetadata = () => import('./metadata.js').then((m) => (metadata = m));

/**
 * What a child element's `exportparts` forwards: every part on its class's static list, under the same
 * name. Read from the class once it is defined, so the parts of the elements loaded on first use (the
 * player, the run log) cost the entry nothing; until then the child has no shadow parts to forward.
 */
const exportParts = (tag: string) =>
  (customElements.get(tag) as { parts?: readonly string[] } | undefined)?.parts?.join(',') ?? nothing;

/**
 * The whole article "Running with knee pain without stopping what you love" by Nicola Tik, in reading
 * order: title, byline, introduction and the four sections as cards one heading level below the title.
 * Children that are not slotted are the page's no-JavaScript fallback and are hidden once it runs.
 *
 * @tagname knee-advice
 * @summary The whole knee-pain article, ready to drop into a page.
 *
 * @slot before - The clinic's own content before the article.
 * @slot after - The clinic's own content after the article (contact details, a booking link).
 * @slot exercise - The clinic's own `<knee-exercise-player>`, placed after the paragraph about the guided exercise.
 * @slot safety-net - The clinic's own words inside "During a flare-up", after its paragraphs and before the checklist: when to contact the clinic, its phone number. Empty by default.
 * @slot notice - The clinic's own notice, in place of the one at the end of the article (that it is general information, not a diagnosis or a personal plan).
 *
 * @fires {CustomEvent<KneeContentErrorDetail>} knee-content-error - `content-src` could not be used; detail `{ src, problems }`.
 * @fires {CustomEvent<KneeChecklistChangeDetail>} knee-checklist-change - From the checklist: `{ id, checked, done, total }`.
 * @fires {CustomEvent<KneeExerciseStepDetail>} knee-exercise-step - From the player, like its other `knee-exercise-*` events.
 *
 * @csspart article - The `<article>` element.
 * @csspart article-heading - The article's title.
 * @csspart byline - The line crediting the author.
 * @csspart intro - The introduction.
 * @csspart dates - The list of the article's dates under it: published, last reviewed, next review due (each when the content has it).
 * @csspart publisher - The line naming who publishes the page (when the content has `publisher`).
 * @csspart sources - The list of sources under the article (when the content has `sources`).
 * @csspart sources-heading - The heading of the list of sources.
 * @csspart notice - The notice at the end of the article (not shown with `no-notice`, or when the `notice` slot is filled).
 * @csspart card - Each section card (forwarded).
 * @csspart card-heading - Each section heading (forwarded).
 * @csspart paragraph - Each paragraph of a section (forwarded).
 * @csspart player - The exercise player (forwarded, with its other parts: frame, video, alert, controls, button, seek, speed-select, step-list, step, transcript, cue).
 * @csspart checklist - The checklist (forwarded, with its other parts: checklist-heading, progress, list, item, checkbox, item-label, why, clear-button, undo-button).
 */
export class KneeAdvice extends KneeElement {
  /** @internal */
  static tagName = tag;
  /** @internal */
  static dependencies = { [KneeFlareUpChecklist.tagName]: KneeFlareUpChecklist };
  /**
   * The `::part`s of its own markup: its own, the section cards' (rendered in its own shadow root with the
   * cards' markup) and the checklist's (forwarded). It also forwards every part of the player and the run
   * log it renders (`KneeExercisePlayer.parts`, `KneeRunLog.parts`), once their code is here.
   */
  static parts = [...parts, ...cardParts, ...checklistParts] as const;
  /** The section cards render in this shadow root, so their styles (one shared sheet) come along. */
  static styles = [KneeElement.styles, cardStyles, adviceStyles];

  /**
   * Level of the title, 1–6 (default 2); the sections use the next level. 6 leaves no level for the
   * sections: the title then uses 5, with a warning.
   */
  @property({ attribute: 'heading-level', reflect: true, useDefault: true, converter: headingLevelConverter })
  headingLevel = 2;
  /** Space-separated parts to show: why adjust strengthen exercise flare-up checklist. Default: all, always in article order. */
  @property({ reflect: true }) sections?: string;
  /**
   * URL of a JSON file with the content's shape. The latest request wins: a file that arrives after
   * `content-src` changed or was removed, or after `.content` was set, is dropped; moving the element
   * does not restart it. If the file fails, the built-in article (or the `.content` the page set) shows,
   * with one warning saying so.
   */
  @property({ attribute: 'content-src', reflect: true }) contentSrc?: string;
  /** Passed to the checklist (and the run log, the player): remember on this device. */
  @property({ type: Boolean, reflect: true }) persist = false;
  /** Passed to the checklist and the run log: keeps their records apart from others on the site. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey?: string;
  /** Adds a `<knee-run-log>` right after the flare-up card (`persist` and `storage-key` passed down). Off by default. */
  @property({ type: Boolean, reflect: true }) log = false;
  /**
   * URL of the clinic's exercise video; the player then stands after the paragraph about the guided
   * exercise. Without it (and without a slotted player) no player shows.
   */
  @property({ attribute: 'video-src', reflect: true }) videoSrc?: string;
  /** Poster image of the exercise video. */
  @property({ attribute: 'video-poster', reflect: true }) videoPoster?: string;
  /** WebVTT captions of the exercise video (also its transcript). */
  @property({ attribute: 'video-captions', reflect: true }) videoCaptions?: string;
  /** WebVTT chapters of the exercise video: one cue per step. */
  @property({ attribute: 'video-chapters', reflect: true }) videoChapters?: string;
  /** Language of the captions file (passed to the player as `captions-lang`; default: the content's `lang`, else the interface language). */
  @property({ attribute: 'video-captions-lang', reflect: true }) videoCaptionsLang?: string;
  /**
   * Leaves out the notice at the end of the article (that it is general information, not a diagnosis or
   * a personal plan). To put the clinic's own words there instead, fill the `notice` slot.
   */
  @property({ attribute: 'no-notice', type: Boolean, reflect: true }) noNotice = false;
  /**
   * Adds the article's schema.org data for search engines (`<script type="application/ld+json">`) as the
   * element's next sibling, once, and removes it when the element leaves. Under Trusted Types the page
   * allows the policy `knee-advice` (`trusted-types lit-html knee-advice`), or uses the prerendered data.
   */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  #levels = { title: 2, sections: 3 };
  #shown = new Set<string>(ADVICE_PARTS);
  /** The `content-src` file on its way, if any (the latest intent wins). */
  #file = new LatestIntent();
  /** Content the page set through `.content`: what a removed or failing file falls back to. */
  #pageContent?: ArticleContent;
  /** Boxes ticked in the prerendered checklist before the script ran. */
  #early: string[] = [];
  /** The elements loaded on first use whose code it has asked for (once each, arrived or not). */
  #asked = new Set<string>();
  /** The prerendered player, kept in its place until the player's code has arrived, so nothing moves meanwhile. */
  #prerenderedPlayer?: Element | null;
  /** The JSON-LD script it keeps after itself (`structured-data`). */
  #jsonLd?: HTMLScriptElement;

  constructor() {
    super();
    new PrerenderedController(this, (root) => this.#takeOver(root));
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
    const used = this.useContent(value);
    if (used instanceof Promise) {
      // checked once the checker is here: the page's content is the latest intent from now on
      this.#file.cancel();
      void used.then((ok) => ok && (this.#pageContent = this.content));
    } else if (used) {
      this.#file.cancel();
      this.#pageContent = this.content;
    } // refused at once: nothing changes
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#levels = this.levels(this.headingLevel, true);
    if (changed.has('sections')) this.#shown = this.#parseSections(this.sections);
    // For the page's editor, in the browser: the reader sees no change.
    const overdue = !isServer && metadata?.overdue(this.content, this.t);
    if (overdue) this.warnOnce(`nextReview=${this.content.nextReview}`, overdue);
    if (changed.has('contentSrc') && !this.contentSrc && changed.get('contentSrc')) {
      // content-src removed: no file any more, whether it arrived or not.
      this.#file.cancel();
      void this.useContent(this.#fallback);
    }
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('contentSrc') && this.contentSrc) void this.#load(this.contentSrc);
    if (changed.has('structuredData') || changed.has('content')) this.#syncStructuredData();
    // The player and the run log may have been rendered before their code is here: load it, then forward
    // their parts (read from their classes).
    const asked = [this.videoSrc?.trim() && playerTag, this.log && runLogTag].filter((t) => t && !this.#asked.has(t));
    if (asked.length) {
      asked.forEach((t) => this.#asked.add(t as string));
      void loadElements(this.renderRoot).then(() => this.requestUpdate());
    }
  }

  /**
   * Waits, before it first shows content with dates, a publisher or sources, for the module that shows
   * them (as it waits for the words of a language), so the article never shows without them first.
   */
  protected scheduleUpdate(): void | Promise<unknown> {
    const c = this.content;
    // here, and its English words in the table this element chose (it may have chosen before they came)
    const ready = metadata === null || (metadata && this.t.about);
    if (ready || isServer || !(c.published || c.reviewed || c.nextReview || c.publisher || c.sources?.length))
      return super.scheduleUpdate();
    return loadMetadata()
      .then(
        () => this.locale.renew(),
        (error: Error) => {
          metadata = null;
          this.warnOnce(
            'metadata',
            `the article's dates, publisher and sources could not be shown (${error.message}).`,
          );
        },
      )
      .then(() => this.scheduleUpdate());
  }

  connectedCallback(): void {
    super.connectedCallback();
    // moved in the page: the data follows it
    if (this.hasUpdated) this.#syncStructuredData();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#jsonLd?.remove();
    this.#jsonLd = undefined;
  }

  /** With `structured-data`, keeps the article's JSON-LD right after the element; removes it without. */
  #syncStructuredData(): void {
    if (this.structuredData || this.#jsonLd)
      loadMetadata()
        .then((m) => (this.#jsonLd = m.syncStructuredData(this, this.#jsonLd)))
        .catch((error: Error) => this.warnOnce('structured-data', `structured-data: ${error.message}`));
  }

  /** What shows when no file is (successfully) in use. */
  get #fallback(): ArticleContent {
    return this.#pageContent ?? defaultContent;
  }

  /** Keeps the ticks of the prerendered checklist (upgraded already or not) for the one rendered now. */
  #takeOver(root: ShadowRoot): void {
    for (const list of root.querySelectorAll<HTMLElement>('knee-flare-up-checklist')) {
      this.#early.push(
        ...(list instanceof KneeFlareUpChecklist
          ? list.checkedIds
          : [...(list.shadowRoot?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((i) => i.value)),
      );
    }
    this.#prerenderedPlayer = root.querySelector(playerTag);
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
    let gaveUp = false;
    try {
      // A file that never answers is given up after `timeouts.load` (its request is cancelled).
      const read = fetch(src, { signal: intent.signal, credentials: 'same-origin' }).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      });
      const data = await withinTimeout(read).catch((error: Error) => {
        gaveUp = intent.current;
        if (gaveUp) this.#file.cancel();
        throw error;
      });
      if (!intent.current) return;
      const result = await adoptContent(data);
      if (!intent.current) return;
      if (result.ok) {
        void this.useContent(result.content);
        return;
      }
      problems = result.problems;
    } catch (error) {
      problems = [{ field: '(file)', problem: (error as Error).message }];
    }
    if (!intent.current && !gaveUp) return; // a later intent took over
    void this.useContent(this.#fallback);
    const showing = this.#pageContent ? 'showing the content set through .content' : 'showing the built-in article';
    this.warnOnce(
      `content-src=${src}`,
      `content-src="${src}" could not be used (${describeProblems(problems)}); ${showing}.`,
    );
    this.emit('knee-content-error', { src, problems });
  }

  /** Under the article: its dates, publisher and sources (when the content has them) and the notice. */
  #renderAbout(c: ArticleContent, level: number) {
    const about = metadata?.renderMetadata(c, this.t, this.locale, level);
    return about || !this.noNotice
      ? html`<footer class="about">
          ${about}${this.noNotice ? nothing : html`<slot name="notice"><p part="notice">${this.t.notice}</p></slot>`}
        </footer>`
      : nothing;
  }

  /** The clinic's slotted player, else a player for `video-src`, else nothing at all. */
  #renderExercise() {
    return this.videoSrc?.trim()
      ? html`<slot name="exercise"
          >${
            !this.#prerenderedPlayer || customElements.get(playerTag)
              ? html`<knee-exercise-player
            lang=${isServer ? this.locale.lang : nothing}
            exportparts=${exportParts(playerTag)}
            src=${this.videoSrc}
            poster=${this.videoPoster || nothing}
            captions=${this.videoCaptions || nothing}
            captions-lang=${this.videoCaptionsLang || nothing}
            chapters=${this.videoChapters || nothing}
            theme=${this.theme}
            ?persist=${this.persist}
            .content=${this.content}
          ></knee-exercise-player>`
              : this.#prerenderedPlayer
          }</slot
        >`
      : html`<slot name="exercise"></slot>`;
  }

  protected render() {
    // The server renderer has no tree to walk up: tell the nested elements the article's language.
    const serverLang = isServer ? this.locale.lang : nothing;
    const c = this.content;
    const { title, sections: sub } = this.#levels;
    const words = this.locale.contentLang;
    return html`<slot name="before"></slot>
      <article
        part="article"
        class="article"
        aria-labelledby="knee-title"
        dir=${this.locale.dir ?? nothing}
        lang=${this.locale.textLang ?? nothing}
      >
        <header>
          ${heading(title, 'knee-title', 'article-heading', inLang(c.title, words))}
          <p part="byline" class="byline">${this.t.byline(this.credit)}</p>
        </header>
        <div part="intro" class="intro" lang=${words ?? nothing}>${c.introduction.map((p) => html`<p>${p}</p>`)}</div>
        ${c.sections.map(
          (s) =>
            html`${this.#shown.has(s.id) ? renderCard(c, s.id, sub, this.t, { contentLang: this.locale.contentLang }) : nothing}${s.id === c.exercise.section && this.#shown.has('exercise') ? this.#renderExercise() : nothing}${
              s.id === 'flare-up' && this.log
                ? html`<knee-run-log
                  exportparts=${exportParts(runLogTag)}
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
              exportparts=${exportParts(checklistTag)}
              heading-level=${sub}
              theme=${this.theme}
              ?persist=${this.persist}
              storage-key=${this.storageKey ?? nothing}
              .content=${c}
            ></knee-flare-up-checklist>`
            : nothing
        }
        ${this.#renderAbout(c, sub)}
      </article>
      <slot name="after"></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-advice': KneeAdvice;
  }
}
