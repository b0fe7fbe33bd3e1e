/**
 * The checklist's facts, in one place and free of its code: its tag, its `::part` names, its event and
 * its stored record. `<knee-advice>` and the registry read them without loading the element.
 */
import { isObject } from '../../internal/data.js';
import { isItem, mergeItems, type Item, type ItemMap } from '../../internal/items.js';
import { STORAGE_PREFIX, type RecordSpec } from '../../internal/storage-types.js';

export const tag = 'knee-flare-up-checklist';

/** Every `::part` of the element; `<knee-advice>` forwards them all. */
export const parts = [
  'checklist',
  'checklist-heading',
  'progress',
  'list',
  'item',
  'checkbox',
  'item-label',
  'why',
  'clear-button',
  'undo-button',
] as const;

/**
 * `knee-checklist-change`: the ticked ids after the change (`checkedIds`, as the property returns them),
 * with `done` and `total`; `id` and `checked` say which box the person changed, `id` is null when many
 * changed at once (Clear all, undo, another tab, another list with the same key).
 */
export interface KneeChecklistChangeDetail {
  id: string | null;
  checked: boolean;
  checkedIds: string[];
  done: number;
  total: number;
}

declare module '../../internal/events.js' {
  interface KneeEventDetails {
    'knee-checklist-change': KneeChecklistChangeDetail;
  }
}

/**
 * Ticks: item id → ticked or not, with when it changed. Unticking keeps an entry, so it wins over an older
 * tick elsewhere. An entry that is not a tick (`"yes"`, no time) is kept as it is and not read; when the
 * person ticks that item, it is set aside under `#<id>` (ids have no `#`), never overwritten.
 */
export type ChecklistTicks = ItemMap<boolean>;

/** Whether a saved entry is a tick (not an entry kept unread). */
export const isTick = (entry: unknown): entry is Item<boolean> =>
  isItem(entry, (v): v is boolean => typeof v === 'boolean');

/**
 * Ticks under `knee-advice:v1:checklist[:<storage-key>]`. Version 1 (before the stored-value layer) was
 * `{ version: 1, checked: [ids] }`; it is read as ticks made at time 0. Read entry by entry: one entry
 * that is not a tick leaves the others readable.
 */
export const checklistSpec: RecordSpec<ChecklistTicks> = {
  version: 2,
  empty: () => ({}),
  validate: (data): data is ChecklistTicks => isObject(data),
  migrate(stored) {
    const old = stored as { version?: unknown; checked?: unknown };
    if (old?.version !== 1 || !Array.isArray(old.checked) || !old.checked.every((id) => typeof id === 'string'))
      return undefined;
    return Object.fromEntries((old.checked as string[]).map((id) => [id, { value: true, at: 0 }]));
  },
  merge: mergeItems,
};

/** The key of a checklist's ticks. */
export const checklistKey = (storageKey?: string | null) =>
  `${STORAGE_PREFIX}checklist${storageKey ? `:${storageKey}` : ''}`;
