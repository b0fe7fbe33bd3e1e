import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { headingLevelConverter, KneeElement, numberConverter } from '../../internal/base.js';
import { addEnglish } from '../../internal/locale.js';
import type { KneeRun } from './meta.js';
import { heading } from '../../internal/heading.js';
import { storedRecord, type StoredRecord } from '../../internal/storage.js';
import { bars, CHART_RUNS, PLOT, slotCentre, yOf } from './chart.js';
import { readCsv, toCsv, type CsvRead } from './csv.js';
import { daysBetween, formatAmount, formatDay, isoDay } from './dates.js';
import { runLogStyles } from './knee-run-log.styles.js';
import { parts, tag } from './meta.js';
import { english } from './strings.js';
import { readRuns, runChanges, runLogKey, runLogSpec, withChanges, type RunLogData } from './run-log-store.js';
import {
  checkRun,
  followUps,
  mergeRuns,
  num,
  RATINGS,
  sameOrBetter,
  sortRuns,
  UNITS,
  type FollowUp,
  type RatingField,
  type RunProblem,
} from './runs.js';

/** Rows of the table per page: the newest runs first, the rest a page at a time. */
const PAGE = 10;
const SCALE = [...Array(11).keys()];
addEnglish(english);

type Problem = RunProblem | 'taken';
type Field = 'date' | 'distance' | 'duration' | 'note';

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

  /** The runs of this page while nothing is stored (without `persist`). */
  #memory: KneeRun[] = [];
  /** The stored runs, with `persist`: the owner of the runs, shared by every log with the same key on the page. */
  #record?: StoredRecord<RunLogData>;
  #stopFollowing?: () => void;
  /** The runs read from the record's value, worked out again whenever that value changes. */
  #fromRecord?: { data: RunLogData; runs: KneeRun[]; kept: number };
  /** The runs last shown or announced, to tell a change made elsewhere from none. */
  #shown = '';
  /** What just happened, in the words of the language shown when it renders. */
  #say?: () => string;
  /** The runs the last delete removed, for Undo. */
  #undo: KneeRun[] | null = null;
  /** The last import, for its rows that could not be read. */
  #read?: CsvRead;
  /** Problems by form field (or follow-up form name). */
  #errors: Record<string, Problem> = {};
  #page = 0;
  #printAll = false;
  /** The date of the run whose ratings are open for a change. */
  #editing?: string;
  #levels = { title: 2, sections: 3 };
  #units: 'km' | 'mi' = 'km';
  #limit?: number;

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
    return this.#runs.map((r) => ({ ...r }));
  }
  set runs(values: KneeRun[]) {
    const { runs, rejected } = sortRuns(Array.isArray(values) ? values : []);
    if (rejected.length)
      this.warnOnce(
        `runs${rejected.length}`,
        `${rejected.length} of the runs set are not valid runs (or repeat a date) and were left out.`,
      );
    this.#follow();
    this.#page = 0;
    this.#write(runs);
    this.#shown = JSON.stringify(this.#runs);
    this.requestUpdate();
  }

  /** The log as a CSV file's text: what "Download CSV" saves. */
  toCsv(): string {
    return toCsv(this.#runs);
  }

  /** Adds the runs of a CSV file's text (dates already in the log keep their run); shows what happened and returns how many runs were added. */
  importCsv(text: string): number {
    const read = readCsv(typeof text === 'string' ? text : '', this.#today()); // a page may hand over anything
    const { runs, added, kept } = mergeRuns(this.#runs, read.runs);
    const say = () => (read.notCsv ? '' : this.#s.imported(added) + (kept ? ` ${this.#s.kept(kept)}` : ''));
    if (added) this.#change(runs, say, null);
    else this.#say = say;
    this.#read = read;
    this.requestUpdate();
    return added;
  }

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
    this.#follow();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
    this.#stopFollowing?.();
    this.#stopFollowing = undefined;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#levels = this.levels(this.headingLevel, true);
    this.#units = this.oneOf('units', this.units, UNITS, 'km');
    const limit = this.painLimit;
    this.#limit = typeof limit === 'number' && limit >= 0 && limit <= 10 ? limit : undefined;
    if (limit != null && this.#limit === undefined)
      this.warnOnce(
        `pain-limit=${limit}`,
        `pain-limit="${limit}" is not valid; use a number from 0 to 10. No line is drawn.`,
      );
    if (changed.has('persist') || changed.has('storageKey')) this.#follow();
  }

  get #s() {
    return this.t.runLog;
  }
  /** A date in the element's language. */
  #day = (iso: string, short?: boolean) => formatDay(iso, this.locale.lang, short);
  #warn = (message: string) => this.warnOnce(`storage:${message}`, message);
  #today = () => isoDay(this.now());
  #onPrint = (e: Event) => {
    this.#printAll = e.type === 'beforeprint';
    this.requestUpdate();
  };

  /** Words for one problem of a run (an import row, a form field). */
  #problem(p: Problem): string {
    const s = this.#s;
    return p in s.series
      ? s.problems.rating(s.series[p as RatingField])
      : s.problems[p as Exclude<Problem, RatingField>];
  }

  /** The runs shown, oldest first: with `persist` read from the stored record every time, without it this page's own. */
  get #runs(): KneeRun[] {
    return this.#stored()?.runs ?? this.#memory;
  }

  /** The runs (and the number of entries kept unread) in the stored record's value, with `persist`. */
  #stored() {
    const data = this.#record?.get();
    if (!data) return undefined;
    if (this.#fromRecord?.data !== data) {
      this.#fromRecord = { data, ...readRuns(data) };
      const { kept } = this.#fromRecord;
      if (kept)
        this.warnOnce(
          `kept:${this.#record!.key}`,
          `${kept} saved runs under "${this.#record!.key}" are not valid; kept in storage unchanged.`,
        );
    }
    return this.#fromRecord;
  }

  /** Opens the stored runs that match `persist` and `storage-key` (reading, never writing), and follows them. */
  #follow(): void {
    const key = this.persist ? this.storageKeyInUse : undefined;
    if (this.#record?.key !== key) {
      this.#stopFollowing?.();
      this.#stopFollowing = undefined;
      // Turning `persist` off keeps the runs shown, now on this page only.
      if (this.#record && key === undefined) this.#memory = this.#runs;
      this.#record = key === undefined ? undefined : storedRecord(key, runLogSpec, this.#warn);
      this.#undo = null;
      this.#page = 0;
      this.#say = this.#record ? () => this.#status() : undefined;
      this.#shown = JSON.stringify(this.#runs);
      this.requestUpdate();
    }
    if (this.#record && this.isConnected && !this.#stopFollowing)
      this.#stopFollowing = this.#record.subscribe(this.#onStored);
  }

  /** Another log with the same key on this page, another tab, or forgetting changed the stored runs. */
  #onStored = () => {
    this.#say = () => this.#status();
    this.#page = Math.min(this.#page, Math.max(0, Math.ceil(this.#runs.length / PAGE) - 1));
    this.requestUpdate();
    const shown = JSON.stringify(this.#runs);
    if (shown === this.#shown) return;
    this.#shown = shown;
    this.emit('knee-run-log-change', { runs: this.runs, date: null });
  };

  /** What the stored runs' state means for the person, with `persist`. */
  #status(): string {
    const s = this.#s;
    const problems = this.#record?.problems() ?? [];
    if (problems.includes('future')) return s.newerVersion;
    if (problems.includes('full')) return s.saveFailed;
    if (problems.length) return s.unreadable;
    const kept = this.#stored()?.kept ?? 0;
    return kept ? s.keptEntries(kept) : '';
  }

  /** With `persist`, storage does not hold the runs shown (it cannot be reached, is full, or holds a newer version's): offer the CSV. */
  #unsaved(): boolean {
    return this.#record?.problems().some((p) => p !== 'corrupt') ?? false;
  }

  /**
   * Makes `runs` the log: on this page, or with `persist` in the stored record, run by run (only the runs
   * that differ from those shown are written, so changes made meanwhile to other runs elsewhere stay).
   * When storage did not take them, says so (and the CSV is offered).
   */
  #write(runs: KneeRun[]): void {
    const record = this.#record;
    if (!record) {
      this.#memory = runs;
      return;
    }
    const changes = runChanges(this.#runs, runs);
    if (!changes.size) return;
    record.set((data) => withChanges(data, changes));
    const problems = record.problems();
    if (problems.includes('future')) this.#say = () => this.#s.newerVersion;
    else if (problems.includes('full') || problems.includes('blocked')) this.#say = () => this.#s.saveFailed;
  }

  /** A change by the person (to the run on `date`, or to many): keep, save, tell the host, say what happened. */
  #change(runs: KneeRun[], say: () => string, date: string | null, undo: KneeRun[] | null = null): void {
    this.#undo = undo;
    this.#say = say;
    this.#read = undefined;
    this.#write(runs);
    this.#shown = JSON.stringify(this.#runs);
    this.requestUpdate();
    this.emit('knee-run-log-change', { runs: this.runs, date });
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #onAdd(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const get = (k: string) => {
      const value = data.get(k);
      return typeof value === 'string' ? value : '';
    };
    const date = get('date');
    const run = checkRun(
      {
        date,
        during: data.has('during') ? Number(get('during')) : null,
        distance: num(get('distance').replace(',', '.')),
        unit: this.#units,
        duration: num(get('duration')),
        note: get('note').trim(),
      },
      this.#today(),
    );
    const problems: Problem[] = Array.isArray(run) ? run : this.#runs.some((r) => r.date === date) ? ['taken'] : [];
    this.#errors = {};
    for (const p of problems) this.#errors[p === 'future' || p === 'taken' ? 'date' : p] ??= p;
    const first = ['date', 'distance', 'duration', 'during'].find((f) => this.#errors[f]);
    if (first) {
      this.requestUpdate();
      void this.#focus(first === 'during' ? '[name=during]' : `#${first}`);
      return;
    }
    this.#change(sortRuns([...this.#runs, run]).runs, () => this.#s.added(this.#day(date)), date);
    form.reset();
  }

  /** "Save" of a follow-up question (one scale) or of a run's changed ratings (one scale per rating due). */
  #onRate(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const [date, field] = form.name.split(' ');
    const data = new FormData(form);
    const given = RATINGS.filter((f) => data.has(f));
    if (!given.length) {
      this.#errors = { [form.name]: field as RatingField };
      this.requestUpdate();
      return;
    }
    const runs = this.#runs.map((r) => {
      if (r.date !== date) return r;
      const next = { ...r };
      for (const f of given) {
        if (data.get(f) === '') delete next[f];
        else next[f] = Number(data.get(f));
      }
      return next;
    });
    form.reset();
    this.#errors = {};
    this.#editing = undefined;
    this.#change(runs, () => this.#s.saved(this.#day(date)), date);
    void this.#focus('[part=message]');
  }

  /** Opens (or, with no date, closes) the ratings of a run for a change, and moves focus there (or back). */
  async #edit(date?: string): Promise<void> {
    const was = this.#editing;
    this.#editing = date;
    this.requestUpdate();
    await this.updateComplete;
    const form = this.renderRoot.querySelector<HTMLFormElement>('.change');
    form?.reset();
    (
      form?.querySelector<HTMLElement>(':checked') ??
      this.renderRoot.querySelector<HTMLElement>(`[part=change-button][value="${was}"]`)
    )?.focus();
  }

  #onDelete(date?: string): void {
    const runs = date ? this.#runs.filter((r) => r.date !== date) : [];
    this.#change(
      runs,
      () => (date ? this.#s.deleted(this.#day(date)) : this.#s.deletedAll),
      date ?? null,
      date ? this.#runs.filter((r) => r.date === date) : this.#runs,
    );
    this.#page = Math.min(this.#page, Math.max(0, Math.ceil(runs.length / PAGE) - 1));
    void this.#focus('[part=run-log-undo-button]');
  }

  #download(): void {
    const url = URL.createObjectURL(new Blob([this.toCsv()], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `knee-run-log-${this.#today()}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async #onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.importCsv(await file.text());
  }

  #error(id: string, problem?: Problem) {
    return problem
      ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${this.#s.errorPrefix}</span>${this.#problem(problem)}</p>`
      : nothing;
  }

  /** One 0–10 scale, a labelled radio group; `value` '' checks "not rated", which `optional` adds. */
  #scale(name: RatingField, id: string, legend: string, problem?: Problem, value?: number | '', optional?: boolean) {
    const choice = (v: number | '') =>
      html`<label class=${v === '' ? 'none' : ''}><input type="radio" name=${name} .value=${String(v)} ?checked=${v === value} />${v === '' ? this.#s.notRated : v}</label>`;
    return html`<fieldset part="rating" aria-describedby="${id}-hint ${problem ? `${id}-error` : ''}">
      <legend>${legend}</legend>
      ${this.#error(id, problem)}
      <p class="hint" id="${id}-hint">${this.#s.scale}</p>
      <div class="scale">${SCALE.map(choice)}${optional ? choice('') : nothing}</div>
    </fieldset>`;
  }

  /**
   * The scales of one run in a form whose Save keeps the ratings chosen: its open follow-up questions,
   * or (`change`) every rating due so far, as they are, the later two with "not rated".
   */
  #ratings(run: KneeRun, fields: RatingField[], question: (f: RatingField) => string, change?: boolean) {
    const s = this.#s;
    const name = `${run.date} ${fields[0]}`;
    const day = this.#day(run.date);
    return html`<form class=${change ? 'change no-print' : ''} name=${name} novalidate @submit=${this.#onRate}>
      ${fields.map((f, i) =>
        this.#scale(
          f,
          `${change ? 'c' : run.date}-${f}`,
          s.about(day, question(f)),
          i ? undefined : this.#errors[name],
          change ? (run[f] ?? '') : undefined,
          change && i > 0,
        ),
      )}
      <div class="actions">
        <button part="save-button">${s.save}<span class="visually-hidden"> – ${s.runOn(day)}</span></button>
        ${change ? html`<button type="button" @click=${() => this.#edit()}>${s.cancel}</button>` : nothing}
      </div>
    </form>`;
  }

  #chart(runs: KneeRun[]) {
    const s = this.#s;
    const limit = this.#limit;
    const label = this.painLimitLabel || (limit === undefined ? '' : s.limitLabel(limit));
    const name =
      s.chart(runs.length, this.#day(runs[0].date), this.#day(runs.at(-1)!.date)) +
      (limit === undefined ? '' : s.chartLimit(label, limit));
    const line = (cls: string, v: number) =>
      svg`<line part=${cls === 'limit' ? 'limit-line' : nothing} class=${cls} x1="${PLOT.left}%" x2="100%" y1="${yOf(v)}%" y2="${yOf(v)}%" />`;
    const text = (x: number, y: number, t: unknown, cls = '') =>
      svg`<text class="axis ${cls}" x="${x}%" y="${y}%" dy=".35em" text-anchor=${cls ? 'middle' : 'end'}>${t}</text>`;
    const key = (shape: unknown, t: string, cls = '') =>
      html`<li class=${cls}><svg class="swatch">${shape}</svg>${t}</li>`;
    return html`<figure>
      <svg part="chart" role="img" aria-label=${name} class="chart">
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="s1" width="6" height="6" /><line class="hatch" y2="6" />
        </pattern>
        ${[0, 5, 10].map((v) => svg`${line('grid', v)}${text(PLOT.left - 1, yOf(v), v)}`)}
        ${runs.map((r, i) => text(slotCentre(i), PLOT.bottom + 8, this.#day(r.date, true), i % 2 ? 'odd' : 'even'))}
        ${bars(runs).map(
          (
            b,
          ) => svg`<rect class="bar s${RATINGS.indexOf(b.field)}" x="${b.x}%" y="${b.y}%" width="${b.width}%" height="${b.height}%" data-date=${b.run.date} data-value=${b.value}
            ><title>${this.#day(b.run.date)}, ${s.series[b.field]}: ${b.value}</title></rect
          >`,
        )}
        ${limit === undefined ? nothing : line('limit', limit)}
      </svg>
      <ul part="legend" class="legend" aria-hidden="true">
        ${RATINGS.map((f, i) => key(svg`<rect class="bar s${i}" x="1" y="1" width="16" height="16" />`, s.series[f]))}
        ${limit === undefined ? nothing : key(svg`<line class="limit" x2="18" y1="9" y2="9" />`, label, 'limit-label')}
      </ul>
    </figure>`;
  }

  /* eslint-disable lit/no-value-attribute -- the date field's starting value only: a re-render must not undo what the person typed */
  #table(today: string) {
    const s = this.#s;
    const lang = this.locale.lang;
    const total = this.#runs.length;
    const from = this.#printAll ? 0 : this.#page * PAGE;
    const to = this.#printAll ? total : Math.min(total, from + PAGE);
    const changing = this.#runs.find((r) => r.date === this.#editing);
    const pager = (label: string, page: number) =>
      html`<button type="button" ?disabled=${page < 0 || page * PAGE >= total} @click=${() => {
        this.#page = page;
        this.requestUpdate();
      }}>${label}</button>`;
    const th = (text: string, cls = 'num') => html`<th scope="col" class=${cls}>${text}</th>`;
    const { columns: c } = s;
    return html`${
      changing
        ? this.#ratings(
            changing,
            RATINGS.filter((_, i) => daysBetween(changing.date, today) >= i),
            (f) => s.series[f],
            true,
          )
        : nothing
    }
      <div class="table-wrap" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption id="caption">${s.page(from + 1, to, total)}</caption>
          <thead>
            <tr>
              ${th(s.date, '')}${RATINGS.map((f) => th(s.series[f]))}${th(c.distance)}${th(c.duration)}${th(c.note, '')}
              <th scope="col" class="no-print"><span class="visually-hidden">${c.actions}</span></th>
            </tr>
          </thead>
          <tbody>
            ${this.#runs
              .slice(total - to, total - from)
              .reverse()
              .map((run) => {
                const on = html`<span class="visually-hidden"> – ${s.runOn(this.#day(run.date))}</span>`;
                return html`<tr>
                <th scope="row">${this.#day(run.date)}</th>
                ${RATINGS.map((f) => html`<td class="num">${run[f] ?? s.notYet}</td>`)}
                <td class="num">${run.distance === undefined ? '' : formatAmount(run.distance, run.unit!, lang)}</td>
                <td class="num">${run.duration === undefined ? '' : formatAmount(run.duration, 'min', lang)}</td>
                <td class="note">${run.note}</td>
                <td class="no-print">
                  <button part="change-button" type="button" value=${run.date} @click=${() => this.#edit(run.date)}>${s.change}${on}</button>
                  <button part="delete-button" type="button" @click=${() => this.#onDelete(run.date)}>${s.remove}${on}</button>
                </td>
              </tr>`;
              })}
          </tbody>
        </table>
      </div>
      ${total > PAGE ? html`<div part="pager" class="pager no-print">${pager(s.newer, this.#page - 1)} ${pager(s.older, this.#page + 1)}</div>` : nothing}`;
  }

  protected render() {
    const s = this.#s;
    const today = this.#today();
    const { title, sections: sub } = this.#levels;
    const h = (id: string, text: string) => heading(sub, id, 'section-heading', text);
    const runs = this.#runs;
    const paragraph = this.content.sections.find((x) => x.id === 'flare-up')?.paragraphs.at(-1) ?? '';
    const quote = (
      paragraph
        .match(/[^.!?]+[.!?]+/g)
        ?.slice(-2)
        .join('') ?? paragraph
    ).trim();
    const [dayK, dayN] = sameOrBetter(runs, 'dayAfter');
    const [twoK, twoN] = sameOrBetter(runs, 'twoDaysAfter');
    const read = this.#read;
    const problems = read?.notCsv
      ? [s.notCsv]
      : (read?.problems ?? []).map((p) => s.badRow(p.row, p.problems.map((x) => this.#problem(x)).join(' ')));
    if (problems.length > 5) problems.splice(5, Infinity, s.moreRows(problems.length - 5));
    // Open questions, one form per run: the day after and two days after, in the tense of the day asked.
    const open = new Map<KneeRun, FollowUp[]>();
    for (const q of followUps(runs, today)) open.set(q.run, [...(open.get(q.run) ?? []), q]);
    const button = (part: string, text: string, click: () => void) =>
      html`<button part=${part} type="button" @click=${click}>${text}</button>`;
    const field = (id: Field, label: string, hint?: string) => {
      const problem = this.#errors[id];
      const date = id === 'date';
      return html`<div>
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${this.#error(id, problem)}
        <input
          id=${id}
          name=${id}
          type=${date ? 'date' : 'text'}
          value=${date ? today : nothing}
          max=${date ? today : nothing}
          inputmode=${id === 'distance' ? 'decimal' : id === 'duration' ? 'numeric' : nothing}
          maxlength=${hint ? 100 : nothing}
          autocomplete="off"
          aria-invalid=${problem ? 'true' : nothing}
          aria-describedby=${hint || problem ? `${hint ? `${id}-hint ` : ''}${problem ? `${id}-error` : ''}` : nothing}
        />
      </div>`;
    };
    return html`<section part="run-log" class="run-log" aria-labelledby="heading" dir=${this.locale.dir ?? nothing} lang=${this.locale.textLang ?? nothing}>
      ${heading(title, 'heading', 'run-log-heading', s.heading)}
      <blockquote part="quote">
        <p>${quote}</p>
        <footer>${this.t.quoteCredit(this.credit)}</footer>
      </blockquote>
      <div class="status">
        <p part="message" role="status" tabindex="-1">${this.#say?.()}</p>
        ${problems.length ? html`<ul class="problems">${problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
        ${
          this.#undo
            ? html`<button part="run-log-undo-button" class="no-print" type="button" @click=${() => {
                this.#change(sortRuns([...this.#undo!, ...this.#runs]).runs, () => this.#s.restored, null);
                void this.#focus('[part=message]');
              }}>${s.undo}</button>`
            : nothing
        }
        ${this.#unsaved() && runs.length ? html`<button class="no-print" type="button" @click=${this.#download}>${s.download}</button>` : nothing}
      </div>
      ${
        open.size
          ? html`<section part="follow-ups" class="follow-ups no-print" aria-labelledby="follow-ups">
            ${h('follow-ups', s.followUpHeading)}
            ${[...open].map(([run, qs]) =>
              this.#ratings(
                run,
                qs.map((q) => q.field),
                (f) =>
                  (qs.find((q) => q.field === f)!.days === RATINGS.indexOf(f) ? s.ask : s.askLater)[f as 'dayAfter'],
              ),
            )}
          </section>`
          : nothing
      }
      <form part="form" class="no-print" novalidate aria-labelledby="log" @submit=${this.#onAdd}>
        ${h('log', s.logHeading)}
        <div class="fields">
          ${field('date', s.date)} ${field('distance', s.distance(this.#units))} ${field('duration', s.duration)} ${field('note', s.note, s.noteHint)}
        </div>
        ${this.#scale('during', 'during', s.ask.during, this.#errors.during)}
        <button part="add-button">${s.add}</button>
      </form>
      <section aria-labelledby="pattern">
        ${h('pattern', s.patternHeading)}
        <p part="pattern">${dayN ? s.patternDayAfter(dayN, dayK) : s.noPattern} ${twoN ? s.patternTwoDays(twoN, twoK) : nothing}</p>
        <slot name="guidance"></slot>
        ${runs.length ? this.#chart(runs.slice(-CHART_RUNS)) : nothing}
      </section>
      <section aria-labelledby="runs">
        ${h('runs', s.tableHeading)} ${runs.length ? this.#table(today) : html`<p>${s.empty}</p>`}
        <div part="actions" class="actions no-print">
          ${runs.length ? [button('download-button', s.download, this.#download), button('print-button', s.print, () => print())] : nothing}
          ${button('import-button', s.import, () => this.renderRoot.querySelector<HTMLElement>('[type=file]')!.click())}
          <input type="file" accept=".csv,text/csv" hidden @change=${this.#onFile} />
          ${runs.length ? button('delete-all-button', s.deleteAll, () => this.#onDelete()) : nothing}
        </div>
      </section>
    </section>`;
  }
  /* eslint-enable lit/no-value-attribute */
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-run-log': KneeRunLog;
  }
}
