import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defaultContent, describeProblems, validateContent, type ArticleContent } from './content.js';
import { kneeEvent, type KneeEventDetails } from './events.js';
import { baseStyles } from './styles.js';
import { VERSION } from './version.js';

export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/**
 * What every knee-advice element shares: the content in use, the theme, once-only warnings for bad
 * attribute values, typed events and the base styles.
 */
export class KneeElement extends LitElement {
  /** Lets a second copy of the library recognise an element registered by this one. @internal */
  static kneeVersion = VERSION;
  /** Elements this one renders; registered before it by `defineElement`. @internal */
  static dependencies: Record<string, CustomElementConstructor> = {};
  static styles: CSSResultGroup = baseStyles;
  static properties: PropertyDeclarations = {
    theme: { reflect: true, useDefault: true },
    content: { attribute: false, noAccessor: true },
  };

  /** `auto` follows the person's system setting; `light` or `dark` force one. */
  declare theme: Theme;
  #content: ArticleContent = defaultContent;
  #warned = new Set<string>();

  constructor() {
    super();
    this.theme = 'auto';
  }

  /** The article in use. Setting it validates the new content; invalid content is refused with a warning. */
  get content(): ArticleContent {
    return this.#content;
  }
  set content(value: ArticleContent) {
    if (value === this.#content) return; // <knee-advice> hands its (already checked) content down on each render
    const result = validateContent(value);
    if (!result.ok) {
      console.warn(`<${this.localName}> content was refused and the previous content kept: ${describeProblems(result.problems)}`);
      return;
    }
    const old = this.#content;
    this.#content = result.content;
    this.requestUpdate('content', old);
  }

  /** One console warning per element and key, however often the cause repeats. */
  protected warnOnce(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}> ${message}`);
  }

  /** The value if it is one of `allowed`; otherwise one warning naming the accepted values, and `fallback`. */
  protected oneOf<T>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if (allowed.includes(value as T)) return value as T;
    const what = value === undefined || value === null || value === '' ? `${attribute} is missing` : `${attribute}="${String(value)}" is not valid`;
    this.warnOnce(`${attribute}=${String(value)}`, `${what}; use one of ${allowed.join(', ')}. Using "${String(fallback)}".`);
    return fallback;
  }

  /** A heading level 1–6 from a number or attribute text, else one warning and `fallback`. */
  protected level(value: unknown, fallback = 2): number {
    return this.oneOf('heading-level', numberConverter.fromAttribute(value === undefined ? null : String(value)), [1, 2, 3, 4, 5, 6], fallback);
  }

  /** Dispatches a typed `knee-*` event that bubbles out of shadow roots. */
  protected emit<K extends keyof KneeEventDetails>(name: K, detail: KneeEventDetails[K]): boolean {
    return this.dispatchEvent(kneeEvent(name, detail));
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.oneOf('theme', this.theme, THEMES, 'auto');
  }
}

/** A number attribute (`heading-level`, `speed`): a number when it reads as one, else the text, so its warning can quote it. */
export const numberConverter = {
  fromAttribute: (v: string | null) => (v !== null && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v),
};
