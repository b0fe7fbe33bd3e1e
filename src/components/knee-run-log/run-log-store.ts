/**
 * The one place the run log meets storage. Everything else in the element works on runs in memory, so
 * only this file changes when the library's stored-value layer does.
 */
import type { KneeRun } from '../../internal/events.js';
import { loadStored, saveStored, STORAGE_PREFIX, watchStored } from '../../internal/storage.js';
import { sortRuns } from './runs.js';

type Warn = (message: string) => void;

export interface LoadedRuns {
  runs: KneeRun[];
  /** Saved entries that are not valid runs: written back unchanged with the next save. */
  kept: unknown[];
  /** `unreadable`: storage blocked or its value corrupt; `newer`: saved by a later format, so read-only here. */
  problem?: 'unreadable' | 'newer';
}

export const runLogKey = (storageKey?: string) => `${STORAGE_PREFIX}run-log${storageKey ? `:${storageKey}` : ''}`;

/** Reads what `saveRuns` wrote: `{ version: 1, runs }`. Entries that fail validation are kept, untouched. */
export function loadRuns(key: string, warn: Warn): LoadedRuns {
  let failed = false;
  const value = loadStored(key, (m) => {
    failed = true;
    warn(m);
  }) as { version?: unknown; runs?: unknown } | null | undefined;
  const none = { runs: [], kept: [] };
  if (failed) return { ...none, problem: 'unreadable' };
  if (value === undefined) return none;
  const version = value?.version;
  if (typeof version === 'number' && version > 1) {
    warn(`saved runs under "${key}" are format version ${version}; kept unchanged, nothing saved over them.`);
    return { ...none, problem: 'newer' };
  }
  if (version !== 1 || !Array.isArray(value?.runs)) {
    warn(`saved runs under "${key}" are in an unknown format; starting afresh.`);
    return { ...none, problem: 'unreadable' };
  }
  const { runs, rejected } = sortRuns(value.runs);
  if (rejected.length) warn(`${rejected.length} saved runs under "${key}" are not valid; kept in storage unchanged.`);
  return { runs, kept: rejected };
}

/** Saves the runs (and the entries kept unread). False when storage refused them. */
export function saveRuns(key: string, runs: readonly KneeRun[], kept: readonly unknown[], warn: Warn): boolean {
  let saved = true;
  saveStored(key, { version: 1, runs: [...runs, ...kept] }, (m) => {
    saved = false;
    warn(m);
  });
  return saved;
}

/** Calls `onChange` when another tab changes the saved runs. Returns the unsubscribe. */
export const watchRuns = watchStored;
