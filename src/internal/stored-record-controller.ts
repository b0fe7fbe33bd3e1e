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
  /** The record in use is about to change (another key, or none): the previous one, still open when in use. */
  switching?: (previous: StoredRecord<T> | undefined, next: string | undefined) => void;
  /** Another key is now in use (or none): the record just opened for it. */
  opened?: (record: StoredRecord<T> | undefined) => void;
  /** Hears each storage problem (blocked, full, corrupt, a newer version) once. */
  warn?: Warn;
}

/**
 * An element's stored value (see `storage.ts`), in one place for every element that remembers something:
 * it opens the record that the element's properties name *now* (so a script that sets `storageKey` or
 * `persist` and then calls a method acts on the new key in the same task), follows it while the element is
 * connected (re-rendering it when the value changes elsewhere), and lets it go when the element leaves or
 * names another key, so a record nobody uses is released (a record opened by a method of an element that
 * is not in the page is let go after that task). Opening and following never write; only `record.set`
 * does. No storage is used in the server renderer.
 */
export class StoredRecordController<T> implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #options: StoredRecordOptions<T>;
  /** The key the properties named at the last sync (undefined: nothing may be stored). */
  #key?: string;
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

  /** Opens the record the properties name now, if it is not the one open; returns whether the key changed. */
  sync(): boolean {
    const key = isServer ? undefined : this.#options.key();
    const switched = key !== this.#key;
    if (!switched && (this.#record || key === undefined)) return false;
    if (switched) this.#options.switching?.(this.#record, key);
    this.#close();
    this.#key = key;
    if (key !== undefined) {
      // An element out of the page (a late render, a method a script calls) reads and writes, but says
      // nothing, follows nothing, and lets the record go after this task.
      const connected = this.#host.isConnected;
      this.#record = storedRecord(key, this.#options.spec, connected ? this.#options.warn : undefined);
      if (connected) this.#follow();
      else queueMicrotask(() => this.#host.isConnected || this.#close());
    }
    if (switched) {
      this.#host.requestUpdate();
      this.#options.opened?.(this.#record);
    }
    return switched;
  }

  hostConnected(): void {
    if (!this.#unsubscribe) this.#close(); // opened out of the page: open again, to follow it and hear of problems
    this.sync();
    this.#follow();
  }

  hostDisconnected(): void {
    this.#close();
  }

  #follow(): void {
    if (this.#record && !this.#unsubscribe)
      this.#unsubscribe = this.#record.subscribe((value) => {
        this.#host.requestUpdate();
        this.#options.changed?.(value);
      });
  }

  /** Stops following the record and lets it go (opened again when next used). */
  #close(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#record?.release();
    this.#record = undefined;
  }
}
