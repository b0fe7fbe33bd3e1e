import { isServer, LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { adoptContent, defaultContent, describeProblems, type ArticleContent } from './content.js';
import { kneeEvent, type KneeEventDetails } from './events.js';
import { LocaleController, type LocaleTable } from './locale.js';
import { baseStyles } from './styles.js';
import { VERSION } from './version.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Keys already warned about on this page (see `warnOncePerPage`). */
const warnedOnPage = new Set<string>();
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
  /** Interface words in the element's language (see README, "Languages"). @internal */
  protected readonly locale = new LocaleController(this);

  constructor() {
    super();
    this.theme = 'auto';
  }

  /** The interface words in use. @internal */
  protected get t(): LocaleTable {
    return this.locale.table;
  }

  /** Waits for the words of a language not loaded yet, so a page never flashes English first. */
  protected scheduleUpdate(): void | Promise<unknown> {
    const loading = this.locale.prepare();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * The article in use: our own validated, frozen copy (change a copy, e.g. `structuredClone(el.content)`,
   * and set that). Setting it copies and validates the new content once; the object passed in is never
   * changed. Invalid content, or an object that cannot be read as plain data (a Proxy, a throwing getter),
   * is refused with a warning and the previous content kept.
   */
  get content(): ArticleContent {
    return this.#content;
  }
  set content(value: ArticleContent) {
    if (value === this.#content) return; // <knee-advice> hands its (already adopted) content down on each render
    const result = adoptContent(value);
    if (!result.ok) {
      console.warn(
        `<${this.localName}> content was refused and the previous content kept: ${describeProblems(result.problems)}`,
      );
      return;
    }
    const old = this.#content;
    this.#content = result.content;
    this.requestUpdate('content', old);
  }

  /**
   * One console warning per page and key, for causes that would otherwise repeat once per nested element
   * (a bad `theme` on `<knee-advice>` reaches each of its parts).
   */
  protected warnOncePerPage(key: string, message: string): void {
    if (warnedOnPage.has(key)) return;
    warnedOnPage.add(key);
    console.warn(`<${this.localName}> ${message}`);
  }

  /** One console warning per element and key, however often the cause repeats. */
  protected warnOnce(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}> ${message}`);
  }

  /** The value if it is one of `allowed`; otherwise one warning naming the accepted values, and `fallback`. */
  protected oneOf<T>(attribute: string, value: unknown, allowed: readonly T[], fallback: T, perPage = false): T {
    if (allowed.includes(value as T)) return value as T;
    const text = shown(value);
    const what =
      value === undefined || value === null || value === ''
        ? `${attribute} is missing`
        : `${attribute}="${text}" is not valid`;
    const message = `${what}; use one of ${allowed.join(', ')}. Using "${shown(fallback)}".`;
    if (perPage) this.warnOncePerPage(`${attribute}=${text}`, message);
    else this.warnOnce(`${attribute}=${text}`, message);
    return fallback;
  }

  /** A heading level 1–6 from a number or attribute text, else one warning and `fallback`. */
  protected level(value: unknown, fallback = 2): number {
    return this.oneOf(
      'heading-level',
      numberConverter.fromAttribute(value === undefined ? null : shown(value)),
      [1, 2, 3, 4, 5, 6],
      fallback,
    );
  }

  /** Dispatches a typed `knee-*` event that bubbles out of shadow roots. */
  protected emit<K extends keyof KneeEventDetails>(name: K, detail: KneeEventDetails[K]): boolean {
    return this.dispatchEvent(kneeEvent(name, detail));
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    // Content set on the element before it was defined arrives only now (Lit sets it at the first update,
    // after the words were chosen): its pack may bring words, so they are chosen again before any are read.
    if (changed.has('content') && !isServer) void this.locale.prepare()?.then(() => this.requestUpdate());
    // The server renderer never connects the element: its words are chosen here, from its own `lang` (the
    // prerenderer loads that language's table first, see `preloadLocale`).
    if (isServer) void this.locale.prepare();
    if (changed.has('theme')) this.oneOf('theme', this.theme, THEMES, 'auto', true);
  }

  /**
   * A prerendered (declarative) shadow root is rendered afresh: its markup stays until the first render
   * (which may wait for the words of the page's language) and is cleared in the same task, so nothing
   * shows twice, nothing moves and nothing is blank meanwhile; focus stays on the same control.
   * Content the prerendered markup carries (`<script type="application/json" data-knee-content>`) is
   * used, so the words stay the same.
   */
  protected createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (root?.firstChild && !this.hasUpdated) {
      const data = root.querySelector('script[data-knee-content]')?.textContent;
      try {
        if (data) this.content = JSON.parse(data) as ArticleContent;
      } catch (error) {
        this.warnOnce(
          'prerendered content',
          `prerendered content could not be read (${(error as Error).message}); showing the built-in article.`,
        );
      }
      this.#prerendered = root;
    }
    return super.createRenderRoot();
  }

  /** The prerendered markup still showing, cleared by the first render (which may wait for a language's words). */
  #prerendered?: ShadowRoot;

  protected update(changed: PropertyValues<this>): void {
    const root = this.#prerendered;
    if (root) {
      this.#prerendered = undefined;
      this.takeOver(root);
      const focused = root.activeElement?.id;
      root.replaceChildren();
      // LitElement would render before the first prerendered node, now gone: render into the emptied root
      this.renderOptions.renderBefore = null;
      if (focused) void this.updateComplete.then(() => root.getElementById(focused)?.focus());
    }
    super.update(changed);
  }

  /** Reads what the person did in the prerendered markup before it is cleared (e.g. ticked boxes). */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the parameter documents what subclasses get
  protected takeOver(_root: ShadowRoot): void {}
}

/** A value as a warning quotes it: text as it is, anything else (a page's object, a symbol) as JSON or its type. */
const shown = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value == null)
    return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
};

/** A number attribute (`heading-level`, `speed`): a number when it reads as one, else the text, so its warning can quote it. */
export const numberConverter = {
  fromAttribute: (v: string | null) => (v !== null && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v),
};
