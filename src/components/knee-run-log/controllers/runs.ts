// Kept in the declarations (a named import used only in code is not): strings.d.ts adds `runLog` to
// LocaleTable, so an app type-checking with `skipLibCheck: false` can read `RunLogWords`.
import '../strings.js';
import type { ReactiveControllerHost } from 'lit';
import type { StoredRecord } from '../../../internal/storage.js';
import { StoredRecordController } from '../../../internal/stored-record-controller.js';
import type { LocaleTable } from '../../../internal/strings.js';
import type { CsvFile, CsvRead } from '../csv-read.js';
import type { KneeRun } from '../meta.js';
import { json, readRuns, runChanges, runLogSpec, withChanges, type RunLogData } from '../run-log-store.js';
import { checkRun, sortRuns, type RatingField } from '../runs.js';

/** Gives the page a turn: what follows runs in a later task. */
export const turn = () => new Promise((resolve) => setTimeout(resolve));

/** The run log's interface words, in its language. */
export type RunLogWords = LocaleTable['runLog'];

export interface RunsOptions {
  /** The full key the element's properties name now (`persist`, `storage-key`), or undefined without `persist`. */
  key: () => string | undefined;
  /** Every interface word in the log's language now (its own are `runLog`). */
  words: () => LocaleTable;
  /** A date as the log writes it, in its language now. */
  day: (iso: string) => string;
  /** One console warning per `key`. */
  warn: (key: string, message: string) => void;
  /** The runs shown changed: by the person (`date` the run changed, null for many at once) or elsewhere (null). */
  changed: (date: string | null) => void;
  /** Another record was opened (another key, or none). */
  switched: () => void;
}

/**
 * The runs of one log, its Undo and what it says: the owner of the runs shown. With `persist` they are
 * read from the stored record the element's properties name now (a `StoredRecordController`), every
 * time, so every log with the same key on the page, other tabs and `forgetStoredData()` change what is
 * shown; without it they live in this page only. Each change by the person goes through here: it is
 * saved run by run, the host hears of it, and `say` holds what to announce.
 */
export class RunsController {
  #host: ReactiveControllerHost & HTMLElement;
  #options: RunsOptions;
  #stored: StoredRecordController<RunLogData>;
  /** The runs of this page while nothing is stored (without `persist`). */
  #memory: KneeRun[] = [];
  /** The runs read from the record's value, worked out again whenever that value changes. */
  #fromRecord?: { data: RunLogData } & ReturnType<typeof readRuns>;
  /** The runs last shown or announced, to tell a change made elsewhere from none. */
  #shown: KneeRun[] = [];
  /** What just happened, in the words of the language shown when it renders. */
  say?: () => string;
  /** The runs the last delete removed, for Undo, each with when it was deleted (with `persist`). */
  undo: { run: KneeRun; at?: number }[] | null = null;
  /** The last import, for its rows that could not be read (and how its bytes were read). */
  read?: CsvRead;
  /** How far the import in progress is, 0 to 1 (undefined: none). */
  progress?: number;
  /** Imports started, so that only the latest one adds its runs. */
  #imports = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RunsOptions) {
    this.#host = host;
    this.#options = options;
    this.#stored = new StoredRecordController(host, {
      spec: runLogSpec,
      key: options.key,
      opened: (record) => this.#opened(record),
      changed: () => this.#onStored(),
      warn: (message) => options.warn(`storage:${message}`, message),
    });
  }

  /** The log's words, in its language now. */
  get words(): RunLogWords {
    return this.#options.words().runLog;
  }

  /** The runs shown, oldest first: with `persist` read from the stored record, without it this page's own. */
  get runs(): KneeRun[] {
    return this.#read()?.runs ?? this.#memory;
  }

  /** Makes `runs` (valid, one per date) the log without a change event, as a host's `runs` setter does. */
  replace(runs: KneeRun[]): void {
    this.#write(runs);
    this.#shown = this.runs;
    this.#host.requestUpdate();
  }

  /**
   * Adds the runs of a CSV file (its text, or its bytes in any encoding `decodeCsv` reads); dates already in
   * the log keep their run. The reader is a module of its own, loaded on the first import (see
   * `importFile`). Resolves to how many runs were added: 0 when a newer import started, or the log shown
   * changed (another key, `persist` turned on or off) before it finished, since its runs would then go to
   * another person's log.
   */
  async importCsv(file: CsvFile, today: string): Promise<number> {
    const id = ++this.#imports;
    const key = this.#options.key();
    try {
      const { importFile } = await import('../csv-read.js');
      const added = await importFile(file, today, this, () => id === this.#imports && this.#options.key() === key);
      if (added === undefined && id === this.#imports) this.tell(() => this.words.importStopped);
      return added ?? 0;
    } catch {
      this.tell(() => this.#options.words().notLoaded); // the reader could not be loaded (offline, a missing file)
      return 0;
    } finally {
      if (id === this.#imports) this.show(undefined);
    }
  }

  /** The stored record in use, with `persist` (for the importer). */
  get record(): StoredRecord<RunLogData> | undefined {
    return this.#stored.record;
  }

  /** Shows how far an import is, 0 to 1 (undefined: none). */
  show(progress: number | undefined): void {
    this.progress = progress;
    this.#host.requestUpdate();
  }

  /** Says what happened without a change (`read`: an import's rows that could not be read). */
  tell(say: () => string, read?: CsvRead): void {
    this.say = say;
    this.read = read;
    this.#host.requestUpdate();
  }

  /** Logs a new run (its date is free: the form checked that). */
  add(run: KneeRun): void {
    this.#change(sortRuns([...this.runs, run]).runs, () => this.words.added(this.#options.day(run.date)), run.date);
  }

  /** Sets ratings of the run on `date`; `null` takes a rating back to "not rated". */
  rate(date: string, ratings: Partial<Record<RatingField, number | null>>): void {
    const runs = this.runs.map((r) => (r.date === date ? (checkRun({ ...r, ...ratings }) as KneeRun) : r));
    this.#change(runs, () => this.words.saved(this.#options.day(date)), date);
  }

  /** Deletes the run on `date`, or every run; Undo brings them back. */
  remove(date?: string): void {
    const runs = this.runs;
    const removed = date ? runs.filter((r) => r.date === date) : runs;
    this.#change(
      date ? runs.filter((r) => r.date !== date) : [],
      () => (date ? this.words.deleted(this.#options.day(date)) : this.words.deletedAll),
      date ?? null,
    );
    // With persist, each delete is a dated entry: Undo restores a run only while that entry is unchanged.
    const entries = this.#stored.record?.get().runs;
    this.undo = removed.map((run) => ({ run, at: entries?.[run.date]?.at }));
  }

  /**
   * Undo: the runs the last delete removed come back, each only if nothing changed its date since (a run
   * logged or changed there in another tab or another log on the page is newer: it stays, and the log
   * says how many runs were not brought back).
   */
  restore(): void {
    const entries = this.#stored.record?.get().runs;
    const shown = new Set(this.runs.map((r) => r.date));
    const back = (this.undo ?? [])
      .filter(({ run, at }) => !shown.has(run.date) && (!entries || entries[run.date]?.at === at))
      .map(({ run }) => run);
    const left = (this.undo?.length ?? 0) - back.length;
    const say = () =>
      [back.length ? this.words.restored : '', left ? this.words.notRestored(left) : ''].join(' ').trim();
    this.#change(sortRuns([...back, ...this.runs]).runs, say, null);
  }

  /** What the stored runs' state means for the person, with `persist` (`saving`: after a change was saved). */
  status(saving?: boolean): string {
    const s = this.words;
    const problems = this.#stored.record?.problems() ?? [];
    if (problems.includes('future')) return s.newerVersion;
    if (problems.includes('full') || (saving && problems.includes('blocked'))) return s.saveFailed;
    return problems.length && !saving ? s.unreadable : '';
  }

  /** With `persist`, how many saved entries are not runs (kept in storage as they are, never shown). */
  get unread(): number {
    return this.#read()?.kept ?? 0;
  }

  /** Those entries, as JSON in the record's own shape (`runs` by date, `kept`), for the person to keep. */
  unreadJson(): string {
    return JSON.stringify({ key: this.#stored.record?.key, ...this.#read()?.unread });
  }

  /** With `persist`, storage does not hold the runs shown (it cannot be reached, is full, or holds a newer version's). */
  get unsaved(): boolean {
    return this.#stored.record?.problems().some((p) => p !== 'corrupt') ?? false;
  }

  /** The runs (and the number of entries kept unread) in the stored record's value, with `persist`. */
  #read() {
    const record = this.#stored.record;
    const data = record?.get();
    if (!record || !data) return undefined;
    if (this.#fromRecord?.data !== data) this.#fromRecord = { data, ...readRuns(data) };
    const { kept } = this.#fromRecord;
    if (kept && this.#host.isConnected)
      this.#options.warn(
        `kept:${record.key}`,
        `${kept} saved runs under "${record.key}" are not valid; kept in storage unchanged.`,
      );
    return this.#fromRecord;
  }

  /** Another key (or none) is in use; turning `persist` off keeps the runs shown, now on this page only. */
  #opened(record: StoredRecord<RunLogData> | undefined): void {
    if (!record && this.#fromRecord) this.#memory = this.#fromRecord.runs;
    this.#fromRecord = undefined;
    this.undo = null;
    this.say = record ? () => this.status() : undefined;
    this.#shown = this.runs;
    this.#options.switched();
  }

  /** Another log with the same key on this page, another tab, or forgetting changed the stored runs. */
  #onStored(): void {
    this.say = () => this.status();
    if (this.runs !== this.#shown && json(this.runs) !== json(this.#shown)) this.announce(null);
  }

  /**
   * Makes `runs` the log: on this page, or with `persist` in the stored record, run by run (only the runs
   * that differ from those shown are written, so changes made meanwhile to other runs elsewhere stay).
   * When storage did not take them, says so (and the CSV is offered).
   */
  #write(runs: KneeRun[], next?: RunLogData): void {
    const record = this.#stored.record;
    if (!record) {
      this.#memory = runs;
      return;
    }
    const changes = next ? undefined : runChanges(this.runs, runs);
    if (changes?.size === 0) return;
    record.set(next ?? ((data) => withChanges(data, changes!)));
    if (this.unsaved) this.say = () => this.status(true);
  }

  /** A change by the person (to the run on `date`, or to many): keep, save, tell the host, say what happened. */
  #change(runs: KneeRun[], say: () => string, date: string | null): void {
    this.save(runs, say);
    this.announce(date);
  }

  /** Keeps (and with `persist` saves) a change by the person; `next` is the stored record's new value, when worked out already. */
  save(runs: KneeRun[], say: () => string, next?: RunLogData): void {
    this.undo = null;
    this.say = say;
    this.read = undefined;
    this.#write(runs, next);
  }

  /** Shows the runs as they are now and tells the host (`date`: the run changed, or null; `read`: an import's rows). */
  announce(date: string | null, read?: CsvRead): void {
    if (read) this.read = read;
    this.#shown = this.runs;
    this.#host.requestUpdate();
    this.#options.changed(date);
  }
}
