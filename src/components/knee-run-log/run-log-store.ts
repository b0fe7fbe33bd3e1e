/**
 * The one place the run log meets storage: the format of its stored record (`runLogSpec`) and the
 * functions that read runs from it and write changes into it. The element reads its runs from the
 * record every time (see `readRuns`), so every log with the same key on a page, every tab and
 * `forgetStoredData()` change what it shows.
 */
import { isObject } from '../../internal/data.js';
import { isItem, itemMap, mergeItems, stamp, type ItemMap } from '../../internal/items.js';
import { STORAGE_PREFIX, type RecordSpec } from '../../internal/storage-types.js';
import type { KneeRun } from './meta.js';
import { byDate, checkRun, sortRuns } from './runs.js';

/**
 * The run log as stored (format version 2), under `knee-advice:v1:run-log[:<storage-key>]`.
 * - `runs`: date → the run on that date, with when it last changed (`at`, ms since 1970; 0 for runs
 *   migrated from version 1). A deleted run stays as `value: null` (a tombstone), so a tab that has not
 *   heard of the delete cannot bring it back. An entry that is not a valid run for its date (edited by
 *   hand, written by a fault or by a later version, `at` missing) is kept untouched and not shown.
 * - `kept`: saved entries that are not valid runs (from version 1, or moved aside when a run was logged
 *   on their date): never shown, never lost.
 *
 * Read entry by entry: one entry that cannot be read leaves every other run readable, and is kept. A
 * `kept` that is not a list, or `runs` that are not a map, are kept too (as entries of `kept`).
 */
export interface RunLogData {
  runs: ItemMap<unknown>;
  kept: unknown[];
}

export const runLogKey = (storageKey?: string) => `${STORAGE_PREFIX}run-log${storageKey ? `:${storageKey}` : ''}`;

/** A value's JSON, `null` for none: how runs and kept entries are compared. */
export const json = (v: unknown) => JSON.stringify(v) ?? 'null';

/** The record's two parts as lists and maps, whatever was stored: anything else there joins `kept`, untouched. */
function partsOf(data: RunLogData): RunLogData {
  const { runs, kept } = data as { runs?: unknown; kept?: unknown };
  return {
    runs: isObject(runs) ? (runs as ItemMap<unknown>) : {},
    kept: [
      ...(Array.isArray(kept) ? (kept as unknown[]) : kept === undefined ? [] : [kept]),
      ...(isObject(runs) || runs === undefined ? [] : [runs]),
    ],
  };
}

/**
 * One form for equal contents whatever the order in which tabs learnt of them (dates sorted, kept entries
 * sorted by their JSON), so a tab can tell "the same" from "holds something the other lacks" by the text.
 */
function canonical(runs: ItemMap<unknown>, kept: unknown[]): RunLogData {
  const sorted = itemMap<unknown>();
  for (const date of Object.keys(runs).sort()) sorted[date] = runs[date];
  return {
    runs: sorted,
    kept: kept
      .map((v) => [json(v), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, v]) => v),
  };
}

/** Kept entries of both: each entry as many times as the side holding it more often (so merging is idempotent). */
function unionKept(a: unknown[], b: unknown[]): unknown[] {
  const count = (list: unknown[]) =>
    list.reduce<Map<string, number>>((m, v) => m.set(json(v), (m.get(json(v)) ?? 0) + 1), new Map());
  const inA = count(a);
  const out = [...a];
  for (const [text, n] of count(b))
    for (let i = inA.get(text) ?? 0; i < n; i++) out.push(b.find((v) => json(v) === text));
  return out;
}

/**
 * `<knee-run-log>` runs. Version 1 (before the stored-value layer) was `{ version: 1, runs: [...] }`: its
 * valid runs (the first one of a date) become runs changed at time 0, the rest is kept untouched.
 * Tabs merge run by run (the later change to one run wins; changes to different runs never cancel; a
 * delete is a change too), and keep every kept entry of both.
 */
export const runLogSpec: RecordSpec<RunLogData> = {
  version: 2,
  empty: () => ({ runs: itemMap(), kept: [] }),
  validate: (data): data is RunLogData => isObject(data),
  migrate(stored) {
    const old = stored as { version?: unknown; runs?: unknown };
    if (old?.version !== 1 || !Array.isArray(old.runs)) return undefined;
    const { runs, rejected } = sortRuns(old.runs);
    return canonical(Object.fromEntries(runs.map((run) => [run.date, { value: run, at: 0 }])), rejected);
  },
  merge(current, incoming) {
    const [a, b] = [partsOf(current), partsOf(incoming)];
    return canonical(mergeItems(a.runs, b.runs), unionKept(a.kept, b.kept));
  },
};

const anyValue = (v: unknown): v is unknown => v !== undefined;

/**
 * The run stored under `date`: `null` when there is none (never logged, or deleted), `undefined` when the
 * entry is not a valid run for that date (kept unread).
 */
function runAt(runs: ItemMap<unknown>, date: string): KneeRun | null | undefined {
  const entry = runs[date];
  if (entry === undefined || entry?.value === null) return null;
  // An entry keeps its object from change to change: each is checked once (a log may hold thousands).
  if (checked.has(entry)) return checked.get(entry);
  const run = isItem(entry, anyValue) ? checkRun(entry.value) : [];
  const found = Array.isArray(run) || run.date !== date ? undefined : run;
  if (typeof entry === 'object') checked.set(entry, found);
  return found;
}
const checked = new WeakMap<object, KneeRun | undefined>();

/**
 * The runs to show, oldest first, and what the record holds that cannot be read as runs (kept, never
 * shown): how many entries, and those entries in the record's own shape, for the person to download.
 */
export function readRuns(data: RunLogData): { runs: KneeRun[]; kept: number; unread: RunLogData } {
  const { runs: entries, kept } = partsOf(data);
  const runs: KneeRun[] = [];
  const unread = itemMap<unknown>();
  for (const date of Object.keys(entries)) {
    const run = runAt(entries, date);
    if (run) runs.push(run);
    else if (run === undefined) unread[date] = entries[date];
  }
  return { runs: runs.sort(byDate), kept: kept.length + Object.keys(unread).length, unread: { runs: unread, kept } };
}

/** What changes `before` into `after`, run by run: date → the new run, or `null` for a delete. Runs that stay the same are not in it. */
export function runChanges(before: readonly KneeRun[], after: readonly KneeRun[]): Map<string, KneeRun | null> {
  const was = new Map(before.map((r) => [r.date, r]));
  const changes = new Map<string, KneeRun | null>();
  for (const run of after) {
    const old = was.get(run.date);
    if (old !== run && (!old || json(old) !== json(run))) changes.set(run.date, run);
    was.delete(run.date);
  }
  for (const date of was.keys()) changes.set(date, null);
  return changes;
}

/** A record being changed: a copy of its runs and kept entries, and whether anything changed yet. */
export interface Draft {
  data: RunLogData;
  runs: ItemMap<unknown>;
  kept: unknown[];
  changed: boolean;
}

/** A draft of changes to `data` (`apply` them, then `finish`). */
export function draft(data: RunLogData): Draft {
  const parts = partsOf(data);
  return { data, runs: itemMap(parts.runs), kept: [...parts.kept], changed: false };
}

/**
 * Makes `changes` in the draft, each stamped later than that run's last change. An entry on a changed
 * date that is not a valid run moves to `kept`, untouched (its value, or the whole entry when it is no item).
 */
export function apply(d: Draft, changes: Iterable<[string, KneeRun | null]>): void {
  for (const [date, run] of changes) {
    const now = runAt(d.runs, date);
    if (json(now) === json(run)) continue;
    const entry = d.runs[date];
    if (now === undefined) d.kept.push(isItem(entry, anyValue) ? entry.value : entry);
    const next = { value: run, at: stamp(d.runs, date) };
    if (run) checked.set(next, run); // a run just checked: read as it is
    d.runs[date] = next;
    d.changed = true;
  }
}

/** The record the draft made: its data itself when nothing changed. */
export const finish = (d: Draft): RunLogData => (d.changed ? canonical(d.runs, d.kept) : d.data);

/** `data` with `changes` made (see `apply`); `data` itself when nothing changes. */
export function withChanges(data: RunLogData, changes: ReadonlyMap<string, KneeRun | null>): RunLogData {
  const d = draft(data);
  apply(d, changes);
  return finish(d);
}
