import { html, nothing, type PropertyValues } from 'lit';
import { KneeElement, numberConverter } from '../../internal/base.js';
import { SECTION_IDS, type ArticleContent, type SectionId } from '../../internal/content.js';
import { heading } from '../../internal/heading.js';
import type { LocaleTable } from '../../internal/locale.js';
import { cardStyles } from './knee-advice-card.styles.js';

/**
 * The markup of one section card: a `<section>` labelled by its heading, then its paragraphs (and, for
 * the exercise's section, the paragraph about the guided exercise). `<knee-advice-card>` renders it in
 * its own shadow root; `<knee-advice>` renders it for each section straight into the article's one
 * shadow root, with the same parts and the same styles (`cardStyles`).
 */
export const renderCard = (
  content: ArticleContent,
  id: SectionId,
  level: number,
  t: LocaleTable,
  locale?: { dir?: 'rtl'; textLang?: string },
) => {
  const section = content.sections.find((s) => s.id === id)!;
  const headingId = `knee-card-${id}`;
  const exercise = content.exercise.section === id ? content.exercise.paragraph : null;
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
      html`${section.callout ? html`<span class="visually-hidden">${t.calloutPrefix}</span>` : nothing}${section.heading}`,
    )}
    ${section.paragraphs.map((p) => html`<p part="paragraph">${p}</p>`)}
    ${exercise ? html`<p part="paragraph">${exercise}</p>` : nothing}
  </section>`;
};

/**
 * One section of the article as a card: a `<section>` labelled by its heading, then its paragraphs.
 * The `flare-up` section reads as a callout, with "Important:" said in words for screen readers.
 *
 * @tagname knee-advice-card
 * @summary One section of "Running with knee pain without stopping what you love", as a card.
 *
 * @attr {"why" | "adjust" | "strengthen" | "flare-up"} section - Which section to show. Missing or unknown: one warning and `why`.
 * @attr {number} heading-level - Level of the card's heading, 1–6 (default 2). Anything else: one warning and 2.
 * @attr {"auto" | "light" | "dark"} theme - `auto` (default) follows the system's light or dark setting.
 *
 * @csspart card - The `<section>` element.
 * @csspart card-heading - The section heading.
 * @csspart paragraph - Each paragraph.
 *
 * @cssprop --knee-accent - Accent colour: links, buttons, callout edge.
 * @cssprop --knee-on-accent - Text on the accent colour.
 * @cssprop --knee-text - Body text colour.
 * @cssprop --knee-muted - Secondary text colour.
 * @cssprop --knee-surface - Background of cards and panels.
 * @cssprop --knee-callout-surface - Background of the callout card.
 * @cssprop --knee-border - Border colour.
 * @cssprop --knee-focus - Focus ring colour.
 * @cssprop --knee-radius - Corner radius (default 0.5em).
 * @cssprop --knee-space - Base spacing (default 1em).
 * @cssprop --knee-font - Font family (default: inherited from the page).
 */
export class KneeAdviceCard extends KneeElement {
  /** @internal */
  static tagName = 'knee-advice-card';
  /** Every `::part` this element exposes; `<knee-advice>` exposes the same. */
  static parts = ['card', 'card-heading', 'paragraph'] as const;
  static styles = [KneeElement.styles, cardStyles];
  static properties = {
    section: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true, useDefault: true, converter: numberConverter },
  };

  /** Which section to show. */
  declare section: SectionId;
  /** Level of the card's heading, 1–6. */
  declare headingLevel: number;

  #section: SectionId = 'why';
  #level = 2;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#section = this.oneOf('section', this.section, SECTION_IDS, 'why');
    this.#level = this.level(this.headingLevel);
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
