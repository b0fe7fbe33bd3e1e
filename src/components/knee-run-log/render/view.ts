import type { LocaleTable } from '../../../internal/strings.js';
import type { RunLogWords } from '../controllers/runs.js';
import type { RatingField, RunProblem } from '../runs.js';

/** Why a form field (or a follow-up form, by its name, or an imported row) cannot be used. */
export type Problem = RunProblem | 'quotes' | 'taken';

/** What every piece of the log's template reads: its words, dates in its language, today, the problems shown. */
export interface RunLogView {
  /** Every interface word in the log's language; `s` is its own block. */
  t: LocaleTable;
  s: RunLogWords;
  /** The language of dates and amounts. */
  lang: string;
  today: string;
  /** A date in the log's language ("Mon, May 6, 2024", or "May 6" when `short`). */
  day: (iso: string, short?: boolean) => string;
  /** The level of the headings of the log's sections. */
  level: number;
  /** Problems by form field (or follow-up form name). */
  errors: Readonly<Record<string, Problem>>;
}

/** The words for one problem of a run (an import row, a form field). */
export const problemWords = (s: RunLogWords, p: Problem): string =>
  p in s.series ? s.problems.rating(s.series[p as RatingField]) : s.problems[p as Exclude<Problem, RatingField>];
