/**
 * localStorage that can fail in every way a browser fails it (no access at all in private modes and
 * sandboxed frames, quota on write, corrupt values) without ever throwing at the caller.
 * Each function reports a failure through `warn`, which elements pass as their once-only warning.
 */
type Warn = (message: string) => void;

/** Namespace and format version of every key the library writes. */
export const STORAGE_PREFIX = 'knee-advice:v1:';

export function loadStored(key: string, warn: Warn): unknown {
  let raw: string | null;
  try {
    raw = globalThis.localStorage.getItem(key);
  } catch (error) {
    warn(`cannot read saved progress (${(error as Error).message}); it is kept in memory only.`);
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    warn(`saved progress under "${key}" is not readable; starting afresh.`);
    return undefined;
  }
}

export function saveStored(key: string, value: unknown, warn: Warn): void {
  try {
    globalThis.localStorage.setItem(key, JSON.stringify(value));
  } catch (error) {
    warn(`cannot save progress (${(error as Error).message}); it is kept in memory only.`);
  }
}

/** Calls `onChange` when another tab changes `key` (or clears storage). Returns the unsubscribe. */
export function watchStored(key: () => string, onChange: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === null || event.key === key()) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
