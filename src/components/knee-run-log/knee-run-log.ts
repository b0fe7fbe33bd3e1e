import { html, nothing, svg, type PropertyValues } from 'lit';
import { KneeElement, numberConverter } from '../../internal/base.js';
import type { KneeRun } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';
import { strings } from '../../internal/strings.js';
import { bars, CHART_RUNS, PLOT, slotCentre, yOf } from './chart.js';
import { readCsv, toCsv } from './csv.js';
import { daysBetween, formatDay, isoDay } from './dates.js';
import { runLogStyles } from './knee-run-log.styles.js';
import { sameOrBetter } from './pattern.js';
import { loadRuns, runLogKey, saveRuns, watchRuns } from './run-log-store.js';
import { checkRun, followUps, mergeRuns, num, RATINGS, sortRuns, UNITS, type RatingField, type RunProblem } from './runs.js';

/** Rows of the table per page: the newest runs first, the rest a page at a time. */
const PAGE = 10;
const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** Every `::part` of the element, for a parent's `exportparts`. */
export const RUN_LOG_PARTS =
  'run-log, run-log-heading, section-heading, quote, message, follow-ups, form, rating, add-button, save-button, pattern, chart, limit-line, legend, table, pager, actions, download-button, print-button, import-button, delete-button, delete-all-button, undo-button';

type Field = 'date' | 'distance' | 'duration' | 'during';
const s = strings.runLog;

/** Words for one problem of a run (an import row, a form field). */
const problemText = (p: RunProblem | 'taken') => {
  const i = RATINGS.indexOf(p as RatingField);
  return i >= 0 ? s.problems.rating(s.series[i]) : s.problems[p as Exclude<RunProblem, RatingField> | 'taken'];
};

/**
 * "Pay attention to how the knee feels in the day or two after a run": a runner logs each run with how
 * the knee felt during it, answers "the day after" and "two days after" when they come back, and sees
 * the pattern as a chart, a table and a sentence that only describes. The physio gets a CSV file or a
 * printout. Nothing is stored without `persist`, and nothing is ever sent anywhere.
 *
 * @tagname knee-run-log
 * @summary A log of runs with how the knee felt during, the day after and two days after, for the runner and their physio.
 *
 * @attr {number} heading-level - Level of the log's heading, 1–6 (default 2); its parts use the next level.
 * @attr {"km" | "mi"} units - Unit of new distances (default `km`); each run keeps the unit it was logged in.
 * @attr {number} pain-limit - The clinic's own reference line on the chart, 0–10. None by default: the log sets no threshold of its own.
 * @attr {string} pain-limit-label - The words for that line in the chart's key and its accessible name (default "Your clinic's line (N)").
 * @attr {boolean} persist - Remember runs on this device (localStorage). Off by default: nothing is stored.
 * @attr {string} storage-key - Keeps this log apart from others on the site; saved under `knee-advice:v1:run-log:<storage-key>`.
 * @attr {"auto" | "light" | "dark"} theme - `auto` (default) follows the system's light or dark setting.
 *
 * @slot guidance - The clinic's own guidance, shown with the pattern (the log itself gives no advice).
 *
 * @fires {CustomEvent<KneeRunLogChangeDetail>} knee-run-log-change - On every change by the person (or another tab): `{ runs }`, oldest first.
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
 * @csspart save-button - Each follow-up question's "Save".
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
 * @csspart undo-button - "Undo" after a delete.
 *
 * @cssprop --knee-accent - Accent colour: buttons, the bars for during the run.
 * @cssprop --knee-on-accent - Text on the accent colour.
 * @cssprop --knee-text - Body text colour, the chart's labels and the clinic's line.
 * @cssprop --knee-muted - Secondary text: hints, the quote's credit.
 * @cssprop --knee-surface - Background.
 * @cssprop --knee-border - Border colour and the chart's grid.
 * @cssprop --knee-focus - Focus ring colour.
 * @cssprop --knee-error - Colour of error messages and their fields.
 * @cssprop --knee-radius - Corner radius (default 0.5rem).
 * @cssprop --knee-space - Base spacing (default 1rem).
 * @cssprop --knee-font - Font family (default: inherited from the page).
 */
export class KneeRunLog extends KneeElement {
  /** @internal */
  static tagName = 'knee-run-log';
  static styles = [KneeElement.styles, runLogStyles];
  static properties = {
    headingLevel: { attribute: 'heading-level', reflect: true, converter: numberConverter },
    units: { reflect: true },
    painLimit: { attribute: 'pain-limit', reflect: true, converter: numberConverter },
    painLimitLabel: { attribute: 'pain-limit-label', reflect: true },
    persist: { type: Boolean, reflect: true },
    storageKey: { attribute: 'storage-key', reflect: true },
    now: { attribute: false },
  };

  /** Level of the heading, 1–6. */
  declare headingLevel: number;
  /** Unit of new distances. */
  declare units: 'km' | 'mi';
  /** The clinic's reference line, 0–10. */
  declare painLimit: number | undefined;
  /** Words for the clinic's line in the chart's key and accessible name. */
  declare painLimitLabel: string | undefined;
  /** Remember runs on this device. */
  declare persist: boolean;
  /** Name that keeps this log apart from others on the site. */
  declare storageKey: string | undefined;
  /** The clock: "today" is the local date of what it returns. Replace it to show the log as of another day. */
  declare now: () => Date;

  #runs: KneeRun[] = [];
  /** Saved entries that are not valid runs: never shown, never lost. */
  #kept: unknown[] = [];
  /** Saved by a newer format: show nothing over it, save nothing over it. */
  #readOnly = false;
  #message = '';
  #offerCsv = false;
  #undo: KneeRun[] | null = null;
  #problems: string[] = [];
  #errors: Partial<Record<Field | string, string>> = {};
  #page = 0;
  #printAll = false;
  #level = 2;
  #units: 'km' | 'mi' = 'km';
  #limit?: number;
  #unwatch?: () => void;

  constructor() {
    super();
    this.headingLevel = 2;
    this.units = 'km';
    this.persist = false;
    this.now = () => new Date();
  }

  /** The full localStorage key in use. */
  get storageKeyInUse(): string {
    return runLogKey(this.storageKey);
  }

  /** Every run, oldest first. Setting it (e.g. from a host's own app) keeps the valid runs, one per date, saves them with `persist`, and fires no event. */
  get runs(): KneeRun[] {
    return this.#runs.map((r) => ({ ...r }));
  }
  set runs(values: KneeRun[]) {
    const { runs, rejected } = sortRuns(Array.isArray(values) ? values : []);
    if (rejected.length) this.warnOnce(`runs${rejected.length}`, `${rejected.length} of the runs set are not valid runs (or repeat a date) and were left out.`);
    this.#runs = runs;
    this.#page = 0;
    this.#save();
    this.requestUpdate();
  }

  /** The log as a CSV file's text: what "Download CSV" saves. */
  toCsv(): string {
    return toCsv(this.#runs);
  }

  /** Adds the runs of a CSV file's text (dates already in the log keep their run); shows what happened and returns how many runs were added. */
  importCsv(text: string): number {
    const read = readCsv(text, this.#today());
    const problems = read.notCsv ? [s.notCsv] : read.problems.map((p) => s.badRow(p.row, p.problems.map(problemText).join(' ')));
    if (problems.length > 5) problems.splice(5, Infinity, s.moreRows(problems.length - 5));
    const { runs, added, kept } = mergeRuns(this.#runs, read.runs);
    const message = read.notCsv ? '' : s.imported(added, kept);
    if (added) this.#change(runs, message);
    else this.#message = message;
    this.#problems = problems;
    this.requestUpdate();
    return added;
  }

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
    this.#unwatch = watchRuns(() => this.storageKeyInUse, () => {
      if (!this.persist) return;
      this.#restore();
      this.emit('knee-run-log-change', { runs: this.runs });
    });
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
    this.#unwatch?.();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#level = this.level(this.headingLevel);
    this.#units = this.oneOf('units', this.units, UNITS, 'km');
    const limit = this.painLimit;
    this.#limit = typeof limit === 'number' && limit >= 0 && limit <= 10 ? limit : undefined;
    if (limit != null && this.#limit === undefined)
      this.warnOnce(`pain-limit=${limit}`, `pain-limit="${limit}" is not valid; use a number from 0 to 10. No line is drawn.`);
    if ((changed.has('persist') || changed.has('storageKey')) && this.persist) this.#restore();
  }

  #warnStorage = (message: string) => this.warnOnce(`storage:${message}`, message);
  #today = () => isoDay(this.now());
  #onPrint = (e: Event) => {
    this.#printAll = e.type === 'beforeprint';
    this.requestUpdate();
  };

  #restore(): void {
    const loaded = loadRuns(this.storageKeyInUse, this.#warnStorage);
    this.#readOnly = loaded.problem === 'newer';
    this.#kept = loaded.kept;
    this.#offerCsv = this.#readOnly;
    this.#message = loaded.problem === 'newer' ? s.newerVersion : loaded.problem ? s.unreadable : loaded.kept.length ? s.keptEntries(loaded.kept.length) : '';
    if (!loaded.problem || this.#readOnly) this.#runs = loaded.runs;
    this.requestUpdate();
  }

  #save(): void {
    if (!this.persist || this.#readOnly) return;
    if (!saveRuns(this.storageKeyInUse, this.#runs, this.#kept, this.#warnStorage)) {
      this.#message = s.saveFailed;
      this.#offerCsv = true;
    }
  }

  /** A change by the person: keep, save, tell the host, say what happened. */
  #change(runs: KneeRun[], message: string, undo: KneeRun[] | null = null): void {
    this.#runs = runs;
    this.#undo = undo;
    this.#message = message;
    this.#problems = [];
    this.#save();
    this.requestUpdate();
    this.emit('knee-run-log-change', { runs: this.runs });
  }

  #setRating(date: string, field: RatingField, value: string): void {
    const runs = this.#runs.map((r) => {
      if (r.date !== date) return r;
      const next = { ...r };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });
    this.#change(runs, s.saved(formatDay(date)));
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #onAdd(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const get = (k: string) => String(data.get(k) ?? '');
    const date = get('date');
    const checked = checkRun(
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
    const errors: Record<string, string> = {};
    const problems: (RunProblem | 'taken')[] = Array.isArray(checked) ? checked : [];
    if (!Array.isArray(checked) && this.#runs.some((r) => r.date === date)) problems.push('taken');
    for (const p of problems) errors[p === 'future' || p === 'taken' ? 'date' : p] ??= problemText(p);
    this.#errors = errors;
    const first = (['date', 'distance', 'duration', 'during'] as const).find((f) => errors[f]);
    if (first) {
      this.requestUpdate();
      return this.#focus(first === 'during' ? '[name=during]' : `#${first}`);
    }
    this.#change(sortRuns([...this.#runs, checked]).runs, s.added(formatDay(date)));
    form.reset();
  }

  #onFollowUp(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const [date, field] = form.name.split(' ') as [string, RatingField];
    const value = new FormData(form).get('rating');
    if (value === null) {
      this.#errors = { [form.name]: problemText(field) };
      this.requestUpdate();
      return;
    }
    this.#errors = {};
    this.#setRating(date, field, String(value));
    void this.#focus('[part=message]');
  }

  #onDelete(date?: string): void {
    const runs = date ? this.#runs.filter((r) => r.date !== date) : [];
    this.#change(runs, date ? s.deleted(formatDay(date)) : s.deletedAll, this.#runs);
    this.#page = Math.min(this.#page, Math.max(0, Math.ceil(runs.length / PAGE) - 1));
    void this.#focus('[part=undo-button]');
  }

  #onUndo(): void {
    this.#change(this.#undo ?? [], s.restored);
    void this.#focus('[part=message]');
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

  #rating(name: string, legend: string, error?: string) {
    return html`<fieldset part="rating" aria-describedby="${name}-hint${error ? ` ${name}-error` : ''}">
      <legend>${legend}</legend>
      <p class="hint" id="${name}-hint">${s.scale}</p>
      ${this.#error(`${name}-error`, error)}
      <div class="scale">
        ${SCALE.map((n) => html`<label><input type="radio" name=${name === 'during' ? name : 'rating'} value=${n} />${n}</label>`)}
      </div>
    </fieldset>`;
  }

  #error(id: string, error?: string) {
    return error ? html`<p class="error" id=${id}><span class="visually-hidden">${s.errorPrefix}</span>${error}</p>` : nothing;
  }

  #input(id: Field | 'note', label: string, attrs: { type?: string; mode?: string; hint?: string; value?: string; max?: string }) {
    const error = this.#errors[id];
    const described = [attrs.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
    return html`<div class="field ${id}">
      <label for=${id}>${label}</label>
      ${attrs.hint ? html`<p class="hint" id="${id}-hint">${attrs.hint}</p>` : nothing} ${this.#error(`${id}-error`, error)}
      <input
        id=${id}
        name=${id}
        type=${attrs.type ?? 'text'}
        inputmode=${attrs.mode ?? nothing}
        value=${attrs.value ?? nothing}
        max=${attrs.max ?? nothing}
        maxlength=${id === 'note' ? 100 : nothing}
        autocomplete="off"
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${described || nothing}
      />
    </div>`;
  }

  #renderFollowUps(today: string, sub: number) {
    const open = followUps(this.#runs, today);
    if (!open.length) return nothing;
    return html`<section part="follow-ups" class="follow-ups no-print" aria-labelledby="knee-log-follow-ups">
      ${heading(sub, 'knee-log-follow-ups', 'section-heading', s.followUpHeading)}
      ${open.map(({ run, field, days }) => {
        const name = `${run.date} ${field}`;
        const id = `q-${run.date}-${field}`;
        const question = field === 'dayAfter' ? s.dayAfter(days === 1) : s.twoDaysAfter(days === 2);
        const legend = `${s.runOn(formatDay(run.date))}: ${question}`;
        return html`<form name=${name} novalidate @submit=${this.#onFollowUp}>
          ${this.#rating(id, legend, this.#errors[name])}
          <button part="save-button" type="submit">${s.save}<span class="visually-hidden"> – ${legend}</span></button>
        </form>`;
      })}
    </section>`;
  }

  #renderChart(runs: KneeRun[]) {
    const label = this.painLimitLabel || (this.#limit !== undefined ? s.limitLabel(this.#limit) : '');
    const name =
      s.chart(runs.length, formatDay(runs[0].date), formatDay(runs[runs.length - 1].date)) +
      (this.#limit !== undefined ? s.chartLimit(label, this.#limit) : '');
    const swatch = (i: number) => svg`<svg class="swatch" aria-hidden="true"><rect class="bar s${i}" x="1" y="1" width="16" height="16" /></svg>`;
    return html`<figure>
      <svg part="chart" role="img" aria-label=${name} class="chart">
        <defs>
          <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="hatch-bg" width="6" height="6" /><line class="hatch" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        ${[0, 5, 10].map(
          (v) => svg`<line class="grid" x1="${PLOT.left}%" x2="100%" y1="${yOf(v)}%" y2="${yOf(v)}%" />
            <text class="axis" x="${PLOT.left - 1}%" y="${yOf(v)}%" dy="0.35em" text-anchor="end">${v}</text>`,
        )}
        ${runs.map(
          (r, i) =>
            svg`<text class="axis ${i % 2 ? 'odd' : ''}" x="${slotCentre(i)}%" y="${PLOT.bottom + 6}%" dy="0.7em" text-anchor="middle">${formatDay(r.date, true)}</text>`,
        )}
        ${bars(runs).map(
          (b) => svg`<rect class="bar s${RATINGS.indexOf(b.field)}" x="${b.x}%" y="${b.y}%" width="${b.width}%" height="${b.height}%"
            data-date=${b.run.date} data-field=${b.field} data-value=${b.value}
          ><title>${formatDay(b.run.date)}, ${s.series[RATINGS.indexOf(b.field)]}: ${b.value}</title></rect>`,
        )}
        ${this.#limit !== undefined
          ? svg`<line part="limit-line" class="limit" x1="${PLOT.left}%" x2="100%" y1="${yOf(this.#limit)}%" y2="${yOf(this.#limit)}%" />`
          : nothing}
      </svg>
      <ul part="legend" class="legend" aria-hidden="true">
        ${s.series.map((name, i) => html`<li>${swatch(i)}${name}</li>`)}
        ${this.#limit !== undefined
          ? html`<li class="limit-label"><svg class="swatch" aria-hidden="true"><line class="limit" x1="0" x2="18" y1="9" y2="9" /></svg>${label}</li>`
          : nothing}
      </ul>
    </figure>`;
  }

  #renderTable(today: string) {
    const total = this.#runs.length;
    const from = this.#printAll ? 0 : this.#page * PAGE;
    const to = this.#printAll ? total : Math.min(total, from + PAGE);
    const rows = this.#runs.slice(total - to, total - from).reverse();
    const [date, distance, duration, note, remove] = s.columns;
    const rating = (run: KneeRun, i: number) => {
      const field = RATINGS[i];
      const value = run[field];
      return html`<td class="num">
        <span class="print-only">${value ?? s.notYet}</span>
        ${daysBetween(run.date, today) >= i
          ? html`<select
              class="no-print"
              aria-label="${s.series[i]}, ${formatDay(run.date)}"
              @change=${(e: Event) => this.#setRating(run.date, field, (e.target as HTMLSelectElement).value)}
            >
              ${i ? html`<option value="" ?selected=${value === undefined}>${s.notYet}</option>` : nothing}
              ${SCALE.map((n) => html`<option ?selected=${n === value}>${n}</option>`)}
            </select>`
          : html`<span class="no-print">${s.notYet}</span>`}
      </td>`;
    };
    const pager = (label: string, page: number) =>
      html`<button type="button" ?disabled=${page < 0 || page * PAGE >= total} @click=${() => {
        this.#page = page;
        this.requestUpdate();
      }}>${label}</button>`;
    return html`<div class="table-wrap" role="region" aria-labelledby="knee-log-caption" tabindex="0">
        <table part="table">
          <caption id="knee-log-caption">${s.page(from + 1, to, total)}</caption>
          <thead>
            <tr>
              <th scope="col">${date}</th>
              ${s.series.map((name) => html`<th scope="col" class="num">${name}</th>`)}
              <th scope="col" class="num">${distance}</th>
              <th scope="col" class="num">${duration}</th>
              <th scope="col">${note}</th>
              <th scope="col" class="no-print"><span class="visually-hidden">${remove}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (run) => html`<tr>
                <th scope="row">${formatDay(run.date)}</th>
                ${RATINGS.map((_, i) => rating(run, i))}
                <td class="num">${run.distance === undefined ? '' : `${run.distance} ${run.unit}`}</td>
                <td class="num">${run.duration === undefined ? '' : s.minutes(run.duration)}</td>
                <td class="note">${run.note ?? ''}</td>
                <td class="no-print">
                  <button part="delete-button" type="button" @click=${() => this.#onDelete(run.date)}>
                    ${s.remove}<span class="visually-hidden"> – ${s.runOn(formatDay(run.date))}</span>
                  </button>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${total > PAGE ? html`<div part="pager" class="pager no-print">${pager(s.newer, this.#page - 1)} ${pager(s.older, this.#page + 1)}</div>` : nothing}`;
  }

  protected render() {
    const today = this.#today();
    const sub = Math.min(this.#level + 1, 6);
    const runs = this.#runs;
    const paragraph = this.content.sections.find((x) => x.id === 'flare-up')?.paragraphs.at(-1) ?? '';
    const quote = (paragraph.match(/[^.!?]+[.!?]+/g)?.slice(-2).join('') ?? paragraph).trim();
    const [dayK, dayN] = sameOrBetter(runs, 'dayAfter');
    const [twoK, twoN] = sameOrBetter(runs, 'twoDaysAfter');
    return html`<section part="run-log" class="run-log" aria-labelledby="knee-log-heading">
      ${heading(this.#level, 'knee-log-heading', 'run-log-heading', s.heading)}
      <blockquote part="quote">
        <p>${quote}</p>
        <footer>${strings.checklist.quoteCredit(this.content.author)}</footer>
      </blockquote>
      <div class="status">
        <p part="message" role="status" tabindex="-1">${this.#message}</p>
        ${this.#problems.length ? html`<ul class="problems">${this.#problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
        ${this.#undo ? html`<button part="undo-button" class="no-print" type="button" @click=${this.#onUndo}>${s.undo}</button>` : nothing}
        ${this.#offerCsv && runs.length ? html`<button class="no-print" type="button" @click=${this.#download}>${s.download}</button>` : nothing}
      </div>
      ${this.#renderFollowUps(today, sub)}
      <form part="form" class="no-print" novalidate aria-labelledby="knee-log-form" @submit=${this.#onAdd}>
        ${heading(sub, 'knee-log-form', 'section-heading', s.logHeading)}
        <div class="fields">
          ${this.#input('date', s.date, { type: 'date', value: today, max: today })}
          ${this.#input('distance', s.distance(this.#units), { mode: 'decimal' })}
          ${this.#input('duration', s.duration, { mode: 'numeric' })}
          ${this.#input('note', s.note, { hint: s.noteHint })}
        </div>
        ${this.#rating('during', s.during, this.#errors.during)}
        <button part="add-button" type="submit">${s.add}</button>
      </form>
      <section class="results" aria-labelledby="knee-log-pattern">
        ${heading(sub, 'knee-log-pattern', 'section-heading', s.patternHeading)}
        <p part="pattern">
          ${dayN ? s.pattern(s.patternWhen[0], dayK, dayN, s.patternWhat[0]) : s.noPattern}
          ${twoN ? s.pattern(s.patternWhen[1], twoK, twoN, s.patternWhat[1]) : nothing}
        </p>
        <slot name="guidance"></slot>
        ${runs.length ? this.#renderChart(runs.slice(-CHART_RUNS)) : html`<p>${s.empty}</p>`}
      </section>
      <section class="results" aria-labelledby="knee-log-table">
        ${heading(sub, 'knee-log-table', 'section-heading', s.tableHeading)} ${runs.length ? this.#renderTable(today) : nothing}
        <div part="actions" class="actions no-print">
          ${runs.length
            ? html`<button part="download-button" type="button" @click=${this.#download}>${s.download}</button>
                <button part="print-button" type="button" @click=${() => print()}>${s.print}</button>`
            : nothing}
          <button part="import-button" type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')!.click()}>
            ${s.import}
          </button>
          <input type="file" accept=".csv,text/csv" hidden @change=${this.#onFile} />
          ${runs.length ? html`<button part="delete-all-button" type="button" @click=${() => this.#onDelete()}>${s.deleteAll}</button>` : nothing}
        </div>
      </section>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-run-log': KneeRunLog;
  }
}
