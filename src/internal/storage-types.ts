/**
 * The stored-value layer's types and key prefixes (see `storage.ts`), apart so that a module that only
 * names a key or a record's format (an element's `meta.ts`) needs none of its code.
 */

/** Reports a problem in words a developer can act on; elements pass their once-only warning. */
export type Warn = (message: string) => void;

/** Every key the library has ever written starts with this. */
export const STORAGE_NAMESPACE = 'knee-advice:';
/** Start of every key the library writes today (`knee-advice:v1:`). */
export const STORAGE_PREFIX = `${STORAGE_NAMESPACE}v1:`;

/** How to read, check, upgrade and combine one kind of stored value. */
export interface RecordSpec<T> {
  /** The format version written now (a whole number from 2 on; 1 is the format before this module). */
  version: number;
  /** The value when nothing (usable) is stored. Must return a fresh value each time. */
  empty: () => T;
  /** Whether `data` (the `data` of a value saved with `version`) has the right shape. */
  validate: (data: unknown) => data is T;
  /** Turns a saved value of an older version (the whole parsed JSON) into `T`; `undefined` when unusable. */
  migrate?: (stored: unknown) => T | undefined;
  /**
   * Combines the value this page holds with an incoming one (another tab's, or the one being `set`).
   * Must be idempotent and order-independent, so that tabs agree whatever the order of events.
   * Default: the incoming value wins.
   */
  merge?: (current: T, incoming: T) => T;
}

/** One element's handle on a shared stored record. */
export interface StoredRecord<T> {
  /** The full localStorage key. */
  readonly key: string;
  /** The value in use: saved data once read, merged with everything set since on this page. */
  get(): T;
  /**
   * Saves a new value (or the result of `update(current)`), merged with what storage holds now, and tells
   * every subscriber of this key on the page. Storage that fails keeps the value in memory with a warning.
   */
  set(next: T | ((current: T) => T)): void;
  /** Calls `listener` after every change of the value that this handle did not make itself (other elements, other tabs, forgetting). Returns the unsubscribe. */
  subscribe(listener: (value: T) => void): () => void;
  /**
   * Why storage does not hold the value in use, as the last read or write found it: `blocked` (storage
   * cannot be reached), `full`, `corrupt` (replaced at the next change) or `future` (a newer version's
   * data, never written over). Empty when storage holds it. For an element that says so in its own words.
   */
  problems(): StorageProblem[];
  /**
   * This handle is no longer used (call it once, after unsubscribing). When no handle uses the key any
   * more, the page forgets the record (it is read afresh when opened again), unless it holds changes
   * storage could not take.
   */
  release(): void;
}

export type Cause = 'blocked' | 'full' | 'corrupt' | 'future';
/** A reason storage does not hold a record's value (see {@link StoredRecord.problems}). */
export type StorageProblem = Cause;
