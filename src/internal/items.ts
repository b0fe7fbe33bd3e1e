/**
 * Maps of items (a checklist's ticks, a log's runs) stored in one record and merged item by item across
 * tabs: each item carries when it last changed, so changes to different items never cancel each other.
 */

/** A map of items (ticks, runs) that merges item by item: `at` is when the item last changed (ms since 1970). */
export type ItemMap<V> = Record<string, { value: V; at: number }>;

/** `true` when `data` is an {@link ItemMap} whose values pass `isValue`. */
export function isItemMap<V>(data: unknown, isValue: (v: unknown) => v is V): data is ItemMap<V> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  return Object.values(data).every(
    (e) =>
      typeof e === 'object' &&
      e !== null &&
      Number.isFinite((e as { at?: unknown }).at) &&
      isValue((e as { value?: unknown }).value),
  );
}

/**
 * Per-item merge: for each item, the later change wins; changes to different items never cancel each
 * other. Ties (same millisecond) are settled the same way in every tab (by the value's JSON), so tabs agree.
 */
export function mergeItems<V>(current: ItemMap<V>, incoming: ItemMap<V>): ItemMap<V> {
  const out: ItemMap<V> = { ...current };
  for (const [id, entry] of Object.entries(incoming)) {
    const mine = out[id];
    if (
      !mine ||
      entry.at > mine.at ||
      (entry.at === mine.at && JSON.stringify(entry.value) > JSON.stringify(mine.value))
    )
      out[id] = entry;
  }
  return out;
}

/** A timestamp for a change to item `id` that is later than its last one, even within one millisecond. */
export const stamp = (items: ItemMap<unknown>, id: string) => Math.max(Date.now(), (items[id]?.at ?? 0) + 1);
