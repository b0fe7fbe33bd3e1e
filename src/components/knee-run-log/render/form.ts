import { html, nothing } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { KneeRun } from '../meta.js';
import { checkRun, num } from '../runs.js';
import { fieldError, scale } from './ratings.js';
import type { Problem, RunLogView } from './view.js';

type Field = 'date' | 'distance' | 'duration' | 'note';

/* eslint-disable lit/no-value-attribute -- the date field's starting value only: a re-render must not undo what the person typed */
/** One text field of the "Log a run" form, with its label, hint and error. */
function field(v: RunLogView, id: Field, label: string, hint?: string) {
  const problem = v.errors[id];
  const date = id === 'date';
  return html`<div>
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${fieldError(v, id, problem)}
    <input
      id=${id}
      name=${id}
      type=${date ? 'date' : 'text'}
      value=${date ? v.today : nothing}
      max=${date ? v.today : nothing}
      inputmode=${id === 'distance' ? 'decimal' : id === 'duration' ? 'numeric' : nothing}
      maxlength=${hint ? 100 : nothing}
      autocomplete="off"
      aria-invalid=${problem ? 'true' : nothing}
      aria-describedby=${hint || problem ? `${hint ? `${id}-hint ` : ''}${problem ? `${id}-error` : ''}` : nothing}
    />
  </div>`;
}
/* eslint-enable lit/no-value-attribute */

/** The "Log a run" form: date (today by default), distance in `units`, duration, note, and how the knee felt during. */
export function logForm(v: RunLogView, units: string, submit: (e: SubmitEvent) => void) {
  const s = v.s;
  return html`<form part="form" class="no-print" novalidate aria-labelledby="log" @submit=${submit}>
    ${heading(v.level, 'log', 'section-heading', s.logHeading)}
    <div class="fields">
      ${field(v, 'date', s.date)} ${field(v, 'distance', s.distance(units))} ${field(v, 'duration', s.duration)} ${field(v, 'note', s.note, s.noteHint)}
    </div>
    ${scale(v, 'during', 'during', s.ask.during, v.errors.during)}
    <button part="add-button">${s.add}</button>
  </form>`;
}

/**
 * The run the "Log a run" form describes, or its problems by field (the date's when it is in the future
 * or already `logged`). A decimal comma in the distance is read as a point.
 */
export function readRunForm(
  form: HTMLFormElement,
  unit: 'km' | 'mi',
  today: string,
  logged: (date: string) => boolean,
): { run?: KneeRun; errors?: Record<string, Problem> } {
  const data = new FormData(form);
  const get = (k: string) => {
    const value = data.get(k);
    return typeof value === 'string' ? value : '';
  };
  const run = checkRun(
    {
      date: get('date'),
      during: data.has('during') ? Number(get('during')) : null,
      distance: num(get('distance').replace(',', '.')),
      unit,
      duration: num(get('duration')),
      note: get('note').trim(),
    },
    today,
  );
  const problems: Problem[] = Array.isArray(run) ? run : logged(run.date) ? ['taken'] : [];
  if (!problems.length) return { run: run as KneeRun };
  const errors: Record<string, Problem> = {};
  for (const p of problems) errors[p === 'future' || p === 'taken' ? 'date' : p] ??= p;
  return { errors };
}
