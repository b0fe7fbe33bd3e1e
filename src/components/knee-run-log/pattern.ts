import type { KneeRun } from '../../internal/events.js';

/** How many runs the pattern sentence looks back over. */
export const PATTERN_RUNS = 5;

/**
 * Of the last `PATTERN_RUNS` runs rated on `field`, how many were rated the same as or lower than during
 * the run: `[same or better, runs counted]`. A description of the person's own numbers, no threshold.
 */
export function sameOrBetter(runs: readonly KneeRun[], field: 'dayAfter' | 'twoDaysAfter'): [number, number] {
  const rated = runs.filter((r) => r[field] !== undefined).slice(-PATTERN_RUNS);
  return [rated.filter((r) => r[field]! <= r.during).length, rated.length];
}
