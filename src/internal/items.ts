/**
 * Maps of items (a checklist's ticks, a log's runs) stored in one record and merged item by item across
 * tabs: each item carries when it last changed, so changes to different items never cancel each other.
 *
 * A map read from storage may hold entries that are not items (edited by hand, or written by a bug): they
 * are kept exactly as they are, never read as items, and never lost by a merge or a save. Maps are built
 * without a prototype, so an entry keyed `__proto__` is an entry like any other.
 */
import { isObject } from './data.js';

/** One item: its value and when it last changed (ms since 1970). */
export interface Item<V> {
  value: V;
  at: number;
}

/** A map of items (ticks, runs) that merges item by item. */
export type ItemMap<V> = Record<string, Item<V>>;

/** When an entry last changed; -Infinity for an entry that is not an item (any item wins over it). */
const when = (entry: unknown): number =>
  isObject(entry) && Number.isFinite(entry.at) ? (entry.at as number) : -Infinity;

/** Whether `entry` is an item whose value passes `isValue` (not an entry kept unread). */
export const isItem = <V>(entry: unknown, isValue: (v: unknown) => v is V): entry is Item<V> =>
  when(entry) > -Infinity && isValue((entry as Item<unknown>).value);

/** A copy of `items` (or an empty map) without a prototype. */
export const itemMap = <V>(items?: ItemMap<V>): ItemMap<V> => Object.assign(Object.create(null), items) as ItemMap<V>;

/** Settles ties the same way in every tab: by the entry's JSON. */
const tie = (entry: unknown) => JSON.stringify(entry) ?? '';

/**
 * Per-item merge: for each item, the later change wins; changes to different items never cancel each
 * other. Ties (same millisecond) are settled the same way in every tab, so tabs agree; an item wins over
 * an entry kept unread, and entries kept unread are kept.
 */
export function mergeItems<V>(current: ItemMap<V>, incoming: ItemMap<V>): ItemMap<V> {
  const out = itemMap(current);
  for (const id of Object.keys(incoming)) {
    const [theirs, mine] = [incoming[id], out[id]];
    if (theirs === mine) continue;
    if (!(id in out) || when(theirs) > when(mine) || (when(theirs) === when(mine) && tie(theirs) > tie(mine)))
      out[id] = theirs;
  }
  return out;
}

/** A timestamp for a change to item `id` that is later than its last one, even within one millisecond. */
export const stamp = (items: ItemMap<unknown>, id: string) => Math.max(Date.now(), when(items[id]) + 1);
