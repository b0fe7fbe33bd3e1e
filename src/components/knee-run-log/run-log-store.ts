/**
 * The one place the run log meets storage. Everything else in the element works on runs in memory, so
 * only this file changes when the library's stored-value layer does.
 */
import type { KneeRun } from '../../internal/events.js';
import { loadStored, saveStored, STORAGE_PREFIX, watchStored } from '../../internal/storage.js';
import { sortRuns } from './runs.js';

type Warn = (message: string) => void;

/** What is saved (format version 1). Entries that fail validation stay in it, untouched. */
interface StoredRunLog {
  version: 1;
  runs: unknown[];
}

export interface LoadedRuns {
  runs: KneeRun[];
  /** Saved entries that are not valid runs: written back unchanged with the next save. */
  kept: unknown[];
  /** `unreadable`: storage blocked or its value corrupt; `newer`: saved by a later format, so read-only here. */
  problem?: 'unreadable' | 'newer';
}

export const runLogKey = (storageKey?: string) => `${STORAGE_PREFIX}run-log${storageKey ? `:${storageKey}` : ''}`;

export function loadRuns(key: string, warn: Warn): LoadedRuns {
  let failed = false;
  const value = loadStored(key, (m) => {
    failed = true;
    warn(m);
  }) as StoredRunLog | undefined;
  if (failed) return { runs: [], kept: [], problem: 'unreadable' };
  if (value === undefined) return { runs: [], kept: [] };
  const version = (value as Partial<StoredRunLog> | null)?.version;
  if (typeof version === 'number' && version > 1) {
    warn(`saved runs under "${key}" are format version ${version}; they are kept unchanged and nothing is saved over them.`);
    return { runs: [], kept: [], problem: 'newer' };
  }
  if (version !== 1 || !Array.isArray(value.runs)) {
    warn(`saved runs under "${key}" are in an unknown format; starting afresh.`);
    return { runs: [], kept: [], problem: 'unreadable' };
  }
  const { runs, rejected } = sortRuns(value.runs);
  if (rejected.length) warn(`${rejected.length} saved runs under "${key}" are not valid; they are kept in storage unchanged.`);
  return { runs, kept: rejected };
}

/** Saves the runs (and the entries kept unread). False when storage refused them. */
export function saveRuns(key: string, runs: readonly KneeRun[], kept: readonly unknown[], warn: Warn): boolean {
  let saved = true;
  const value: StoredRunLog = { version: 1, runs: [...runs, ...kept] };
  saveStored(key, value, (m) => {
    saved = false;
    warn(m);
  });
  return saved;
}

/** Calls `onChange` when another tab changes the saved runs. Returns the unsubscribe. */
export const watchRuns = watchStored;
