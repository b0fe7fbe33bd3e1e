import { html, nothing } from 'lit';
import type { KneeRun } from '../meta.js';
import type { RatingField } from '../runs.js';
import { problemWords, type Problem, type RunLogView } from './view.js';

const SCALE = [...Array(11).keys()];

/** The error message of field `id`, if it has a problem (its id is what `aria-describedby` names). */
export const fieldError = (v: RunLogView, id: string, problem?: Problem) =>
  problem
    ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${v.s.errorPrefix}</span>${problemWords(v.s, problem)}</p>`
    : nothing;

/** One 0–10 scale, a labelled radio group; `value` '' checks "not rated", which `optional` adds. */
export function scale(
  v: RunLogView,
  name: RatingField,
  id: string,
  legend: string,
  problem?: Problem,
  value?: number | '',
  optional?: boolean,
) {
  const choice = (n: number | '') =>
    html`<label class=${n === '' ? 'none' : ''}><input type="radio" name=${name} .value=${String(n)} ?checked=${n === value} />${n === '' ? v.s.notRated : n}</label>`;
  return html`<fieldset part="rating" aria-describedby="${id}-hint ${problem ? `${id}-error` : ''}">
    <legend>${legend}</legend>
    ${fieldError(v, id, problem)}
    <p class="hint" id="${id}-hint">${v.s.scale}</p>
    <div class="scale">${SCALE.map(choice)}${optional ? choice('') : nothing}</div>
  </fieldset>`;
}

/**
 * The scales of one run in a form whose Save keeps the ratings chosen: its open follow-up questions, or
 * (with `cancel`, a change from the table) every rating due so far, as they are, the later two with
 * "not rated". The form is named `<date> <first field>` (its Save reads the date from the name).
 */
export function ratingsForm(
  v: RunLogView,
  run: KneeRun,
  fields: RatingField[],
  question: (f: RatingField) => string,
  submit: (e: SubmitEvent) => void,
  cancel?: () => void,
) {
  const s = v.s;
  const name = `${run.date} ${fields[0]}`;
  const day = v.day(run.date);
  return html`<form class=${cancel ? 'change no-print' : ''} name=${name} novalidate @submit=${submit}>
    ${fields.map((f, i) =>
      scale(
        v,
        f,
        `${cancel ? 'c' : run.date}-${f}`,
        s.about(day, question(f)),
        i ? undefined : v.errors[name],
        cancel ? (run[f] ?? '') : undefined,
        !!cancel && i > 0,
      ),
    )}
    <div class="actions">
      <button part="save-button">${s.save}<span class="visually-hidden"> – ${s.runOn(day)}</span></button>
      ${cancel ? html`<button type="button" @click=${cancel}>${s.cancel}</button>` : nothing}
    </div>
  </form>`;
}
