import type { ContentProblem } from './content.js';

/** `knee-checklist-change`: `id` is null when many boxes changed at once (Clear all, undo, another tab). */
export interface KneeChecklistChangeDetail {
  id: string | null;
  checked: boolean;
  done: number;
  total: number;
}

/** `knee-content-error`: a `content-src` file could not be used; the built-in article stays. */
export interface KneeContentErrorDetail {
  src: string;
  problems: ContentProblem[];
}

/** `knee-exercise-step`: the step now playing. Times are in seconds. */
export interface KneeExerciseStepDetail {
  index: number;
  title: string;
  start: number;
  end: number;
}

export type KneeExerciseErrorReason =
  'not-found' | 'unsupported' | 'network' | 'unavailable' | 'decode' | 'play-refused' | 'no-source';

/** `knee-exercise-error`: why the video cannot play, and the message shown to the person. */
export interface KneeExerciseErrorDetail {
  reason: KneeExerciseErrorReason;
  message: string;
}

/** One logged run. Dates are `YYYY-MM-DD`; ratings are whole numbers 0–10; `unit` is present with `distance`. */
export interface KneeRun {
  date: string;
  during: number;
  dayAfter?: number;
  twoDaysAfter?: number;
  distance?: number;
  unit?: 'km' | 'mi';
  /** Minutes. */
  duration?: number;
  note?: string;
}

/** `knee-run-log-change`: every run in the log, oldest first. */
export interface KneeRunLogChangeDetail {
  runs: KneeRun[];
}

/** Every event the library fires, by name. All bubble and are composed. */
export interface KneeEventDetails {
  'knee-checklist-change': KneeChecklistChangeDetail;
  'knee-content-error': KneeContentErrorDetail;
  'knee-exercise-play': { currentTime: number };
  'knee-exercise-pause': { currentTime: number };
  'knee-exercise-step': KneeExerciseStepDetail;
  'knee-exercise-complete': { duration: number };
  'knee-exercise-error': KneeExerciseErrorDetail;
  'knee-run-log-change': KneeRunLogChangeDetail;
}

/** A `knee-*` event that bubbles and crosses shadow roots. */
export const kneeEvent = <K extends keyof KneeEventDetails>(name: K, detail: KneeEventDetails[K]) =>
  new CustomEvent(name, { detail, bubbles: true, composed: true });

declare global {
  interface HTMLElementEventMap {
    'knee-checklist-change': CustomEvent<KneeChecklistChangeDetail>;
    'knee-content-error': CustomEvent<KneeContentErrorDetail>;
    'knee-exercise-play': CustomEvent<{ currentTime: number }>;
    'knee-exercise-pause': CustomEvent<{ currentTime: number }>;
    'knee-exercise-step': CustomEvent<KneeExerciseStepDetail>;
    'knee-exercise-complete': CustomEvent<{ duration: number }>;
    'knee-exercise-error': CustomEvent<KneeExerciseErrorDetail>;
    'knee-run-log-change': CustomEvent<KneeRunLogChangeDetail>;
  }
}
