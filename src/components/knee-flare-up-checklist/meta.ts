/**
 * The checklist's facts, in one place and free of its code: its tag, its `::part` names, its event and
 * its stored record. `<knee-advice>` and the registry read them without loading the element.
 */
import { isItemMap, mergeItems, STORAGE_PREFIX, type ItemMap, type RecordSpec } from '../../internal/storage.js';

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

/** Ticks: item id → ticked or not, with when it changed. Unticking keeps an entry, so it wins over an older tick elsewhere. */
export type ChecklistTicks = ItemMap<boolean>;

/**
 * Ticks under `knee-advice:v1:checklist[:<storage-key>]`. Version 1 (before the stored-value layer) was
 * `{ version: 1, checked: [ids] }`; it is read as ticks made at time 0.
 */
export const checklistSpec: RecordSpec<ChecklistTicks> = {
  version: 2,
  empty: () => ({}),
  validate: (data): data is ChecklistTicks => isItemMap(data, (v): v is boolean => typeof v === 'boolean'),
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
