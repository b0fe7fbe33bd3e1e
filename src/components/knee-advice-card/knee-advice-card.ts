import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { headingLevelConverter, KneeElement } from '../../internal/base.js';
import { SECTION_IDS, type ArticleContent, type SectionId } from '../../internal/content.js';
import { heading, inLang } from '../../internal/heading.js';
import { addEnglish, type LocaleTable } from '../../internal/locale.js';
import { PrerenderedController } from '../../internal/prerendered.js';
import { cardStyles } from './knee-advice-card.styles.js';
import { parts, tag } from './meta.js';
import { english } from './strings.js';

addEnglish(english);

/**
 * The markup of one section card: a `<section>` labelled by its heading, then its paragraphs (and, for
 * the exercise's section, the paragraph about the guided exercise). `<knee-advice-card>` renders it in
 * its own shadow root; `<knee-advice>` renders it for each section straight into the article's one
 * shadow root, with the same parts and the same styles (`cardStyles`). The flare-up section holds the
 * `safety-net` slot after its paragraphs, for the clinic's own words. The article's words are marked
 * with `contentLang` when it is given (see `LocaleController.contentLang`).
 */
export const renderCard = (
  content: ArticleContent,
  id: SectionId,
  level: number,
  t: LocaleTable,
  locale?: { dir?: 'rtl'; textLang?: string; contentLang?: string },
) => {
  const section = content.sections.find((s) => s.id === id)!;
  const headingId = `knee-card-${id}`;
  const exercise = content.exercise.section === id ? content.exercise.paragraph : null;
  const words = locale?.contentLang;
  return html`<section
    part="card"
    class="card ${section.callout ? 'callout' : ''}"
    aria-labelledby=${headingId}
    dir=${locale?.dir ?? nothing}
    lang=${locale?.textLang ?? nothing}
  >
    ${heading(
      level,
      headingId,
      'card-heading',
      html`${section.callout ? html`<span class="visually-hidden">${t.calloutPrefix}</span>` : nothing}${inLang(section.heading, words)}`,
    )}
    ${[...section.paragraphs, ...(exercise ? [exercise] : [])].map(
      (p) => html`<p part="paragraph" lang=${words ?? nothing}>${p}</p>`,
    )}
    ${id === 'flare-up' ? html`<slot name="safety-net"></slot>` : nothing}
  </section>`;
};

/**
 * One section of the article as a card: a `<section>` labelled by its heading, then its paragraphs.
 * The `flare-up` section reads as a callout, with "Important:" said in words for screen readers.
 *
 * @tagname knee-advice-card
 * @summary One section of "Running with knee pain without stopping what you love", as a card.
 *
 * @slot safety-net - With `section="flare-up"`: the clinic's own words after the section's paragraphs (when to contact the clinic, its phone number). Empty by default.
 *
 * @csspart card - The `<section>` element.
 * @csspart card-heading - The section heading.
 * @csspart paragraph - Each paragraph.
 */
export class KneeAdviceCard extends KneeElement {
  /** @internal */
  static tagName = tag;
  /** Every `::part` this element exposes; `<knee-advice>` exposes the same. */
  static parts = parts;
  static styles = [KneeElement.styles, cardStyles];

  /** Which section to show. Missing or unknown: one warning and `why`. */
  @property({ reflect: true }) section?: 'why' | 'adjust' | 'strengthen' | 'flare-up';
  /** Level of the card's heading, 1–6 (default 2). Anything else: one warning and 2. */
  @property({ attribute: 'heading-level', reflect: true, useDefault: true, converter: headingLevelConverter })
  headingLevel = 2;

  #section: SectionId = 'why';
  #level = 2;

  constructor() {
    super();
    new PrerenderedController(this);
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#section = this.oneOf('section', this.section, SECTION_IDS, 'why');
    this.#level = this.levels(this.headingLevel).title;
  }

  protected render() {
    return renderCard(this.content, this.#section, this.#level, this.t, this.locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-advice-card': KneeAdviceCard;
  }
}
