import type { ReactiveController } from 'lit';
import { kneeEvent } from '../../../internal/events.js';
import type { KneeExerciseStepDetail } from '../meta.js';
import type { Cue } from '../vtt.js';
import { wordsOf, type MediaController, type PlayerHost, type PlayerWords } from './media.js';

/** How close to a step's end counts as its end (seconds of media time). */
export const STEP_END_SLACK = 0.08;

/** "Repeat this step", "Pause after each step", and the step already paused at (so Play continues past it). */
export interface StepModes {
  repeat: boolean;
  pauseAfter: boolean;
  pausedAtEndOf: number;
}

/** Index of the step playing at media time `t` (steps in start order), or -1 before the first step. */
export function stepAt(steps: readonly Cue[], t: number): number {
  let i = steps.length - 1;
  while (i >= 0 && t < steps[i].start - 0.001) i--;
  return i;
}

/** Where step `index` ends: its cue's end, or the video's end if that comes first for the last step. */
export function stepEnd(steps: readonly Cue[], index: number, duration: number): number {
  const end = steps[index].end;
  return index === steps.length - 1 && duration > 0 ? Math.min(end, duration) : end;
}

/** What to do at media time `t`: pause at the step's end, loop back to its start, or nothing yet. */
export function boundaryAction(
  steps: readonly Cue[],
  t: number,
  duration: number,
  modes: StepModes,
): 'pause' | 'loop' | null {
  const i = stepAt(steps, t);
  if (i < 0 || !(modes.repeat || modes.pauseAfter) || t < stepEnd(steps, i, duration) - STEP_END_SLACK) return null;
  if (modes.pauseAfter && modes.pausedAtEndOf !== i) return 'pause';
  return modes.repeat ? 'loop' : null;
}

/** Seconds of real time until the next boundary at playback `rate`, or null when none is due. */
export function nextBoundary(
  steps: readonly Cue[],
  t: number,
  duration: number,
  rate: number,
  modes: StepModes,
): number | null {
  const i = stepAt(steps, t);
  if (i < 0 || !(modes.repeat || (modes.pauseAfter && modes.pausedAtEndOf !== i))) return null;
  return Math.max(0, (stepEnd(steps, i, duration) - STEP_END_SLACK - t) / (rate || 1));
}

/** The media a StepsController drives (a MediaController, or a stand-in in tests). */
export type StepsMedia = Pick<MediaController, 'time' | 'duration' | 'rate' | 'playing' | 'seek' | 'pause' | 'listen'>;
/** Timers, replaceable by a fake clock in tests. */
export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}
const realClock: Clock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as number),
};

/**
 * The steps (from the chapters file), which one is playing, and the player's only state of its own:
 * "Repeat this step" and "Pause after each step". A timer meets each step's end on time rather than at
 * the next `timeupdate`; it is cleared whenever the video stops and when the element leaves the page.
 */
export class StepsController implements ReactiveController {
  steps: readonly Cue[] = [];
  /** The last thing said to screen readers (a new step, a pause), kept as words to fill in the host's language when shown. */
  #said: ((words: PlayerWords) => string) | null = null;
  #host: PlayerHost;
  #media: StepsMedia;
  #clock: Clock;
  #modes: StepModes = { repeat: false, pauseAfter: false, pausedAtEndOf: -1 };
  #announced = -1;
  /** The step last kept in view in the list. */
  #inView = -1;
  #timer: unknown;

  constructor(host: PlayerHost, media: StepsMedia, clock: Clock = realClock) {
    this.#host = host;
    this.#media = media;
    this.#clock = clock;
    host.addController(this);
    media.listen(
      ['timeupdate', this.#onTime],
      ['seeked', this.#onTime],
      ['playing', this.#schedule],
      ['ratechange', this.#schedule],
      ['pause', this.#cancel],
    );
  }

  /** The last thing said to screen readers, in the host's language now (a `lang` change re-renders it). */
  get announcement(): string {
    return this.#said?.(wordsOf(this.#host)) ?? '';
  }

  /** Index of the step playing now, or -1. */
  get current(): number {
    return stepAt(this.steps, this.#media.time);
  }
  get repeat(): boolean {
    return this.#modes.repeat;
  }
  set repeat(on: boolean) {
    this.#modes.repeat = on;
    this.#changed();
  }
  get pauseAfter(): boolean {
    return this.#modes.pauseAfter;
  }
  set pauseAfter(on: boolean) {
    this.#modes.pauseAfter = on;
    this.#modes.pausedAtEndOf = -1;
    this.#changed();
  }

  /** The steps as event details. */
  get details(): KneeExerciseStepDetail[] {
    return this.steps.map((c, index) => ({ index, title: c.text, start: c.start, end: c.end }));
  }

  setSteps(steps: readonly Cue[]): void {
    this.steps = steps;
    this.#sync(false);
    this.#changed();
  }

  /** Goes to `time`, announcing a new step there. */
  seek(time: number): void {
    this.#media.seek(time);
    this.#sync(true);
    this.#changed();
  }
  goTo(index: number): void {
    const step = this.steps[index];
    if (step) this.seek(step.start);
  }
  /** The current step's start, or the one before when within 2 s of this one's start. */
  previous(): void {
    const i = this.current;
    const step = this.steps[i];
    this.goTo(step && this.#media.time - step.start > 2 ? i : Math.max(0, i - 1));
  }
  next(): void {
    if (this.current < this.steps.length - 1) this.goTo(this.current + 1);
  }

  /** At the video's end with "Repeat this step" on: back to the step's start and on. True when handled. */
  loopAtEnd(play: () => unknown): boolean {
    if (!this.#modes.repeat || this.current < 0) return false;
    this.goTo(this.current);
    play();
    return true;
  }

  hostDisconnected(): void {
    this.#cancel();
  }

  /** Keeps the current step in view inside the list of steps when it changes, scrolling that list only (never the page). */
  hostUpdated(): void {
    const current = this.current;
    const list = this.#host.shadowRoot?.querySelector<HTMLElement>('[part=step-list]');
    const item = list?.children[current] as HTMLElement | undefined;
    if (!list || !item || current === this.#inView) return;
    this.#inView = current;
    const [top, bottom] = [item.offsetTop, item.offsetTop + item.offsetHeight];
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }

  #changed(): void {
    this.#schedule();
    this.#host.requestUpdate();
  }

  /** Fires `knee-exercise-step` (and, when `announce`, tells screen readers) when the step changes. */
  #sync(announce: boolean): void {
    const index = this.current;
    if (index === this.#announced) return;
    this.#announced = index;
    const step = this.steps[index];
    if (!step) return;
    const total = this.steps.length;
    if (announce) this.#said = (words) => words.step(index + 1, total, step.text);
    this.#host.dispatchEvent(kneeEvent('knee-exercise-step', this.details[index]));
  }

  #onTime = () => {
    const modes = this.#modes;
    if (modes.pausedAtEndOf >= 0 && this.current !== modes.pausedAtEndOf) modes.pausedAtEndOf = -1;
    this.#sync(true);
    this.#check();
    this.#schedule();
  };

  /** At a step's end: pause once (and rewind, with repeat on too), or loop back to its start. */
  #check(): void {
    if (!this.#media.playing) return;
    const action = boundaryAction(this.steps, this.#media.time, this.#media.duration, this.#modes);
    const i = this.current;
    if (action === 'pause') {
      this.#media.pause();
      const title = this.steps[i].text;
      this.#said = (words) => words.pausedAfterStep(i + 1, title);
      this.#modes.pausedAtEndOf = this.#modes.repeat ? -1 : i;
      if (this.#modes.repeat) this.goTo(i);
      this.#host.requestUpdate();
    } else if (action === 'loop') this.goTo(i);
  }

  #schedule = () => {
    this.#cancel();
    if (!this.#media.playing) return;
    const wait = nextBoundary(this.steps, this.#media.time, this.#media.duration, this.#media.rate, this.#modes);
    if (wait === null) return;
    this.#timer = this.#clock.setTimeout(
      () => {
        this.#timer = undefined;
        this.#check();
        this.#schedule();
      },
      Math.max(10, wait * 1000),
    );
  };

  #cancel = () => {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  };
}
