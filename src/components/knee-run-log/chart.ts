import type { KneeRun } from './meta.js';
import { RATINGS, type RatingField } from './runs.js';

/** The chart shows this many runs, the most recent on the right. */
export const CHART_RUNS = 10;
/** Plot area, in percent of the chart's width and height (room left for the 0–10 labels, below for dates). */
export const PLOT = { left: 7, top: 8, bottom: 82 };

/** Vertical position, in percent, of a rating 0–10. */
export const yOf = (rating: number) => PLOT.top + (PLOT.bottom - PLOT.top) * (1 - rating / 10);

export interface Bar {
  run: KneeRun;
  field: RatingField;
  value: number;
  /** Percent of the chart's width and height. */
  x: number;
  width: number;
  y: number;
  height: number;
}

/** The x centre of each run's group, in percent, for its date label. */
export const slotCentre = (i: number) => PLOT.left + ((100 - PLOT.left) / CHART_RUNS) * (i + 0.5);

/** A rating of 0 still shows, as a sliver on the base line, apart from a rating not given. */
export const MIN_HEIGHT = 1;

/** One bar per rating given, three per run side by side (during, day after, two days after). */
export function bars(runs: readonly KneeRun[]): Bar[] {
  const slot = (100 - PLOT.left) / CHART_RUNS;
  const width = slot * 0.24;
  return runs.flatMap((run, i) =>
    RATINGS.flatMap((field, j) => {
      const value = run[field];
      if (value === undefined) return [];
      const height = Math.max(yOf(0) - yOf(value), MIN_HEIGHT);
      return [{ run, field, value, x: slotCentre(i) + (j - 1.5) * width, width, y: yOf(0) - height, height }];
    }),
  );
}
