import { html, nothing, type TemplateResult } from 'lit';
import { shortcutList } from './controllers/keyboard.js';
import type { FullscreenController } from './controllers/fullscreen.js';
import type { MediaController, PlayerWords } from './controllers/media.js';
import type { StepsController } from './controllers/steps.js';
import { fileName, type TrackFile } from './controllers/tracks.js';
import type { KneeExerciseErrorDetail } from './meta.js';
import { clock, spokenTime } from './vtt.js';

// The player's render pieces: plain functions of what they show, so the element file keeps the wiring.

/** A button of the player; `pressed` makes it a toggle (`aria-pressed`). */
export function button(
  text: string,
  onClick: () => unknown,
  { pressed, cls }: { pressed?: boolean; cls?: string } = {},
): TemplateResult {
  return html`<button part="button" type="button" class=${cls ?? nothing} aria-pressed=${pressed === undefined ? nothing : pressed ? 'true' : 'false'} @click=${onClick}>
      ${text}
    </button>`;
}

export interface ControlsView {
  media: MediaController;
  duration: number;
  /** The language of the words (for the time in words). */
  lang: string;
  speed: number;
  speeds: readonly number[];
  /** Whether there are captions to switch. */
  captions: boolean;
  fullscreen: FullscreenController;
  togglePlay: () => unknown;
  seek: (time: number) => unknown;
  setSpeed: (rate: number) => unknown;
}

/** The row of playback controls: Play, the seek bar and clock, speed, captions, mute and full screen. */
export function controlsRow(t: PlayerWords, v: ControlsView): TemplateResult {
  const { media, duration, fullscreen } = v;
  const time = media.time;
  return html`<div part="controls" class="controls no-print">
    ${button(media.playing ? t.pause : t.play, v.togglePlay, { cls: 'play' })}
    <input
      part="seek"
      type="range"
      min="0"
      max=${Math.max(duration, 0.1)}
      step="1"
      .value=${String(time)}
      ?disabled=${media.navigable === false}
      aria-label=${t.seek}
      aria-valuetext=${t.position(spokenTime(time, v.lang), spokenTime(duration, v.lang))}
      @input=${(e: Event) => v.seek(Number((e.target as HTMLInputElement).value))}
    />
    <span class="time" aria-hidden="true">${clock(time)} / ${clock(duration)}</span>
    <span class="speed">
      <label for="knee-speed">${t.speed}</label>
      <select id="knee-speed" part="speed-select" @change=${(e: Event) => v.setSpeed(Number((e.target as HTMLSelectElement).value))}>
        ${v.speeds.map((rate) => html`<option value=${rate} ?selected=${rate === v.speed}>${t.speedOption(rate)}</option>`)}
      </select>
    </span>
    ${v.captions ? button(t.captions, () => media.toggleCaptions(), { pressed: media.captionsShowing }) : nothing}
    ${button(t.mute, () => media.toggleMute(), { pressed: media.muted })}
    ${fullscreen.enabled ? button(fullscreen.active ? t.exitFullScreen : t.fullScreen, () => fullscreen.toggle()) : nothing}
  </div>`;
}

/** The message shown when the video fails, with Try again (unless there is no video to try). */
export function alertBox(
  t: PlayerWords,
  error: KneeExerciseErrorDetail | null,
  hasTranscript: boolean,
  retry: () => unknown,
): TemplateResult {
  return html`<div part="alert" class=${error ? 'alert has-error' : 'alert'} role="alert">
    ${
      error
        ? html`<p>${t.errors[error.reason]}${hasTranscript ? ` ${t.errorSuffix}` : ''}</p>
          ${error.reason === 'no-source' ? nothing : button(t.retry, retry)}`
        : nothing
    }
  </div>`;
}

/** "Resume from m:ss" and "Start from the beginning", when a position is offered. */
export function resumeOffer(t: PlayerWords, at: number, go: (time: number) => unknown) {
  if (!at) return nothing;
  return html`<div class="resume no-print">${button(t.resume(clock(at)), () => go(at))} ${button(t.startOver, () => go(0))}</div>`;
}

/** The note that a chapters or captions file failed, and the likely cause, naming the file. */
function trackNote(t: PlayerWords, note: string, file: TrackFile) {
  const problem = file.problem && t.trackProblems[file.problem](fileName(file.url!));
  return html`<p class="track-note">${note}</p>
    ${problem ? html`<p class="track-problem">${problem}</p>` : nothing}`;
}

/**
 * The step controls and the list of steps (or the note that the chapters file failed). While the file is
 * on its way (and in prerendered markup) they stand empty at their final size, so nothing moves when the
 * steps arrive.
 */
export function stepsPanel(t: PlayerWords, file: TrackFile, v: StepsController) {
  if (file.status === 'failed') return trackNote(t, t.stepsFailed, file);
  if (file.status === 'none') return nothing;
  const current = v.current;
  const atLast = current >= v.steps.length - 1;
  return html`<div class="steps">
    <div class="step-controls no-print">
      ${button(t.previousStep, () => v.previous())}
      <button part="button" type="button" aria-disabled=${atLast ? 'true' : nothing} @click=${() => v.next()}>${t.nextStep}</button>
      ${button(t.repeatStep, () => (v.repeat = !v.repeat), { pressed: v.repeat })}
      ${button(t.pauseAfterStep, () => (v.pauseAfter = !v.pauseAfter), { pressed: v.pauseAfter })}
    </div>
    <ol part="step-list" aria-label=${t.steps} aria-busy=${file.status === 'loading' ? 'true' : nothing}>
      ${v.steps.map(
        (s, i) =>
          html`<li>
            <button part="step" type="button" aria-current=${i === current ? 'step' : nothing} @click=${() => v.goTo(i)}>
              <span class="step-time">${clock(s.start)}</span> ${s.text}
            </button>
          </li>`,
      )}
    </ol>
  </div>`;
}

/* eslint-disable lit-a11y/click-events-have-key-events -- one click listener for every transcript line's <button>, each a real, keyboard-operable button */
/** The transcript disclosure; its lines are made by the TranscriptController (or the note that the captions failed). */
export function transcriptPanel(
  t: PlayerWords,
  file: TrackFile,
  onToggle: () => void,
  onClick: (event: Event) => void,
) {
  if (file.status === 'failed') return trackNote(t, t.captionsFailed, file);
  return html`<details part="transcript" class="transcript" @toggle=${onToggle}>
    <summary>${t.transcript}</summary>
    <ol @click=${onClick}></ol>
  </details>`;
}
/* eslint-enable lit-a11y/click-events-have-key-events */

/** The "Keyboard shortcuts" disclosure, from the one table. */
export function shortcutsPanel(t: PlayerWords) {
  return html`<details class="shortcuts no-print">
    <summary>${t.shortcuts}</summary>
    <dl>${shortcutList(t).map(({ label, what }) => html`<div><dt>${label}</dt><dd>${what}</dd></div>`)}</dl>
  </details>`;
}

/** The captions track's label: the name of its language, in the interface's language ("Spanish", "español"). */
export function languageName(lang: string, wordsLang: string, fallback: string): string {
  try {
    const name = new Intl.DisplayNames([wordsLang], { type: 'language' }).of(lang);
    if (name && name.toLowerCase() !== lang.toLowerCase())
      return name.charAt(0).toLocaleUpperCase(wordsLang) + name.slice(1);
  } catch {
    // no names for languages in this browser
  }
  return fallback;
}
