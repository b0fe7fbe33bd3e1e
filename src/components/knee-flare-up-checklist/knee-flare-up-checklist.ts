import { html, nothing, type PropertyValues } from 'lit';
import { KneeElement, numberConverter } from '../../internal/base.js';
import { heading } from '../../internal/heading.js';
import { loadStored, saveStored, STORAGE_PREFIX, watchStored } from '../../internal/storage.js';
import { strings } from '../../internal/strings.js';
import { checklistStyles } from './knee-flare-up-checklist.styles.js';

/** One item of the list as a host sees it. */
export interface ChecklistItemState {
  id: string;
  label: string;
  checked: boolean;
}

/** What is saved under the storage key (format version 1). */
interface StoredChecklist {
  version: 1;
  checked: string[];
}

const isStored = (v: unknown): v is StoredChecklist =>
  typeof v === 'object' && v !== null && (v as StoredChecklist).version === 1 && Array.isArray((v as StoredChecklist).checked);

/**
 * "A few things worth trying": the article's practical suggestions as native checkboxes to tick off.
 * Each item can open the article sentence it comes from. With `persist`, ticks are remembered on this
 * device (localStorage) and followed across tabs; without it, nothing is stored anywhere. Storage that
 * is blocked, full or corrupt never breaks the list: it keeps working in memory with at most one warning.
 *
 * @tagname knee-flare-up-checklist
 * @summary The article's suggestions as a checklist, remembered on the device when asked.
 *
 * @attr {number} heading-level - Level of the checklist heading, 1–6 (default 2).
 * @attr {boolean} persist - Remember ticks on this device (localStorage). Off by default: nothing is stored.
 * @attr {string} storage-key - Keeps this list's ticks apart from other lists on the site; saved under `knee-advice:v1:checklist:<storage-key>`.
 * @attr {"auto" | "light" | "dark"} theme - `auto` (default) follows the system's light or dark setting.
 *
 * @fires {CustomEvent<KneeChecklistChangeDetail>} knee-checklist-change - On every change: `{ id, checked, done, total }`; `id` is null when many boxes changed at once (Clear all, undo, another tab).
 *
 * @csspart checklist - The `<section>` element.
 * @csspart checklist-heading - The heading.
 * @csspart progress - The "N of M done" line (a polite live region).
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart checkbox - Each native checkbox.
 * @csspart item-label - Each item's words.
 * @csspart why - The disclosure quoting the article sentence.
 * @csspart clear-button - The "Clear all" button.
 * @csspart undo-button - The "Undo" button after Clear all.
 *
 * @cssprop --knee-accent - Accent colour: boxes, buttons, links.
 * @cssprop --knee-on-accent - Text on the accent colour.
 * @cssprop --knee-text - Body text colour.
 * @cssprop --knee-muted - Colour of ticked items and the quote's credit.
 * @cssprop --knee-surface - Background.
 * @cssprop --knee-border - Border colour.
 * @cssprop --knee-focus - Focus ring colour.
 * @cssprop --knee-radius - Corner radius (default 0.5em).
 * @cssprop --knee-space - Base spacing (default 1em).
 * @cssprop --knee-font - Font family (default: inherited from the page).
 */
export class KneeFlareUpChecklist extends KneeElement {
  /** @internal */
  static tagName = 'knee-flare-up-checklist';
  static styles = [KneeElement.styles, checklistStyles];
  static properties = {
    headingLevel: { attribute: 'heading-level', reflect: true, useDefault: true, converter: numberConverter },
    persist: { type: Boolean, reflect: true },
    storageKey: { attribute: 'storage-key', reflect: true },
  };

  /** Level of the heading, 1–6. */
  declare headingLevel: number;
  /** Remember ticks on this device. */
  declare persist: boolean;
  /** Name that keeps this list's ticks apart from other lists on the site. */
  declare storageKey: string | undefined;

  #ticked = new Set<string>();
  #undo: string[] | null = null;
  /** What the notice next to Clear all says (a polite live region); renders with the ticks it explains. */
  #notice = '';
  #unwatch?: () => void;
  #level = 2;

  constructor() {
    super();
    this.headingLevel = 2;
    this.persist = false;
  }

  /** The full localStorage key in use. */
  get storageKeyInUse(): string {
    return `${STORAGE_PREFIX}checklist${this.storageKey ? `:${this.storageKey}` : ''}`;
  }

  /** Every item with its words and whether it is ticked, in list order. */
  get items(): ChecklistItemState[] {
    return this.content.checklist.items.map((i) => ({ id: i.id, label: i.label, checked: this.#ticked.has(i.id) }));
  }

  /** Ids of the ticked items. Setting it (e.g. from a host's own back end) ticks exactly those items and fires no event. */
  get checkedIds(): string[] {
    return this.items.filter((i) => i.checked).map((i) => i.id);
  }
  set checkedIds(ids: string[]) {
    this.#setTicked(ids);
    this.#save();
  }

  /** Unticks every item (and saves that, with `persist`). */
  reset(): void {
    this.#change(null, []);
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.#unwatch = watchStored(() => this.storageKeyInUse, () => {
      if (!this.persist) return;
      this.#restore(true);
      this.#announceChange(null, false);
    });
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#level = this.level(this.headingLevel);
    if ((changed.has('persist') || changed.has('storageKey')) && this.persist) this.#restore();
    if (changed.has('content')) this.#setTicked([...this.#ticked]);
  }

  #warnStorage = (message: string) => this.warnOnce('storage', message);

  /** Keeps only ids of items that exist in the content in use. */
  #setTicked(ids: Iterable<string>): void {
    const known = new Set(this.content.checklist.items.map((i) => i.id));
    this.#ticked = new Set([...ids].filter((id) => known.has(id)));
    this.requestUpdate();
  }

  /** Reads saved ticks. `removedMeansEmpty`: another tab removed them, so untick everything here too. */
  #restore(removedMeansEmpty = false): void {
    const stored = loadStored(this.storageKeyInUse, this.#warnStorage);
    if (stored === undefined) {
      if (removedMeansEmpty) this.#setTicked([]);
      return;
    }
    if (!isStored(stored)) {
      this.#warnStorage(`saved progress under "${this.storageKeyInUse}" is in an unknown format; starting afresh.`);
      return;
    }
    this.#setTicked(stored.checked.filter((id): id is string => typeof id === 'string'));
  }

  #save(): void {
    if (!this.persist) return;
    const value: StoredChecklist = { version: 1, checked: this.checkedIds };
    saveStored(this.storageKeyInUse, value, this.#warnStorage);
  }

  #change(id: string | null, ids: Iterable<string>, checked = false): void {
    this.#setTicked(ids);
    this.#save();
    this.#announceChange(id, checked);
  }

  #announceChange(id: string | null, checked: boolean): void {
    const total = this.content.checklist.items.length;
    this.emit('knee-checklist-change', { id, checked, done: this.#ticked.size, total });
  }

  #onToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.value;
    const next = new Set(this.#ticked);
    if (input.checked) next.add(id);
    else next.delete(id);
    this.#undo = null;
    this.#notice = '';
    this.#change(id, next, input.checked);
  }

  #onClear(): void {
    if (this.#ticked.size === 0) return;
    this.#undo = [...this.#ticked];
    this.#notice = strings.checklist.cleared;
    this.reset();
  }

  async #onUndo(): Promise<void> {
    const ids = this.#undo ?? [];
    this.#undo = null;
    this.#notice = strings.checklist.restored;
    this.#change(null, ids, true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part=clear-button]')?.focus();
  }

  protected render() {
    const { checklist, author } = this.content;
    const done = this.#ticked.size;
    const s = strings.checklist;
    return html`<section part="checklist" class="checklist" aria-labelledby="knee-checklist-heading">
      ${heading(this.#level, 'knee-checklist-heading', 'checklist-heading', checklist.heading)}
      <p part="progress" class="progress" role="status">${s.progress(done, checklist.items.length)}</p>
      <ul part="list">
        ${checklist.items.map((item) => {
          const ticked = this.#ticked.has(item.id);
          const inputId = `knee-item-${item.id}`;
          return html`<li part="item" class=${ticked ? 'done' : ''}>
            <input part="checkbox" type="checkbox" id=${inputId} .value=${item.id} .checked=${ticked} @change=${this.#onToggle} />
            <span class="mark" aria-hidden="true">${ticked ? s.printDone : s.printNotDone}</span>
            <label part="item-label" for=${inputId}>${item.label}</label>
            <details part="why">
              <summary>${s.why}</summary>
              <blockquote>
                <p>${item.source.quote}</p>
                <footer>${s.quoteCredit(author)}</footer>
              </blockquote>
            </details>
          </li>`;
        })}
      </ul>
      <div class="actions no-print">
        <button part="clear-button" type="button" @click=${this.#onClear}>${s.clearAll}</button>
        <p class="notice" role="status">${this.#notice}</p>
        ${this.#undo ? html`<button part="undo-button" type="button" @click=${this.#onUndo}>${s.undo}</button>` : nothing}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-flare-up-checklist': KneeFlareUpChecklist;
  }
}
