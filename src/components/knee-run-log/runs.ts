import type { KneeRun } from './meta.js';
import { dayNumber, daysBetween } from './dates.js';

/** The three ratings of a run, in chart, table and CSV order. */
export const RATINGS = ['during', 'dayAfter', 'twoDaysAfter'] as const;
export type RatingField = (typeof RATINGS)[number];
export const UNITS = ['km', 'mi'] as const;

/** Why a value is not a run; each has its words in the `runLog.problems` interface strings. */
export type RunProblem = 'date' | 'future' | RatingField | 'distance' | 'unit' | 'duration' | 'note';

const absent = (v: unknown) => v === undefined || v === null || v === '';
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A number from text: empty is undefined, anything that is not a plain number is NaN. */
export const num = (text: string): number | undefined =>
  text.trim() === '' ? undefined : /^\s*-?\d*\.?\d+(e[-+]?\d+)?\s*$/i.test(text) ? Number(text) : NaN;

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
    if (!isAmount(v.distance)) problems.push('distance');
    else if (absent(v.unit) || UNITS.includes(v.unit as 'km'))
      Object.assign(run, { distance: v.distance, unit: v.unit || 'km' });
    else problems.push('unit');
  }
  if (!absent(v.duration)) {
    if (isAmount(v.duration)) run.duration = v.duration;
    else problems.push('duration');
  }
  if (!absent(v.note)) {
    if (typeof v.note === 'string') run.note = v.note;
    else problems.push('note');
  }
  return problems.length ? problems : run;
}

/** Runs sorted oldest first, one per date: the first of two runs on one date wins, the other is rejected. */
export function sortRuns(values: readonly unknown[]): { runs: KneeRun[]; rejected: unknown[] } {
  const byDate = new Map<string, KneeRun>();
  const rejected = values.filter((value) => {
    const run = checkRun(value);
    return Array.isArray(run) || byDate.has(run.date) || !byDate.set(run.date, run);
  });
  return { runs: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)), rejected };
}

/** `incoming` added to `runs` by date; a date already in `runs` keeps its run. */
export function mergeRuns(runs: KneeRun[], incoming: KneeRun[]) {
  const dates = new Set(runs.map((r) => r.date));
  const added = incoming.filter((r) => !dates.has(r.date) && dates.add(r.date));
  return { runs: sortRuns([...runs, ...added]).runs, added: added.length, kept: incoming.length - added.length };
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

/**
 * Of the last 5 runs rated on `field`, how many were rated the same as or lower than during the run:
 * `[same or better, runs counted]`. A description of the person's own numbers, no threshold.
 */
export function sameOrBetter(runs: readonly KneeRun[], field: 'dayAfter' | 'twoDaysAfter'): [number, number] {
  const rated = runs.filter((r) => r[field] !== undefined).slice(-5);
  return [rated.filter((r) => r[field]! <= r.during).length, rated.length];
}
