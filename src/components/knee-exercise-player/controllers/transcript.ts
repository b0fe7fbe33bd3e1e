import type { ReactiveController } from 'lit';
import { clock, cueText } from '../vtt.js';
import type { PlayerHost } from './media.js';

export interface TranscriptOptions {
  /** The `<ol>` the lines go in (the template leaves its children to this controller). */
  list: () => HTMLOListElement | null;
  /** Whether the transcript is open: lines are only made once someone opens it. */
  open: () => boolean;
  time: () => number;
  seek: (time: number) => void;
  /** Milliseconds of work per task while making lines (default 8), so no task runs long. */
  budget?: number;
}

/** Index of the cue showing at `t` (cues in start order): the last to start at or before `t`, if not yet ended. */
export function cueAt(cues: readonly TextTrackCue[], t: number): number {
  let low = 0;
  let high = cues.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (cues[mid].startTime <= t) low = mid + 1;
    else high = mid - 1;
  }
  return high >= 0 && t < cues[high].endTime ? high : -1;
}

/**
 * The transcript: one button per cue, made only when the transcript is opened, a few milliseconds at a
 * time, so an hour-long class (20,000 cues) never blocks the page. The lines are made once; a re-render
 * of the player does not touch them, and the current line is marked by moving one attribute.
 */
export class TranscriptController implements ReactiveController {
  #options: TranscriptOptions;
  #cues: readonly TextTrackCue[] = [];
  #list: HTMLOListElement | null = null;
  #made = 0;
  #job: ReturnType<typeof setTimeout> | undefined;
  #current: Element | null = null;

  constructor(host: PlayerHost, options: TranscriptOptions) {
    this.#options = options;
    host.addController(this);
  }

  get cues(): readonly TextTrackCue[] {
    return this.#cues;
  }
  set cues(cues: readonly TextTrackCue[]) {
    if (cues === this.#cues) return;
    this.#cues = cues;
    this.#reset();
  }

  /**
   * Whether every line is made (for tests and the benchmark).
   * @internal
   */
  get complete(): boolean {
    return this.#made === this.#cues.length;
  }

  hostUpdated(): void {
    const list = this.#options.list();
    if (list !== this.#list) {
      this.#reset();
      this.#list = list;
    }
    if (list && this.#options.open() && this.#job === undefined && !this.complete) this.#job = setTimeout(this.#make);
    this.#mark();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#makeAll);
  }
  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#makeAll);
    clearTimeout(this.#job);
    this.#job = undefined;
  }

  /** A click on a line goes to its time (one listener for all lines). */
  onClick = (event: Event) => {
    const line = (event.target as Element).closest<HTMLElement>('[data-cue]');
    if (line) this.#options.seek(this.#cues[Number(line.dataset.cue)].startTime);
  };

  #reset(): void {
    clearTimeout(this.#job);
    this.#job = undefined;
    this.#made = 0;
    this.#current = null;
    this.#list?.replaceChildren();
  }

  /** Printing an open transcript: every line, now (printing waits for nothing). */
  #makeAll = () => this.#make(Infinity);

  #make = (budget = this.#options.budget ?? 8) => {
    clearTimeout(this.#job);
    this.#job = undefined;
    const list = this.#list;
    if (!list || !this.#options.open() || this.complete) return;
    const until = performance.now() + budget;
    const lines = document.createDocumentFragment();
    do lines.append(this.#line(this.#made++));
    while (this.#made < this.#cues.length && performance.now() < until);
    list.append(lines);
    this.#mark();
    if (!this.complete) this.#job = setTimeout(this.#make);
  };

  #line(index: number): HTMLLIElement {
    const cue = this.#cues[index];
    const item = document.createElement('li');
    const button = item.appendChild(document.createElement('button'));
    button.type = 'button';
    button.setAttribute('part', 'cue');
    button.dataset.cue = String(index);
    const time = button.appendChild(document.createElement('span'));
    time.className = 'step-time';
    time.textContent = clock(cue.startTime);
    button.append(' ', cueText(cue));
    return item;
  }

  /** Marks the line showing now (`aria-current`), moving one attribute rather than re-rendering the list. */
  #mark(): void {
    const index = cueAt(this.#cues, this.#options.time());
    const line = index >= 0 && index < this.#made ? (this.#list?.children[index]?.firstElementChild ?? null) : null;
    if (line === this.#current) return;
    this.#current?.removeAttribute('aria-current');
    line?.setAttribute('aria-current', 'true');
    this.#current = line;
  }
}
