import { isServer, LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  adoptContent,
  defaultContent,
  describeProblems,
  type ArticleContent,
  type ValidationResult,
} from './content.js';
import { kneeEvent, type KneeEventDetails } from './events.js';
import { LocaleController, type LocaleTable } from './locale.js';
import { credited } from './strings.js';
import { baseStyles } from './styles.js';
import { delay, timeouts } from './timeout.js';
import { VERSION } from './version.js';

export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/** Keys already warned about on this page (see `warnOncePerPage`). */
const warnedOnPage = new Set<string>();

/**
 * What every knee-advice element shares: the theme, its words (`t`, in its language), the article in use
 * (`content`, our own validated copy, see `adoptContent`), once-only warnings for bad attribute values, and
 * typed events. Behaviour that only some elements have lives in controllers they add themselves
 * (prerendered markup: `PrerenderedController`; stored values: `StoredRecordController`).
 *
 * The tokens below are read by every element (each element lists any of its own).
 *
 * @cssprop --knee-accent - Accent colour: links, buttons, focus of choice, callout edge, chart bars.
 * @cssprop --knee-on-accent - Text on the accent colour.
 * @cssprop --knee-text - Body text colour.
 * @cssprop --knee-muted - Secondary text colour (hints, credits, ticked items).
 * @cssprop --knee-surface - Background of the element, its cards and panels.
 * @cssprop --knee-callout-surface - Background of the callout card ("During a flare-up").
 * @cssprop --knee-border - Border colour (and the chart's grid).
 * @cssprop --knee-focus - Focus ring colour.
 * @cssprop --knee-radius - Corner radius (default 0.5em).
 * @cssprop --knee-space - Base spacing (default 1em).
 * @cssprop --knee-font - Font family (default: inherited from the page).
 */
export class KneeElement extends LitElement {
  /**
   * Lets a second copy of the library recognise an element registered by this one.
   * @internal
   */
  static kneeVersion = VERSION;
  /**
   * Elements this one renders; registered before it by `defineElement`.
   * @internal
   */
  static dependencies: Record<string, CustomElementConstructor> = {};
  static styles: CSSResultGroup = baseStyles;

  /**
   * `auto` follows the page: dark only when the page supports dark (`color-scheme: light dark` or `dark`, from
   * `<meta name="color-scheme">` or its CSS) and the person's system prefers it; `light` or `dark` force one.
   */
  @property({ reflect: true, useDefault: true }) theme: Theme = 'auto';

  /**
   * Interface words in the element's language (see README, "Languages").
   * @internal
   */
  protected readonly locale = new LocaleController(this);
  #content: ArticleContent = defaultContent;
  /** Content set but not adopted yet (the checker is loading): the latest set wins, and updates wait for it. */
  #pending?: Promise<boolean>;
  #warned = new Set<string>();
  /** The slot showing the element's own children until its first render (see `createRenderRoot`). */
  #fallback?: HTMLSlotElement;

  constructor() {
    super();
    // Content a framework set before the class was defined (a server-rendered page, a lazy bundle) is an
    // own property that hides the accessor: take it over, before the first update, which waits for it.
    if (Object.hasOwn(this, 'content')) {
      const early = (this as { content?: unknown }).content;
      delete (this as { content?: unknown }).content;
      void this.useContent(early);
    }
  }

  /**
   * The article in use: our own validated, frozen copy (change a copy, e.g. `structuredClone(el.content)`,
   * and set that). Setting it copies and validates the new content once; the object passed in is never
   * changed. Invalid content, or an object that cannot be read as plain data, is refused with a warning
   * and the previous content kept. The first content other than the built-in article on a page loads the
   * content checker: until it is here (once, a few milliseconds), the element keeps showing what it showed.
   */
  get content(): ArticleContent {
    return this.#content;
  }
  set content(value: ArticleContent) {
    void this.useContent(value);
  }

  /**
   * Makes `value` the content in use when it is usable content (setting the very object in use changes
   * nothing: `<knee-advice>` hands its content down on each render); otherwise one warning naming every
   * problem, and the previous content stays. Says whether `value` is now the content in use: at once,
   * or once the content checker has loaded.
   */
  protected useContent(value: unknown): boolean | Promise<boolean> {
    if (value === this.#content) {
      this.#pending = undefined;
      return true;
    }
    const result = adoptContent(value);
    if (!(result instanceof Promise)) return this.#adopt(result);
    const pending: Promise<boolean> = result.then((r) => pending === this.#pending && this.#adopt(r));
    this.#pending = pending;
    this.requestUpdate();
    return pending;
  }

  #adopt(result: ValidationResult): boolean {
    this.#pending = undefined;
    if (!result.ok) {
      console.warn(
        `<${this.localName}> content was refused and the previous content kept: ${describeProblems(result.problems)}`,
      );
      return false;
    }
    const old = this.#content;
    this.#content = result.content;
    this.requestUpdate('content', old);
    return true;
  }

  /**
   * The interface words in use.
   * @internal
   */
  protected get t(): LocaleTable {
    return this.locale.table;
  }

  /**
   * The author as every credit names them, in the element's language: "Nicola Tik", or "Nicola Tik,
   * adapted by …" when the content has `adaptedBy` (see `credited`).
   * @internal
   */
  protected get credit(): string {
    return credited(this.t, this.content);
  }

  /**
   * Waits for content being adopted and for the words of a language not loaded yet, so a page never
   * flashes the built-in article or English first. Meanwhile the element shows its own children (the
   * page's fallback); one with none shows English after `timeouts.words` (2 s) rather than nothing, and
   * switches when the words arrive. Nothing waits longer than `timeouts.load` (see `timeout.ts`).
   */
  protected scheduleUpdate(): void | Promise<unknown> {
    if (this.#pending) return this.#pending.then(() => this.scheduleUpdate());
    const words = this.locale.prepare();
    if (!words) return super.scheduleUpdate();
    // What shows meanwhile: the last render, prerendered markup, or the page's fallback children.
    const showing =
      this.hasUpdated || (this.#fallback ? this.#fallback.assignedNodes().some(shows) : !!this.renderRoot.firstChild);
    if (showing) return words.then(() => this.scheduleUpdate());
    return Promise.race([words.then(() => true), delay(timeouts.words)]).then((ready) =>
      ready ? this.scheduleUpdate() : super.scheduleUpdate(),
    );
  }

  /**
   * Until its first render, the element's shadow root holds a slot for its own children: the page's
   * fallback (text, a link, a video with native controls) stays visible while its words or content are on
   * their way, as it was before the element upgraded.
   */
  protected createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    if (!isServer && !root.firstChild) {
      const slot = (this.#fallback = document.createElement('slot'));
      slot.dataset.kneeFallback = '';
      root.append(slot);
      if (root.slotAssignment === 'manual') slot.assign(...[...this.childNodes].filter(assignable));
    }
    return root;
  }

  protected update(changed: PropertyValues<this>): void {
    this.#fallback?.remove();
    this.#fallback = undefined;
    super.update(changed);
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

  /**
   * The level of the element's heading from `heading-level` (1–6, else one warning and 2). An element
   * with headings of its own under its title (`withSections`) keeps a level for them: 6 gives its title
   * h5 (with a warning) and its sections h6. Returns the title's and the sections' levels.
   */
  protected levels(value: unknown, withSections = false): { title: number; sections: number } {
    const title = this.oneOf(
      'heading-level',
      headingLevelConverter.fromAttribute(value == null ? null : shown(value)),
      [1, 2, 3, 4, 5, 6],
      2,
    );
    if (withSections && title === 6) {
      this.warnOnce(
        'heading-level=6',
        'heading-level="6" leaves no level for its sections; the title uses h5 and the sections h6.',
      );
      return { title: 5, sections: 6 };
    }
    return { title, sections: Math.min(title + 1, 6) };
  }

  /** Dispatches a typed `knee-*` event that bubbles out of shadow roots. */
  protected emit<K extends keyof KneeEventDetails>(name: K, detail: KneeEventDetails[K]): boolean {
    return this.dispatchEvent(kneeEvent(name, detail));
  }

  connectedCallback(): void {
    super.connectedCallback();
    // A framework that sets an object as an attribute (`content="[object Object]"`, Vue binding to an
    // element not yet upgraded) leaves the property unset: say how to bind it instead of showing nothing.
    const objects = [...(this.constructor as typeof KneeElement).elementProperties].filter(
      ([, o]) => o.attribute === false,
    );
    for (const name of ['content', ...objects.map(([key]) => String(key))]) {
      const text = this.getAttribute(name.toLowerCase());
      if (text)
        this.warnOncePerPage(
          `${name} attribute`,
          `${name} was set as an attribute ("${text}"), where only the property works: bind it as a property (Vue: :${name}.prop, Angular: [${name}], Lit: .${name}).`,
        );
    }
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
}

/** A node that shows something: an element, or text that is not only white space. */
const shows = (node: Node) => node.nodeType === 1 || !!node.textContent?.trim();
/** What a slot can be assigned by hand: elements and text. */
const assignable = (node: Node): node is Element | Text => node.nodeType === 1 || node.nodeType === 3;

/** A value as a warning quotes it: text as it is, anything else (a page's object, a symbol) as JSON or its type. */
export const shown = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value == null)
    return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
};

/** A number attribute (`speed`, `pain-limit`): a number when it reads as one, else the text, so its warning can quote it. */
export const numberConverter = {
  fromAttribute: (v: string | null) => (v !== null && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v),
};

/** `heading-level`: only the digits 1 to 6 are a level (not `1e0` or `0x3`); anything else stays text, for its warning. */
export const headingLevelConverter = {
  fromAttribute: (v: string | null) => (v !== null && /^\s*[1-6]\s*$/.test(v) ? Number(v) : v),
};
