import { html, nothing } from 'lit';
import { heading } from '../../../internal/heading.js';
import { daysBetween, formatAmount } from '../dates.js';
import type { KneeRun } from '../meta.js';
import { RATINGS } from '../runs.js';
import { ratingsForm } from './ratings.js';
import type { RunLogView } from './view.js';

/** Rows of the table per page: the newest runs first, the rest a page at a time. */
export const PAGE = 10;

/** What the table shows: every run (oldest first), the page, all of them for print, the run being changed. */
export interface TableState {
  runs: KneeRun[];
  page: number;
  printAll: boolean;
  editing?: string;
}

/** What the table's controls do. */
export interface TableActions {
  /** Shows page `n` (0: the newest runs). */
  page: (n: number) => void;
  /** Opens the ratings of the run on `date` for a change (none: closes them). */
  edit: (date?: string) => void;
  /** Deletes the run on `date`, or every run. */
  remove: (date?: string) => void;
  /** Save of a run's changed ratings. */
  rate: (e: SubmitEvent) => void;
  download: () => void;
  /** A CSV file was chosen to import. */
  file: (e: Event) => void;
}

const button = (part: string, text: string, click: (e: Event) => void) =>
  html`<button part=${part} type="button" @click=${click}>${text}</button>`;

/**
 * One run's row: its date, ratings, distance, duration and note (each cell labelled, for the stacked
 * layout of a narrow log), and on screen its Change and Delete.
 */
function row(v: RunLogView, run: KneeRun, on: TableActions, printing: boolean) {
  const s = v.s;
  const c = s.columns;
  const day = v.day(run.date);
  const which = html`<span class="visually-hidden"> – ${s.runOn(day)}</span>`;
  return html`<tr>
    <th scope="row">${day}</th>
    <td class="num" data-label=${s.series.during}>${run.during}</td>
    <td class="num" data-label=${s.series.dayAfter}>${run.dayAfter ?? s.notYet}</td>
    <td class="num" data-label=${s.series.twoDaysAfter}>${run.twoDaysAfter ?? s.notYet}</td>
    <td class="num" data-label=${c.distance}>${run.distance === undefined ? nothing : formatAmount(run.distance, run.unit!, v.lang)}</td>
    <td class="num" data-label=${c.duration}>${run.duration === undefined ? nothing : formatAmount(run.duration, 'min', v.lang)}</td>
    <td class="note" data-label=${c.note}>${run.note}</td>
    ${
      printing
        ? nothing
        : html`<td class="no-print">
          <button part="change-button" type="button" .value=${run.date} @click=${() => on.edit(run.date)}>${s.change}${which}</button>
          <button part="delete-button" type="button" @click=${() => on.remove(run.date)}>${s.remove}${which}</button>
        </td>`
    }
  </tr>`;
}

/** The table of runs, a page at a time (every run when printing), with its pager and the open change form. */
function table(v: RunLogView, { runs, page, printAll, editing }: TableState, on: TableActions) {
  const s = v.s;
  const total = runs.length;
  const from = printAll ? 0 : page * PAGE;
  const to = printAll ? total : Math.min(total, from + PAGE);
  const changing = runs.find((r) => r.date === editing);
  const pager = (label: string, n: number) =>
    html`<button type="button" ?disabled=${n < 0 || n * PAGE >= total} @click=${() => on.page(n)}>${label}</button>`;
  const th = (text: string, cls = 'num') => html`<th scope="col" class=${cls}>${text}</th>`;
  const { columns: c } = s;
  return html`${
    changing
      ? ratingsForm(
          v,
          changing,
          RATINGS.filter((_, i) => daysBetween(changing.date, v.today) >= i),
          (f) => s.series[f],
          on.rate,
          () => on.edit(),
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
          ${runs
            .slice(total - to, total - from)
            .reverse()
            .map((run) => row(v, run, on, printAll))}
        </tbody>
      </table>
    </div>
    ${total > PAGE ? html`<div part="pager" class="pager no-print">${pager(s.newer, page - 1)} ${pager(s.older, page + 1)}</div>` : nothing}`;
}

/** "Every run": the table (or "No runs logged yet"), and Download, Print, Import and Delete all. */
export function runsSection(v: RunLogView, state: TableState, on: TableActions) {
  const s = v.s;
  const some = state.runs.length > 0;
  const choose = (e: Event) =>
    (e.target as HTMLElement).parentElement!.querySelector<HTMLInputElement>('[type=file]')!.click();
  return html`<section aria-labelledby="runs">
    ${heading(v.level, 'runs', 'section-heading', s.tableHeading)} ${some ? table(v, state, on) : html`<p>${s.empty}</p>`}
    <div part="actions" class="actions no-print">
      ${some ? [button('download-button', s.download, on.download), button('print-button', s.print, () => print())] : nothing}
      ${button('import-button', s.import, choose)}
      <input type="file" accept=".csv,text/csv" hidden @change=${on.file} />
      ${some ? button('delete-all-button', s.deleteAll, () => on.remove()) : nothing}
    </div>
  </section>`;
}
