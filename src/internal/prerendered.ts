import type { ReactiveController } from 'lit';
import type { KneeElement } from './base.js';
import type { ArticleContent } from './content.js';

/** What the controller needs of its element. */
type Host = KneeElement & { readonly renderOptions: { renderBefore?: ChildNode | null } };

/**
 * Takes over prerendered markup (a declarative shadow root made by `knee-advice/prerender`): the element
 * renders afresh into it. The markup stays until the first render (which may wait for the words of the
 * page's language) and is cleared in the same task, so nothing shows twice, nothing moves and nothing is
 * blank meanwhile; focus stays on the same control. Content the markup carries
 * (`<script type="application/json" data-knee-content>`) is used, so the words stay the same, and
 * `takeOver` reads what the person did in the markup before it is cleared (ticked boxes).
 */
export class PrerenderedController implements ReactiveController {
  #host: Host;
  #takeOver: (root: ShadowRoot) => void;
  /** The prerendered markup still showing, cleared by the first render. */
  #root?: ShadowRoot;

  constructor(host: KneeElement, takeOver: (root: ShadowRoot) => void = () => {}) {
    this.#host = host as Host;
    this.#takeOver = takeOver;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    const root = host.shadowRoot;
    // prerendered markup: not empty, and not the slot KneeElement adds for the element's own children
    const first = root?.firstElementChild;
    if (!root || !first || first.hasAttribute('data-knee-fallback') || host.hasUpdated || this.#root) return;
    const data = root.querySelector('script[data-knee-content]')?.textContent;
    try {
      if (data) host.content = JSON.parse(data) as ArticleContent;
    } catch (error) {
      console.warn(
        `<${host.localName}> prerendered content could not be read (${(error as Error).message}); showing the built-in article.`,
      );
    }
    this.#root = root;
  }

  /** Just before the first render: clear the markup and render into the emptied root. */
  hostUpdate(): void {
    const root = this.#root;
    if (!root) return;
    this.#root = undefined;
    this.#takeOver(root);
    const focused = root.activeElement?.id;
    // The element stays as tall as its markup until the first render is in: WebKit lays the page out
    // while the root is empty, and a page scrolled past the element would jump to the top.
    const hold = new CSSStyleSheet();
    hold.replaceSync(`:host{min-height:${this.#host.getBoundingClientRect().height}px!important}`);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, hold];
    root.replaceChildren();
    // LitElement would render before the first prerendered node, now gone: render into the emptied root
    this.#host.renderOptions.renderBefore = null;
    void this.#host.updateComplete.then(() => {
      if (focused) root.getElementById(focused)?.focus();
      requestAnimationFrame(() => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== hold)));
    });
  }
}
