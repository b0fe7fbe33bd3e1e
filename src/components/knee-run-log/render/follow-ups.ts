import { html, nothing } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { FollowUpForm } from '../runs.js';
import { ratingsForm } from './ratings.js';
import type { RunLogView } from './view.js';

/** The questions waiting about recent runs, one form per run, each asked in the tense of the day it is answered. */
export function followUpsSection(v: RunLogView, forms: FollowUpForm[], submit: (e: SubmitEvent) => void) {
  if (!forms.length) return nothing;
  const s = v.s;
  return html`<section part="follow-ups" class="follow-ups no-print" aria-labelledby="follow-ups">
    ${heading(v.level, 'follow-ups', 'section-heading', s.followUpHeading)}
    ${forms.map(({ run, questions }) =>
      ratingsForm(
        v,
        run,
        questions.map((q) => q.field),
        (f) => (questions.find((q) => q.field === f)!.onTheDay ? s.ask : s.askLater)[f as 'dayAfter'],
        submit,
      ),
    )}
  </section>`;
}

/**
 * Blanks each form now asking another question than at the last render: when a question is answered
 * elsewhere, Lit gives its form's place to the next one, and a pick must never move to a question it
 * was not made for. Call after each render.
 */
export function blankMovedForms(root: ParentNode): void {
  for (const form of root.querySelectorAll('form')) {
    if (form.dataset.asks !== form.name) form.reset();
    form.dataset.asks = form.name;
  }
}
