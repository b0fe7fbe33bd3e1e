import type { KneeRun } from './meta.js';
import { dayNumber, daysBetween } from './dates.js';

/** The three ratings of a run, in chart, table and CSV order. */
export const RATINGS = ['during', 'dayAfter', 'twoDaysAfter'] as const;
export type RatingField = (typeof RATINGS)[number];
export const UNITS = ['km', 'mi'] as const;

/** Why a value is not a run; each has its words in the `runLog.problems` interface strings. */
export type RunProblem =
  'date' | 'future' | RatingField | 'distance' | 'tooFar' | 'unit' | 'duration' | 'tooLong' | 'note';

/** The longest run a log takes: 1,000 km (621 mi), and 24 hours. */
export const LIMITS = { km: 1000, mi: 621, min: 1440 };

const absent = (v: unknown) => v === undefined || v === null || v === '';
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A number from text, written plainly (`5`, `5.2`, `.5`): empty is undefined, anything else (`1e1`, `0x3`, `5 km`) is NaN. */
export const num = (text: string): number | undefined =>
  text.trim() === '' ? undefined : /^\s*-?\d*\.?\d+\s*$/.test(text) ? Number(text) : NaN;

/**
 * A run from untrusted data (storage, a host, a form, an imported row), in its one normal form (only
 * the fields it has; `unit` exactly when `distance`), or every problem it has. With `today`, a date
 * after it is a problem too.
 */
export function checkRun(value: unknown, today?: string): KneeRun | RunProblem[] {
  const v = (typeof value === 'object' && value ? value : {}) as Record<string, unknown>;
  const problems: RunProblem[] = [];
  const run = { date: v.date } as KneeRun & Record<string, unknown>;
  if (Number.isNaN(dayNumber(v.date))) problems.push('date');
  else if (today && run.date > today) problems.push('future');
  for (const f of RATINGS) {
    if (f !== 'during' && absent(v[f])) continue;
    if (Number.isInteger(v[f]) && (v[f] as number) >= 0 && (v[f] as number) <= 10) run[f] = v[f] as number;
    else problems.push(f);
  }
  if (!absent(v.distance)) {
    const unit = (v.unit || 'km') as 'km';
    if (!isAmount(v.distance)) problems.push('distance');
    else if (!UNITS.includes(unit)) problems.push('unit');
    else if (v.distance > LIMITS[unit]) problems.push('tooFar');
    else Object.assign(run, { distance: v.distance, unit });
  }
  if (!absent(v.duration)) {
    if (!isAmount(v.duration)) problems.push('duration');
    else if (v.duration > LIMITS.min) problems.push('tooLong');
    else run.duration = v.duration;
  }
  if (!absent(v.note)) {
    if (typeof v.note === 'string') run.note = v.note;
    else problems.push('note');
  }
  return problems.length ? problems : run;
}

/** Oldest first. */
export const byDate = (a: KneeRun, b: KneeRun) => (a.date < b.date ? -1 : 1);

/** Runs sorted oldest first, one per date: the first of two runs on one date wins, the other is rejected. */
export function sortRuns(values: readonly unknown[]): { runs: KneeRun[]; rejected: unknown[] } {
  const kept = new Map<string, KneeRun>();
  const rejected = values.filter((value) => {
    const run = checkRun(value);
    return Array.isArray(run) || kept.has(run.date) || !kept.set(run.date, run);
  });
  return { runs: [...kept.values()].sort(byDate), rejected };
}

/** A follow-up question waiting for an answer: from the day after a run, for up to 7 days. */
export interface FollowUp {
  run: KneeRun;
  field: Exclude<RatingField, 'during'>;
  /** Whole days since the run. */
  days: number;
}

/** Questions still open on `today`, oldest run first. `runs` are sorted oldest first. */
export function followUps(runs: KneeRun[], today: string): FollowUp[] {
  const open: FollowUp[] = [];
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    const days = daysBetween(run.date, today);
    if (days > 7) break;
    if (days >= 2 && run.twoDaysAfter === undefined) open.unshift({ run, field: 'twoDaysAfter', days });
    if (days >= 1 && run.dayAfter === undefined) open.unshift({ run, field: 'dayAfter', days });
  }
  return open;
}

/** One follow-up form: a run and its open questions, each asked in the tense of the day it is answered. */
export interface FollowUpForm {
  run: KneeRun;
  questions: { field: FollowUp['field']; onTheDay: boolean }[];
}

/**
 * The open questions of `followUps` grouped by run, one form per run, oldest run first. A question is
 * asked `onTheDay` when it is answered on the day it is about (the day after on the day after).
 */
export function followUpForms(runs: KneeRun[], today: string): FollowUpForm[] {
  const forms = new Map<KneeRun, FollowUpForm>();
  for (const q of followUps(runs, today)) {
    const form = forms.get(q.run) ?? forms.set(q.run, { run: q.run, questions: [] }).get(q.run)!;
    form.questions.push({ field: q.field, onTheDay: q.days === RATINGS.indexOf(q.field) });
  }
  return [...forms.values()];
}

/**
 * Of the last 5 runs rated on `field`, how many were rated the same as or lower than during the run:
 * `[same or better, runs counted]`. A description of the person's own numbers, no threshold.
 */
export function sameOrBetter(runs: readonly KneeRun[], field: 'dayAfter' | 'twoDaysAfter'): [number, number] {
  const rated = runs.filter((r) => r[field] !== undefined).slice(-5);
  return [rated.filter((r) => r[field]! <= r.during).length, rated.length];
}
