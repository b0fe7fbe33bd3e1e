/**
 * The one place the run log meets storage: the format of its stored record (`runLogSpec`) and the
 * functions that read runs from it and write changes into it. The element reads its runs from the
 * record every time (see `readRuns`), so every log with the same key on a page, every tab and
 * `forgetStoredData()` change what it shows.
 */
import type { KneeRun } from './meta.js';
import { isItemMap, mergeItems, stamp, STORAGE_PREFIX, type ItemMap, type RecordSpec } from '../../internal/storage.js';
import { checkRun, sortRuns } from './runs.js';

/**
 * The run log as stored (format version 2), under `knee-advice:v1:run-log[:<storage-key>]`.
 * - `runs`: date → the run on that date, with when it last changed (`at`, ms since 1970; 0 for runs
 *   migrated from version 1). A deleted run stays as `value: null` (a tombstone), so a tab that has not
 *   heard of the delete cannot bring it back. A value that is not a valid run for its date (written by
 *   hand, or by a later version of a run) is kept untouched and not shown.
 * - `kept`: saved entries that are not valid runs (from version 1, or moved aside when a run was logged
 *   on their date): never shown, never lost.
 */
export interface RunLogData {
  runs: ItemMap<unknown>;
  kept: unknown[];
}

export const runLogKey = (storageKey?: string) => `${STORAGE_PREFIX}run-log${storageKey ? `:${storageKey}` : ''}`;

const json = (v: unknown) => JSON.stringify(v) ?? 'null';
/** Any value parsed from JSON passes: a value that is not a run is kept untouched, not a reason to drop the record. */
const anyValue = (v: unknown): v is unknown => typeof v !== 'symbol';

/**
 * One form for equal contents whatever the order in which tabs learnt of them (dates sorted, kept entries
 * sorted by their JSON), so a tab can tell "the same" from "holds something the other lacks" by the text.
 */
function canonical(runs: ItemMap<unknown>, kept: unknown[]): RunLogData {
  const sorted: ItemMap<unknown> = {};
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
  empty: () => ({ runs: {}, kept: [] }),
  validate: (data): data is RunLogData =>
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as RunLogData).kept) &&
    isItemMap((data as RunLogData).runs, anyValue),
  migrate(stored) {
    const old = stored as { version?: unknown; runs?: unknown };
    if (old?.version !== 1 || !Array.isArray(old.runs)) return undefined;
    const { runs, rejected } = sortRuns(old.runs);
    return canonical(Object.fromEntries(runs.map((run) => [run.date, { value: run, at: 0 }])), rejected);
  },
  merge: (current, incoming) =>
    canonical(mergeItems(current.runs, incoming.runs), unionKept(current.kept, incoming.kept)),
};

/** The run stored under `date`, `null` when there is none (never logged, or deleted), `undefined` when its value is not a valid run for that date. */
function runAt(data: RunLogData, date: string): KneeRun | null | undefined {
  const value = data.runs[date]?.value ?? null;
  if (value === null) return null;
  const run = checkRun(value);
  return Array.isArray(run) || run.date !== date ? undefined : run;
}

/** The runs to show, oldest first, and how many stored entries are not valid runs (kept, not shown). */
export function readRuns(data: RunLogData): { runs: KneeRun[]; kept: number } {
  const runs: KneeRun[] = [];
  let kept = data.kept.length;
  for (const date of Object.keys(data.runs)) {
    const run = runAt(data, date);
    if (run) runs.push(run);
    else if (run === undefined) kept++;
  }
  return { runs: runs.sort((a, b) => (a.date < b.date ? -1 : 1)), kept };
}

/** What changes `before` into `after`, run by run: date → the new run, or `null` for a delete. Runs that stay the same are not in it. */
export function runChanges(before: readonly KneeRun[], after: readonly KneeRun[]): Map<string, KneeRun | null> {
  const was = new Map(before.map((r) => [r.date, json(r)]));
  const changes = new Map<string, KneeRun | null>();
  for (const run of after) {
    if (was.get(run.date) !== json(run)) changes.set(run.date, run);
    was.delete(run.date);
  }
  for (const date of was.keys()) changes.set(date, null);
  return changes;
}

/**
 * `data` with `changes` made, each stamped later than that run's last change. A value on a changed date
 * that is not a valid run moves to `kept`, untouched. Returns `data` itself when nothing changes.
 */
export function withChanges(data: RunLogData, changes: ReadonlyMap<string, KneeRun | null>): RunLogData {
  const runs = { ...data.runs };
  const kept = [...data.kept];
  let changed = false;
  for (const [date, run] of changes) {
    const now = runAt(data, date);
    if (json(now) === json(run)) continue;
    if (now === undefined) kept.push(data.runs[date].value);
    runs[date] = { value: run, at: stamp(data.runs, date) };
    changed = true;
  }
  return changed ? canonical(runs, kept) : data;
}
