/**
 * The one place where the library remembers anything on the device.
 *
 * A *stored record* is one value saved as JSON under one localStorage key. It is
 * - **namespaced**: every key starts with `knee-advice:` ({@link STORAGE_NAMESPACE}); today's keys start
 *   with {@link STORAGE_PREFIX} (`knee-advice:v1:`, the key generation; the format version lives inside);
 * - **versioned**: the value is saved as `{ "version": N, "data": … }`; older formats (including the
 *   version-1 shapes written before this module) are read through `migrate`, a newer version is left
 *   untouched and the page works in memory;
 * - **validated on read**: data that fails `validate` counts as corrupt, never as state;
 * - **tolerant**: storage that cannot be reached, is full, holds corrupt data or data of a newer version
 *   never throws at the caller; the value then lives in memory for this page, and each element that
 *   opened the record hears about each cause once, through the `warn` it passed;
 * - **shared**: every handle for one key in one page shares one in-memory record, and every subscriber
 *   hears about every change, whichever handle made it;
 * - **synced across tabs** through the `storage` event, with `merge` combining this page's value with the
 *   other tab's (see {@link mergeItems} for per-item merging with timestamps).
 *
 * Nothing is written until a handle's `set` is called: opening, reading and migrating write nothing.
 * Elements open records only with `persist`, so without it nothing reaches storage.
 *
 * @example (the player's remembered position; `positionSpec` lives in src/components/knee-exercise-player/position-store.ts)
 * const positions = storedRecord(`${STORAGE_PREFIX}player:${key}`, positionSpec, (m) => this.warnOnce('storage', m));
 * const { time, speed } = positions.get();
 * positions.set({ time: 12.5, speed: 1, at: Date.now() });
 * const stop = positions.subscribe(() => this.requestUpdate()); // call stop() when disconnected
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
}

type Cause = 'blocked' | 'full' | 'corrupt' | 'future';
/** A reason storage does not hold a record's value (see {@link StoredRecord.problems}). */
export type StorageProblem = Cause;

interface Shared {
  key: string;
  spec: RecordSpec<unknown>;
  value: unknown;
  loaded: boolean;
  /** Why storage is not the owner of the value right now, with the message for each cause. */
  causes: Map<Cause, string>;
  /** Handles with subscribers; each listener knows its handle so it is not told about its own change. */
  listeners: Set<{ from: object; call: (value: unknown) => void }>;
}

const records = new Map<string, Shared>();

type Read =
  | { state: 'empty' }
  | { state: 'value'; value: unknown; raw: string }
  | { state: 'blocked'; message: string }
  | { state: 'corrupt' | 'future'; raw: string };

const storage = (): Storage => globalThis.localStorage;

function readRaw(key: string): { raw: string | null } | { error: string } {
  try {
    return { raw: storage().getItem(key) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function decode(spec: RecordSpec<unknown>, raw: string | null): Read {
  if (raw === null) return { state: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { state: 'corrupt', raw };
  }
  const version = typeof parsed === 'object' && parsed !== null ? (parsed as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > spec.version) return { state: 'future', raw };
  if (version === spec.version) {
    const data = (parsed as { data?: unknown }).data;
    return spec.validate(data) ? { state: 'value', value: data, raw } : { state: 'corrupt', raw };
  }
  const migrated = spec.migrate?.(parsed);
  return migrated !== undefined && spec.validate(migrated)
    ? { state: 'value', value: migrated, raw }
    : { state: 'corrupt', raw };
}

function read(shared: Shared): Read {
  const got = readRaw(shared.key);
  if ('error' in got) return { state: 'blocked', message: got.error };
  return decode(shared.spec, got.raw);
}

const MESSAGES = {
  blocked: (key: string, why: string) =>
    `cannot use saved progress under "${key}" (${why}); changes are kept in memory on this page only.`,
  full: (key: string, why: string) =>
    `cannot save progress under "${key}" (${why}); changes are kept in memory on this page only.`,
  corrupt: (key: string) =>
    `saved progress under "${key}" is not readable; starting afresh (it is replaced at the next change).`,
  future: (key: string) =>
    `saved progress under "${key}" was written by a newer version of knee-advice; it is left as it is, and changes are kept in memory on this page only.`,
};

/** Records what a read found; returns the value it yields, if any. */
function note(shared: Shared, found: Read): unknown {
  shared.causes.delete('corrupt');
  shared.causes.delete('future');
  if (found.state === 'blocked') shared.causes.set('blocked', MESSAGES.blocked(shared.key, found.message));
  else shared.causes.delete('blocked');
  if (found.state === 'corrupt' || found.state === 'future')
    shared.causes.set(found.state, MESSAGES[found.state](shared.key));
  return found.state === 'value' ? found.value : undefined;
}

function load(shared: Shared): void {
  if (shared.loaded) return;
  // After a failed write or an unusable read, the page holds changes storage lacks: keep them, merged.
  const memoryOnly = shared.causes.has('full') || shared.causes.has('blocked') || shared.causes.has('future');
  const found = read(shared);
  const value = note(shared, found);
  const merge = shared.spec.merge;
  if (found.state === 'value') shared.value = memoryOnly && merge ? merge(shared.value, value) : value;
  else if (found.state === 'empty' && !memoryOnly) shared.value = shared.spec.empty();
  shared.loaded = true;
}

function write(shared: Shared, value: unknown): boolean {
  try {
    storage().setItem(shared.key, JSON.stringify({ version: shared.spec.version, data: value }));
    shared.causes.delete('full');
    return true;
  } catch (error) {
    const cause: Cause = (error as DOMException).name === 'QuotaExceededError' ? 'full' : 'blocked';
    const message = (error as Error).message;
    shared.causes.set(
      cause,
      cause === 'full' ? MESSAGES.full(shared.key, message) : MESSAGES.blocked(shared.key, message),
    );
    return false;
  }
}

function tell(shared: Shared, from: object | null): void {
  for (const listener of [...shared.listeners]) if (listener.from !== from) listener.call(shared.value);
}

let listening = false;
function listenToOtherTabs(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('storage', (event) => {
    if (event.storageArea && event.storageArea !== safeStorage()) return;
    for (const shared of records.values()) {
      if (event.key !== null && event.key !== shared.key) continue;
      if (!shared.listeners.size) {
        shared.loaded = false; // read afresh (and merged) when next used
        continue;
      }
      fromOtherTab(shared, event.key === null ? read(shared) : decode(shared.spec, event.newValue));
    }
  });
}

function safeStorage(): Storage | undefined {
  try {
    return storage();
  } catch {
    return undefined;
  }
}

/** Another tab wrote (or removed, or cleared) the value; `found` is what storage holds now. */
function fromOtherTab(shared: Shared, found: Read): void {
  const before = JSON.stringify(shared.value);
  const value = note(shared, found);
  if (found.state === 'empty') {
    // Removed (forgotten) in another tab: forget here too.
    shared.value = shared.spec.empty();
  } else if (found.state === 'value') {
    const merged = shared.spec.merge ? shared.spec.merge(shared.value, value) : value;
    shared.value = merged;
    // The other tab did not know of a change made here at the same moment: save the union.
    if (JSON.stringify(merged) !== JSON.stringify(value)) write(shared, merged);
  }
  if (JSON.stringify(shared.value) !== before) tell(shared, null);
}

/**
 * Opens the stored record under `key`. Every call with the same key in one page shares one in-memory
 * record (the first call's `spec` is used). `warn` hears each cause of trouble (storage blocked, full,
 * corrupt data, data of a newer version) at most once for this handle. Opening writes nothing.
 */
export function storedRecord<T>(key: string, spec: RecordSpec<T>, warn: Warn = () => {}): StoredRecord<T> {
  let shared = records.get(key);
  if (!shared) {
    shared = {
      key,
      spec: spec as RecordSpec<unknown>,
      value: spec.empty(),
      loaded: false,
      causes: new Map(),
      listeners: new Set(),
    };
    records.set(key, shared);
  }
  listenToOtherTabs();
  const s = shared;
  const told = new Set<Cause>();
  const handle = {};
  const report = () => {
    for (const [cause, message] of s.causes) {
      if (told.has(cause)) continue;
      told.add(cause);
      warn(message);
    }
  };
  return {
    key,
    get() {
      load(s);
      report();
      return s.value as T;
    },
    set(next) {
      load(s);
      const value = typeof next === 'function' ? (next as (current: T) => T)(s.value as T) : next;
      const found = read(s);
      const stored = note(s, found);
      const merge = s.spec.merge;
      s.value = stored !== undefined && merge ? merge(stored, value) : value;
      // Never overwrite what could not be read, or what a newer version wrote.
      const written = found.state !== 'blocked' && found.state !== 'future' && write(s, s.value);
      report();
      if (written) s.causes.delete('corrupt');
      tell(s, handle);
    },
    subscribe(listener) {
      if (!s.listeners.size) s.loaded = false; // nobody followed the other tabs meanwhile: read again, merged
      const entry = {
        from: handle,
        call: (value: unknown) => {
          report();
          listener(value as T);
        },
      };
      s.listeners.add(entry);
      return () => s.listeners.delete(entry);
    },
    problems() {
      load(s);
      report();
      return [...s.causes.keys()];
    },
  };
}

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

/**
 * Deletes everything knee-advice stored on this device (every element, every key, old and new formats)
 * and tells the elements on the page, which then show nothing remembered. Other open tabs hear of it
 * through the `storage` event and forget too. Elements with `persist` save again only when the person
 * next changes something. Never throws; returns the number of keys removed.
 *
 * @example
 * import { forgetStoredData } from 'knee-advice';
 * forgetButton.addEventListener('click', () => forgetStoredData());
 */
export function forgetStoredData(): number {
  let removed = 0;
  for (const area of [safeStorage(), safeSession()]) {
    if (!area) continue;
    try {
      const keys: string[] = [];
      for (let i = 0; i < area.length; i++) {
        const key = area.key(i);
        if (key?.startsWith(STORAGE_NAMESPACE)) keys.push(key);
      }
      for (const key of keys) area.removeItem(key);
      removed += keys.length;
    } catch {
      // Storage that cannot be reached holds nothing of ours to forget.
    }
  }
  for (const shared of records.values()) {
    shared.value = shared.spec.empty();
    shared.loaded = true;
    shared.causes.clear();
    tell(shared, null);
  }
  return removed;
}

function safeSession(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
