import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { headingLevelConverter, KneeElement, numberConverter } from '../../internal/base.js';
import { heading } from '../../internal/heading.js';
import { addEnglish } from '../../internal/locale.js';
import { PrerenderedController } from '../../internal/prerendered.js';
import { followPrinting } from './controllers/print.js';
import { RunsController, turn } from './controllers/runs.js';
import type { CsvFile } from './csv-read.js';
import { saveCsv, toCsv } from './csv.js';
import { formatDay, isoDay } from './dates.js';
import { runLogStyles } from './knee-run-log.styles.js';
import { parts, tag, type KneeRun } from './meta.js';
import { lastSentences } from './quote.js';
import { followUpForms, RATINGS, sortRuns, UNITS, type RatingField } from './runs.js';
import { runLogKey } from './run-log-store.js';
import { blankMovedForms, followUpsSection } from './render/follow-ups.js';
import { logForm, readRunForm } from './render/form.js';
import { patternSection } from './render/pattern.js';
import { PAGE, runsSection } from './render/table.js';
import { statusArea } from './render/status.js';
import type { Problem, RunLogView } from './render/view.js';
import { english } from './strings.js';

addEnglish(english);

/**
 * "Pay attention to how the knee feels in the day or two after a run": a runner logs each run with how
 * the knee felt during it, answers "the day after" and "two days after" when they come back, and sees
 * the pattern as a chart, a table and a sentence that only describes. The physio gets a CSV file or a
 * printout. Nothing is stored without `persist`, and nothing is ever sent anywhere.
 *
 * @tagname knee-run-log
 * @summary A log of runs with how the knee felt during, the day after and two days after, for the runner and their physio.
 *
 * @slot guidance - The clinic's own guidance, shown with the pattern (the log itself gives no advice).
 *
 * @fires {CustomEvent<KneeRunLogChangeDetail>} knee-run-log-change - On every change by the person (or, with `persist`, by another tab, another log with the same `storage-key` on the page, or `forgetStoredData()`): `{ runs, date }`, runs oldest first, `date` the run the person changed (null when many changed at once or the change came from elsewhere).
 *
 * @csspart run-log - The `<section>` element.
 * @csspart run-log-heading - The heading.
 * @csspart section-heading - The headings of its parts (recent runs, log a run, the pattern, every run).
 * @csspart quote - The article's sentences about the day or two after a run.
 * @csspart message - What just happened (a polite live region).
 * @csspart follow-ups - The questions waiting about recent runs.
 * @csspart form - The "Log a run" form.
 * @csspart rating - Each 0–10 scale (a radio group).
 * @csspart add-button - "Add run".
 * @csspart save-button - "Save" of each follow-up question and of a run's changed ratings.
 * @csspart change-button - Each run's "Change" (opens its ratings).
 * @csspart pattern - The sentence describing the pattern.
 * @csspart chart - The SVG chart of the last 10 runs.
 * @csspart limit-line - The clinic's reference line on the chart.
 * @csspart legend - The chart's key (with the clinic's line and its label).
 * @csspart table - The table of every run.
 * @csspart pager - The newer / older runs buttons.
 * @csspart actions - The row of Download, Print, Import and Delete all.
 * @csspart download-button - "Download CSV".
 * @csspart print-button - "Print".
 * @csspart import-button - "Import CSV".
 * @csspart delete-button - Each run's "Delete".
 * @csspart delete-all-button - "Delete all".
 * @csspart run-log-undo-button - "Undo" after a delete.
 *
 * @cssprop --knee-error - Colour of error messages and their fields.
 */
export class KneeRunLog extends KneeElement {
  /** @internal */
  static tagName = tag;
  /** Every `::part` this element exposes; `<knee-advice>` forwards them all. */
  static parts = parts;
  static styles = [KneeElement.styles, runLogStyles];

  /**
   * Level of the log's heading, 1–6 (default 2); its parts use the next level (6 leaves them none: the
   * heading then uses 5, with a warning).
   */
  @property({ attribute: 'heading-level', reflect: true, useDefault: true, converter: headingLevelConverter })
  headingLevel = 2;
  /** Unit of new distances (default `km`); each run keeps the unit it was logged in. */
  @property({ reflect: true, useDefault: true }) units: 'km' | 'mi' = 'km';
  /** The clinic's own reference line on the chart, 0–10. None by default: the log sets no threshold of its own. */
  @property({ attribute: 'pain-limit', reflect: true, converter: numberConverter }) painLimit?: number;
  /** The words for that line in the chart's key and its accessible name (default "Your clinic's line (N)"). */
  @property({ attribute: 'pain-limit-label', reflect: true }) painLimitLabel?: string;
  /**
   * Remember runs on this device (localStorage). Off by default: nothing is stored. With it, every log
   * with the same `storage-key` on the page and in other tabs shows the same runs; nothing is written
   * until the runs change.
   */
  @property({ type: Boolean, reflect: true }) persist = false;
  /** Keeps this log apart from others on the site; saved under `knee-advice:v1:run-log:<storage-key>`. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey?: string;
  /** The clock: "today" is the local date of what it returns. Replace it to show the log as of another day. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The runs, their Undo and what the log says: in this page, or with `persist` in the stored record. */
  #runs = new RunsController(this, {
    key: () => (this.persist ? this.storageKeyInUse : undefined),
    words: () => this.t,
    day: (iso) => this.#day(iso),
    warn: (key, message) => this.warnOnce(key, message),
    changed: (date) => this.emit('knee-run-log-change', { runs: this.runs, date }),
    switched: () => (this.#page = 0),
  });
  /** Problems by form field (or follow-up form name). */
  #errors: Record<string, Problem> = {};
  #page = 0;
  #print = followPrinting(this);
  /** The date of the run whose ratings are open for a change. */
  #editing?: string;
  #levels = { title: 2, sections: 3 };
  #units: 'km' | 'mi' = 'km';
  #limit?: number;

  constructor() {
    super();
    new PrerenderedController(this); // markup made by knee-advice/prerender: rendered into afresh
  }

  /** The full localStorage key in use. */
  get storageKeyInUse(): string {
    return runLogKey(this.storageKey);
  }

  /**
   * Every run, oldest first. Setting it (e.g. from a host's own app) keeps the valid runs, one per date, and
   * fires no event; with `persist` the runs that differ from the saved ones are saved (a run left out is
   * deleted), and setting the runs already shown writes nothing. Runs set before the element's code
   * arrived (it loads on first use) are kept.
   */
  @property({ attribute: false, noAccessor: true })
  get runs(): KneeRun[] {
    return this.#runs.runs.map((r) => ({ ...r }));
  }
  set runs(values: KneeRun[]) {
    const { runs, rejected } = sortRuns(Array.isArray(values) ? values : []);
    if (rejected.length)
      this.warnOnce(
        `runs${rejected.length}`,
        `${rejected.length} of the runs set were left out (not valid, or a date repeated).`,
      );
    this.#page = 0;
    this.#runs.replace(runs);
  }

  /** The log as a CSV file's text: what "Download CSV" saves. */
  toCsv(): string {
    return toCsv(this.#runs.runs);
  }

  /**
   * Adds the runs of a CSV file, its text or the file itself, as spreadsheets save it (see docs/run-log.md);
   * dates already in the log keep their run. Shows what happened and resolves to how many runs were added.
   */
  importCsv(file: CsvFile): Promise<number> {
    return this.#runs.importCsv(file, this.#today());
  }

  /** The first render waits a task, and one more while the date formats load: each takes a short task. */
  protected async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) {
      await turn();
      this.#day('1970-01-01');
      await turn();
    }
    return super.scheduleUpdate();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#levels = this.levels(this.headingLevel, true);
    this.#units = this.oneOf('units', this.units, UNITS, 'km');
    this.#page = Math.min(this.#page, Math.max(0, Math.ceil(this.#runs.runs.length / PAGE) - 1));
    const [limit, bad] = [this.painLimit, `pain-limit="${this.painLimit}"`];
    this.#limit = typeof limit === 'number' && limit >= 0 && limit <= 10 ? limit : undefined;
    if (limit != null && this.#limit === undefined)
      this.warnOnce(bad, `${bad} is not a number from 0 to 10; no line is drawn.`);
  }

  /** A date in the element's language. */
  #day = (iso: string, short?: boolean) => formatDay(iso, this.locale.lang, short);
  #today = () => isoDay(this.now());

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #onAdd(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const read = readRunForm(form, this.#units, this.#today(), (d) => this.#runs.runs.some((r) => r.date === d));
    this.#errors = read.errors ?? {};
    const first = ['date', 'distance', 'duration', 'during'].find((f) => this.#errors[f]);
    if (first) {
      this.requestUpdate();
      void this.#focus(first === 'during' ? '[name=during]' : `#${first}`);
      return;
    }
    this.#runs.add(read.run!);
    form.reset();
  }

  /** "Save" of a follow-up question (one scale) or of a run's changed ratings (one scale per rating due). */
  #onRate(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const [date, field] = form.name.split(' ');
    const data = new FormData(form);
    const given = RATINGS.filter((f) => data.has(f));
    this.#errors = given.length ? {} : { [form.name]: field as RatingField };
    if (!given.length) return this.requestUpdate();
    form.reset();
    this.#editing = undefined;
    this.#runs.rate(date, Object.fromEntries(given.map((f) => [f, data.get(f) === '' ? null : Number(data.get(f))])));
    void this.#focus('[part=message]');
  }

  /** Opens (or, with no date, closes) the ratings of a run for a change, and moves focus there (or back). */
  async #edit(date?: string): Promise<void> {
    const was = this.#editing;
    this.#editing = date;
    this.requestUpdate();
    await this.updateComplete;
    const form = this.renderRoot.querySelector<HTMLFormElement>('.change');
    (
      form?.querySelector<HTMLElement>(':checked') ??
      this.renderRoot.querySelector<HTMLElement>(`[part=change-button][value="${was}"]`)
    )?.focus();
  }

  #undo = () => {
    this.#runs.restore();
    void this.#focus('[part=message]');
  };

  #download(): void {
    saveCsv(this.#runs.runs, `knee-run-log-${this.#today()}.csv`);
  }

  #onFile(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.importCsv(file);
  }

  protected updated(): void {
    blankMovedForms(this.renderRoot);
  }

  protected render() {
    const s = this.t.runLog;
    const runs = this.#runs.runs;
    const v: RunLogView = {
      t: this.t,
      s,
      lang: this.locale.lang,
      today: this.#today(),
      day: this.#day,
      level: this.#levels.sections,
      errors: this.#errors,
    };
    const paragraph = this.content.sections.find((x) => x.id === 'flare-up')?.paragraphs.at(-1) ?? '';
    return html`<section part="run-log" class="run-log" aria-labelledby="heading" dir=${this.locale.dir ?? nothing} lang=${this.locale.textLang ?? nothing}>
      ${heading(this.#levels.title, 'heading', 'run-log-heading', s.heading)}
      <blockquote part="quote">
        <p>${lastSentences(paragraph)}</p>
        <footer>${this.t.quoteCredit(this.credit)}</footer>
      </blockquote>
      ${statusArea(v, this.#runs, { undo: this.#undo, download: this.#download })} ${followUpsSection(v, followUpForms(runs, v.today), this.#onRate)}
      ${logForm(v, this.#units, this.#onAdd)}
      ${patternSection(v, runs, { value: this.#limit, label: this.painLimitLabel })}
      ${runsSection(
        v,
        { runs, page: this.#page, printAll: this.#print.printing, editing: this.#editing },
        {
          page: (n) => {
            this.#page = n;
            this.requestUpdate();
          },
          edit: (date) => void this.#edit(date),
          remove: (date) => {
            this.#runs.remove(date);
            void this.#focus('[part=run-log-undo-button]');
          },
          rate: this.#onRate,
          download: this.#download,
          file: this.#onFile,
        },
      )}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-run-log': KneeRunLog;
  }
}
