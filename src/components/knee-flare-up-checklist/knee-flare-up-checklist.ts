import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { headingLevelConverter, KneeElement } from '../../internal/base.js';
import { heading, inLang } from '../../internal/heading.js';
import { addEnglish } from '../../internal/locale.js';
import { PrerenderedController } from '../../internal/prerendered.js';
import { stamp } from '../../internal/storage.js';
import { StoredRecordController } from '../../internal/stored-record-controller.js';
import { checklistStyles } from './knee-flare-up-checklist.styles.js';
import { checklistKey, checklistSpec, parts, tag, type ChecklistTicks } from './meta.js';
import { english } from './strings.js';

addEnglish(english);

/** One item of the list as a host sees it. */
export interface ChecklistItemState {
  id: string;
  label: string;
  checked: boolean;
}

/**
 * "A few things worth trying": the article's practical suggestions as native checkboxes to tick off.
 * Each item can open the article sentence it comes from. With `persist`, ticks are remembered on this
 * device (localStorage), shared with every list on the page that uses the same key, and merged item by
 * item with other tabs; without it, nothing is stored anywhere. Saved ticks of items the content in use
 * lacks (a clinic's `content-src` that has not arrived yet, an item removed for now) are kept, never
 * deleted by a tick on other items. Storage that is blocked, full, corrupt or written by a newer version
 * never breaks the list: it keeps working in memory with one warning per cause.
 *
 * @tagname knee-flare-up-checklist
 * @summary The article's suggestions as a checklist, remembered on the device when asked.
 *
 * @fires {CustomEvent<KneeChecklistChangeDetail>} knee-checklist-change - On every change: `{ id, checked, checkedIds, done, total }`; `id` is null when many boxes changed at once (Clear all, undo, another tab, another list on the page with the same `storage-key`).
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
 */
export class KneeFlareUpChecklist extends KneeElement {
  /** @internal */
  static tagName = tag;
  /** Every `::part` this element exposes; `<knee-advice>` forwards them all. */
  static parts = parts;
  static styles = [KneeElement.styles, checklistStyles];

  /** Level of the checklist heading, 1–6 (default 2). */
  @property({ attribute: 'heading-level', reflect: true, useDefault: true, converter: headingLevelConverter })
  headingLevel = 2;
  /** Remember ticks on this device (localStorage). Off by default: nothing is stored. */
  @property({ type: Boolean, reflect: true }) persist = false;
  /** Keeps this list's ticks apart from other lists on the site; saved under `knee-advice:v1:checklist:<storage-key>`. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey?: string;

  /** The saved ticks, with `persist`: the owner of the state, shared by every list with the same key. */
  #stored = new StoredRecordController<ChecklistTicks>(this, {
    spec: checklistSpec,
    key: () => (this.persist ? this.storageKeyInUse : undefined),
    changed: () => this.#onStored(),
    warn: (message) => this.warnOnce(`storage:${message}`, message),
  });
  /** The person's ticks on this page while nothing is stored (without `persist`). */
  #session: ChecklistTicks = {};
  /** The starting state the page set through `checkedIds`, and those ids sorted (to spot a repeat). */
  #base = new Set<string>();
  #baseIds = '';
  /** The ticked ids last shown, to tell a change made elsewhere from none. */
  #shownIds = '';
  #undo: string[] | null = null;
  /** Which notice shows next to Clear all (a polite live region); renders with the ticks it explains. */
  #notice: '' | 'cleared' | 'restored' = '';
  #level = 2;
  /** Items whose "From the article" quote has been opened: a quote is rendered only once it is wanted. */
  #quotes = new Set<string>();
  /** Boxes the person ticked in prerendered markup before the script ran. */
  #early?: string[];

  constructor() {
    super();
    new PrerenderedController(this, (root) => this.#takeOver(root));
  }

  /** The full localStorage key in use. */
  get storageKeyInUse(): string {
    return checklistKey(this.storageKey);
  }

  /** Every item with its words and whether it is ticked, in list order. */
  get items(): ChecklistItemState[] {
    return this.content.checklist.items.map((i) => ({ id: i.id, label: i.label, checked: this.#isTicked(i.id) }));
  }

  /**
   * Ids of the ticked items, in list order. Setting it gives the starting state (e.g. from a host's own back
   * end) and fires no event: without `persist` it ticks exactly those items; with `persist`, ticks saved on
   * the device win over it. Setting a list with the same ids as the last one set changes nothing, so a
   * framework that sets the same list on every render never undoes the person's ticks.
   */
  @property({ attribute: false, noAccessor: true })
  get checkedIds(): string[] {
    return this.items.filter((i) => i.checked).map((i) => i.id);
  }
  set checkedIds(ids: string[]) {
    if (!Array.isArray(ids)) {
      this.warnOnce('checkedIds', `checkedIds must be a list of item ids; got ${typeof ids}. Keeping the ticks shown.`);
      return;
    }
    const list = ids.filter((id): id is string => typeof id === 'string');
    const sorted = [...new Set(list)].sort().join(' ');
    if (sorted === this.#baseIds) return;
    this.#baseIds = sorted;
    this.#base = new Set(list);
    this.#session = {};
    this.requestUpdate();
  }

  /** Unticks every item (and saves that, with `persist`). */
  reset(): void {
    this.#change(null, this.checkedIds, false);
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#level = this.levels(this.headingLevel).title;
    this.#shownIds = this.checkedIds.join(' ');
    if (this.#early) {
      const early = this.#early;
      this.#early = undefined;
      this.#change(null, early, true);
    }
  }

  /** Keeps the boxes ticked in prerendered markup before the script ran. */
  #takeOver(root: ShadowRoot): void {
    const early = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((i) => i.value);
    if (early.length) this.keepTicks(early);
  }

  /**
   * Ticks the person made before the script ran (in prerendered markup); they join the saved ticks on
   * the first render and are saved with `persist`. `<knee-advice>` hands over those of the prerendered
   * checklist it replaces.
   * @internal
   */
  keepTicks(ids: string[]): void {
    this.#early = [...(this.#early ?? []), ...ids];
    this.requestUpdate();
  }

  /** Renders an item's quote just before its disclosure opens (or as it opens, when opened by script). */
  #wantQuote(event: Event): void {
    const details = (event.currentTarget as HTMLElement).closest('details')!;
    if (event.type === 'toggle' && !(details as HTMLDetailsElement).open) return;
    const id = details.dataset.item!;
    if (this.#quotes.has(id)) return;
    this.#quotes.add(id);
    this.requestUpdate();
  }

  /** With `persist`, whether the ticks live only in this page because storage is blocked, full or holds a newer format. */
  get #unsaved(): boolean {
    return !!this.#stored.record?.problems().some((p) => p !== 'corrupt');
  }

  /** Another list with the same key, another tab, or forgetting changed the saved ticks. */
  #onStored(): void {
    const ids = this.checkedIds.join(' ');
    if (ids === this.#shownIds) return;
    this.#shownIds = ids;
    this.#announceChange(null, false);
  }

  /** A saved or session entry wins; an item without one follows the page's starting state. */
  #isTicked(id: string): boolean {
    if (this.#early?.includes(id)) return true; // ticked in prerendered markup, applied on the first update
    const entry = this.#stored.record?.get()[id] ?? this.#session[id];
    return entry ? entry.value : this.#base.has(id);
  }

  /** Sets `ids` to `checked` (only those: other saved items stay as they are) and tells the host. */
  #change(id: string | null, ids: string[], checked: boolean): void {
    const apply = (ticks: ChecklistTicks) => {
      const next = { ...ticks };
      for (const i of ids) next[i] = { value: checked, at: stamp(ticks, i) };
      return next;
    };
    const record = this.#stored.record;
    if (record) record.set(apply);
    else this.#session = apply(this.#session);
    this.requestUpdate();
    this.#shownIds = this.checkedIds.join(' ');
    this.#announceChange(id, checked);
  }

  #announceChange(id: string | null, checked: boolean): void {
    const checkedIds = this.checkedIds;
    const total = this.content.checklist.items.length;
    this.emit('knee-checklist-change', { id, checked, checkedIds, done: checkedIds.length, total });
  }

  #onToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#undo = null;
    this.#notice = '';
    this.#change(input.value, [input.value], input.checked);
  }

  #onClear(): void {
    const ticked = this.checkedIds;
    if (ticked.length === 0) return;
    this.#undo = ticked;
    this.#notice = 'cleared';
    this.reset();
  }

  async #onUndo(): Promise<void> {
    const ids = this.#undo ?? [];
    this.#undo = null;
    this.#notice = 'restored';
    this.#change(null, ids, true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part=clear-button]')?.focus();
  }

  protected render() {
    const { checklist } = this.content;
    const done = this.checkedIds.length;
    const s = this.t.checklist;
    const words = this.locale.contentLang;
    return html`<section
      part="checklist"
      class="checklist"
      aria-labelledby="knee-checklist-heading"
      dir=${this.locale.dir ?? nothing}
      lang=${this.locale.textLang ?? nothing}
    >
      ${heading(this.#level, 'knee-checklist-heading', 'checklist-heading', inLang(checklist.heading, words))}
      <p part="progress" class="progress" role="status">${s.progress(done, checklist.items.length)}</p>
      <ul part="list">
        ${checklist.items.map((item) => {
          const ticked = this.#isTicked(item.id);
          const inputId = `knee-item-${item.id}`;
          return html`<li part="item" class=${ticked ? 'done' : ''}>
            <input part="checkbox" type="checkbox" id=${inputId} .value=${item.id} .checked=${ticked} @change=${this.#onToggle} />
            <span class="mark" aria-hidden="true">${ticked ? s.printDone : s.printNotDone}</span>
            <label part="item-label" for=${inputId} lang=${words ?? nothing}>${item.label}</label>
            <details part="why" data-item=${item.id} @toggle=${this.#wantQuote}>
              <summary @click=${this.#wantQuote}>${s.why}</summary>
              ${
                isServer || this.#quotes.has(item.id)
                  ? html`<blockquote>
                    <p lang=${words ?? nothing}>${item.source.quote}</p>
                    <footer>${this.t.quoteCredit(this.credit)}</footer>
                  </blockquote>`
                  : nothing
              }
            </details>
          </li>`;
        })}
      </ul>
      <div class="actions no-print">
        <button part="clear-button" type="button" @click=${this.#onClear}>${s.clearAll}</button>
        <p class="notice" role="status">${[this.#notice ? s[this.#notice] : '', this.#unsaved ? s.notSaved : ''].filter(Boolean).join(' ')}</p>
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
