/**
 * The player's facts, free of its code (which the CDN file loads on demand): its tag, its `::part`
 * names (`<knee-advice>` forwards them without loading the player) and its events.
 */
export const tag = 'knee-exercise-player';

/** Every `::part` of the element. */
export const parts = [
  'player',
  'frame',
  'video',
  'alert',
  'controls',
  'button',
  'seek',
  'speed-select',
  'step-list',
  'step',
  'transcript',
  'cue',
] as const;

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

declare module '../../internal/events.js' {
  interface KneeEventDetails {
    'knee-exercise-play': { currentTime: number };
    'knee-exercise-pause': { currentTime: number };
    'knee-exercise-step': KneeExerciseStepDetail;
    'knee-exercise-complete': { duration: number };
    'knee-exercise-error': KneeExerciseErrorDetail;
  }
}
