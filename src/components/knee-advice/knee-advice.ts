import { html, nothing, type PropertyValues } from 'lit';
import { KneeElement, numberConverter } from '../../internal/base.js';
import { describeProblems, validateContent, type ContentProblem } from '../../internal/content.js';
import { heading } from '../../internal/heading.js';
import { strings } from '../../internal/strings.js';
import { KneeAdviceCard } from '../knee-advice-card/knee-advice-card.js';
import { KneeExercisePlayer } from '../knee-exercise-player/knee-exercise-player.js';
import { KneeFlareUpChecklist } from '../knee-flare-up-checklist/knee-flare-up-checklist.js';
import { adviceStyles } from './knee-advice.styles.js';

/** Parts of the article `sections` can name, in article order. */
export const ADVICE_PARTS = ['why', 'adjust', 'strengthen', 'exercise', 'flare-up', 'checklist'] as const;
export type AdvicePart = (typeof ADVICE_PARTS)[number];

const CARD_PARTS = 'card, card-heading, paragraph';
const PLAYER_PARTS = 'player, frame, video, alert, controls, button, seek, speed-select, step-list, step, transcript, cue';
const CHECKLIST_PARTS =
  'checklist, checklist-heading, progress, list, item, checkbox, item-label, why, clear-button, undo-button';

/**
 * The whole article "Running with knee pain without stopping what you love" by Nicola Tik, in reading
 * order: title, byline, introduction and the four sections as cards one heading level below the title.
 * Children that are not slotted are the page's no-JavaScript fallback and are hidden once it runs.
 *
 * @tagname knee-advice
 * @summary The whole knee-pain article, ready to drop into a page.
 *
 * @attr {number} heading-level - Level of the title, 1–6 (default 2); sections use the next level.
 * @attr {string} sections - Space-separated parts to show: why adjust strengthen exercise flare-up checklist. Default: all, always in article order.
 * @attr {string} video-src - URL of the clinic's exercise video; the player then stands after the paragraph about the guided exercise. Without it (and without a slotted player) no player shows.
 * @attr {string} video-poster - Poster image of the exercise video.
 * @attr {string} video-captions - WebVTT captions of the exercise video (also its transcript).
 * @attr {string} video-chapters - WebVTT chapters of the exercise video: one cue per step.
 * @attr {boolean} persist - Passed to the checklist: remember its ticks on this device.
 * @attr {string} storage-key - Passed to the checklist: keeps its ticks apart from other lists.
 * @attr {"auto" | "light" | "dark"} theme - `auto` (default) follows the system's light or dark setting.
 * @attr {string} content-src - URL of a JSON file with the content's shape. If it fails, the built-in article stays and one warning is logged.
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
    'knee-advice-card': KneeAdviceCard,
    'knee-exercise-player': KneeExercisePlayer,
    'knee-flare-up-checklist': KneeFlareUpChecklist,
  };
  static styles = [KneeElement.styles, adviceStyles];
  static properties = {
    headingLevel: { attribute: 'heading-level', reflect: true, useDefault: true, converter: numberConverter },
    sections: { reflect: true },
    contentSrc: { attribute: 'content-src', reflect: true },
    persist: { type: Boolean, reflect: true },
    storageKey: { attribute: 'storage-key', reflect: true },
    videoSrc: { attribute: 'video-src', reflect: true },
    videoPoster: { attribute: 'video-poster', reflect: true },
    videoCaptions: { attribute: 'video-captions', reflect: true },
    videoChapters: { attribute: 'video-chapters', reflect: true },
  };

  /** Level of the title, 1–6; the sections use the next level. */
  declare headingLevel: number;
  /** Space-separated parts to show; empty or missing shows all. */
  declare sections: string;
  /** URL of a JSON file with the content's shape. */
  declare contentSrc: string;
  /** Passed to the checklist: remember its ticks on this device. */
  declare persist: boolean;
  /** Passed to the checklist: keeps its ticks apart from other lists. */
  declare storageKey: string | undefined;
  /** URL of the clinic's exercise video. */
  declare videoSrc: string | undefined;
  /** Poster image of the exercise video. */
  declare videoPoster: string | undefined;
  /** WebVTT captions of the exercise video. */
  declare videoCaptions: string | undefined;
  /** WebVTT chapters (steps) of the exercise video. */
  declare videoChapters: string | undefined;

  #level = 2;
  #shown = new Set<string>(ADVICE_PARTS);
  #fetch?: AbortController;

  constructor() {
    super();
    this.headingLevel = 2;
    this.persist = false;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#level = this.level(this.headingLevel);
    if (changed.has('sections')) this.#shown = this.#parseSections(this.sections);
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('contentSrc') && this.contentSrc) void this.#load(this.contentSrc);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#fetch?.abort();
  }

  #parseSections(value: string | undefined): Set<string> {
    const all = new Set<string>(ADVICE_PARTS);
    const names = (value ?? '').split(/\s+/).filter(Boolean);
    if (!names.length) return all;
    const valid = names.filter((n) => all.has(n));
    if (valid.length !== names.length) {
      const bad = names.filter((n) => !all.has(n)).join(' ');
      this.warnOnce(`sections=${value}`, `sections="${value}": "${bad}" is not a part; use ${ADVICE_PARTS.join(', ')}.${valid.length ? '' : ' Showing every part.'}`);
    }
    return valid.length ? new Set(valid) : all;
  }

  async #load(src: string): Promise<void> {
    this.#fetch?.abort();
    const controller = (this.#fetch = new AbortController());
    let problems: ContentProblem[];
    try {
      const response = await fetch(src, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const result = validateContent(await response.json());
      if (result.ok) {
        this.content = result.content;
        return;
      }
      problems = result.problems;
    } catch (error) {
      if (controller.signal.aborted) return;
      problems = [{ field: '(file)', problem: (error as Error).message }];
    }
    if (controller.signal.aborted) return;
    this.warnOnce(`content-src=${src}`, `content-src="${src}" could not be used (${describeProblems(problems)}); showing the built-in article.`);
    this.emit('knee-content-error', { src, problems });
  }

  /** The clinic's slotted player, else a player for `video-src`, else nothing at all. */
  #renderExercise() {
    return this.videoSrc?.trim()
      ? html`<slot name="exercise"
          ><knee-exercise-player
            exportparts=${PLAYER_PARTS}
            src=${this.videoSrc}
            poster=${this.videoPoster || nothing}
            captions=${this.videoCaptions || nothing}
            chapters=${this.videoChapters || nothing}
            theme=${this.theme}
            ?persist=${this.persist}
            .content=${this.content}
          ></knee-exercise-player
        ></slot>`
      : html`<slot name="exercise"></slot>`;
  }

  protected render() {
    const c = this.content;
    const sub = Math.min(this.#level + 1, 6);
    return html`<slot name="before"></slot>
      <article part="article" class="article" aria-labelledby="knee-title">
        <header>
          ${heading(this.#level, 'knee-title', 'article-title', c.title)}
          <p part="byline" class="byline">${strings.byline(c.author)}</p>
        </header>
        <div part="intro" class="intro">${c.introduction.map((p) => html`<p>${p}</p>`)}</div>
        ${c.sections.map(
          (s) =>
            html`${this.#shown.has(s.id)
              ? html`<knee-advice-card
                exportparts=${CARD_PARTS}
                section=${s.id}
                heading-level=${sub}
                theme=${this.theme}
                .content=${c}
              ></knee-advice-card>`
              : nothing}${s.id === c.exercise.section && this.#shown.has('exercise') ? this.#renderExercise() : nothing}`,
        )}
        ${this.#shown.has('checklist')
          ? html`<knee-flare-up-checklist
              exportparts=${CHECKLIST_PARTS}
              heading-level=${sub}
              theme=${this.theme}
              ?persist=${this.persist}
              storage-key=${this.storageKey ?? nothing}
              .content=${c}
            ></knee-flare-up-checklist>`
          : nothing}
      </article>
      <slot name="after"></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-advice': KneeAdvice;
  }
}
