import { html, nothing } from 'lit';
import type { RunsController } from '../controllers/runs.js';
import { problemWords, type RunLogView } from './view.js';

/**
 * What just happened (a polite live region), the rows of the last import that could not be read, Undo
 * after a delete, the CSV when storage does not hold the runs shown, and the count of saved entries that
 * could not be read (kept in storage as they are) with a way to download them as JSON.
 */
export function statusArea(v: RunLogView, runs: RunsController, on: { undo: () => void; download: () => void }) {
  const s = v.s;
  const { read, unread } = runs;
  const problems = read?.notCsv
    ? [s.notCsv]
    : (read?.problems ?? []).map((p) =>
        s.badRow(p.row, p.problems.map((x) => (x === 'repeat' ? s.repeat(p.first!) : problemWords(s, x))).join(' ')),
      );
  // Rows of an import that could not be read are named one by one up to 5.
  if (problems.length > 5) problems.splice(5, Infinity, s.moreRows(problems.length - 5));
  return html`<div class="status">
    ${runs.progress === undefined ? nothing : html`<label class="no-print">${s.importing} <progress .value=${runs.progress}></progress></label>`}
    <p part="message" role="status" tabindex="-1">${[runs.say?.(), unread ? s.keptEntries(unread) : ''].filter(Boolean).join(' ')}</p>
    ${problems.length ? html`<ul class="problems">${problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
    ${runs.undo ? html`<button part="run-log-undo-button" class="no-print" type="button" @click=${on.undo}>${s.undo}</button>` : nothing}
    ${runs.unsaved && runs.runs.length ? html`<button class="no-print" type="button" @click=${on.download}>${s.download}</button>` : nothing}
    ${unread ? html`<a class="no-print" download="knee-run-log-unread-${v.today}.json" href="data:application/json,${encodeURIComponent(runs.unreadJson())}">${v.t.downloadUnread}</a>` : nothing}
  </div>`;
}
