import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/register.js';
import type { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import { SAMPLE } from '../content/sample/fixtures.js';
import { captureConsole } from './helpers.js';

// The player's steps and transcript must hold exactly what the browser itself makes of a WebVTT file:
// same cues, same order, same times, same text (as getCueAsHTML().textContent). Inputs: the
// web-platform-tests WebVTT parsing files and examples in the manner of the specification.
const DIR = '/tests/fixtures/webvtt';
const FILES = [
  'wpt/arrows.vtt',
  'wpt/ids.vtt',
  'wpt/timings-too-short.vtt',
  'wpt/timings-too-long.vtt',
  'wpt/timings-negative.vtt',
  'wpt/timings-omitted-hours.vtt',
  'spec-voices.vtt',
  'spec-markup.vtt',
  'no-header.vtt',
  'empty.vtt',
];

interface Seen {
  start: number;
  end: number;
  text: string;
}

/** The browser's own reading of `url`: a <track> in a <video> in the page. Null when it refuses the file. */
function browserCues(url: string): Promise<Seen[] | null> {
  const video = document.createElement('video');
  const track = video.appendChild(document.createElement('track'));
  track.kind = 'subtitles';
  track.default = true;
  document.body.append(video);
  return new Promise<Seen[] | null>((resolve) => {
    track.onload = () =>
      resolve(
        [...track.track.cues!].map((c) => ({
          start: c.startTime,
          end: c.endTime,
          text: (c as VTTCue).getCueAsHTML().textContent!,
        })),
      );
    track.onerror = () => resolve(null);
    track.src = url;
    // Asked for outright: WebKit loads a `default` track only for a video that has a source.
    track.track.mode = 'hidden';
  }).finally(() => video.remove());
}

describe('<knee-exercise-player> reads WebVTT exactly as the browser does', () => {
  for (const file of FILES) {
    it(file, async () => {
      const url = `${DIR}/${file}`;
      const expected = await browserCues(url);
      const log = captureConsole();
      try {
        const el = await fixture<KneeExercisePlayer>(
          html`<knee-exercise-player src=${SAMPLE.webm} captions=${url} chapters=${url}></knee-exercise-player>`,
        );
        const notes = () => [...el.shadowRoot!.querySelectorAll('.track-note')].length;
        if (!expected) {
          await waitUntil(() => notes() === 2, 'a note where the steps are and one where the captions are');
          expect(el.steps).to.deep.equal([]);
          expect(log.warnings.length, 'one warning (per file)').to.equal(1);
          return;
        }
        await waitUntil(() => el.steps.length === expected.length, `${expected.length} steps`);
        expect(el.steps.map(({ start, end, title }) => ({ start, end, text: title }))).to.deep.equal(expected);
        const transcript = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.transcript')!;
        transcript.open = true;
        const lines = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=cue]')];
        await waitUntil(() => lines().length === expected.length, `${expected.length} transcript lines`);
        const texts = lines().map((b) => b.textContent!.slice(b.querySelector('.step-time')!.textContent!.length + 1));
        expect(texts).to.deep.equal(expected.map((c) => c.text));
        expect(notes()).to.equal(0);
      } finally {
        log.restore();
      }
    });
  }
});
