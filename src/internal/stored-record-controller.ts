import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { storedRecord, type RecordSpec, type StoredRecord, type Warn } from './storage.js';

export interface StoredRecordOptions<T> {
  /** How the value is read, checked, upgraded and merged. */
  spec: RecordSpec<T>;
  /**
   * The full key the element's properties name now (`persist`, `storage-key`, `src`…), or undefined when
   * nothing may be stored (without `persist`). Read afresh whenever the record is used.
   */
  key: () => string | undefined;
  /** The value changed elsewhere: another element with the same key, another tab, `forgetStoredData()`. */
  changed?: (value: T) => void;
  /** The record in use is about to change (another key, or none): the previous one, still open. */
  switching?: (previous: StoredRecord<T> | undefined, next: string | undefined) => void;
  /** Hears each storage problem (blocked, full, corrupt, a newer version) once. */
  warn?: Warn;
}

/**
 * An element's stored value (see `storage.ts`), in one place for every element that remembers something:
 * it opens the record that the element's properties name *now* (so a script that sets `storageKey` or
 * `persist` and then calls a method acts on the new key in the same task), follows it while the element is
 * connected (re-rendering it when the value changes elsewhere), and lets it go when the element leaves or
 * names another key. Opening and following never write; only `record.set` does. No storage is used in the
 * server renderer.
 */
export class StoredRecordController<T> implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #options: StoredRecordOptions<T>;
  #record?: StoredRecord<T>;
  #unsubscribe?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StoredRecordOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The record the element's properties name now, or undefined when nothing may be stored. */
  get record(): StoredRecord<T> | undefined {
    this.sync();
    return this.#record;
  }

  /** Opens the record the properties name now, if it is not the one open; returns whether it changed. */
  sync(): boolean {
    const key = isServer ? undefined : this.#options.key();
    if (this.#record?.key === key) return false;
    this.#options.switching?.(this.#record, key);
    this.#stopFollowing();
    this.#record = key === undefined ? undefined : storedRecord(key, this.#options.spec, this.#options.warn);
    if (this.#host.isConnected) this.#follow();
    this.#host.requestUpdate();
    return true;
  }

  hostConnected(): void {
    this.sync();
    this.#follow();
  }

  hostDisconnected(): void {
    this.#stopFollowing();
  }

  #follow(): void {
    if (this.#record && !this.#unsubscribe)
      this.#unsubscribe = this.#record.subscribe((value) => {
        this.#host.requestUpdate();
        this.#options.changed?.(value);
      });
  }

  #stopFollowing(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
