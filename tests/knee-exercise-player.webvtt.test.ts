import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define-all.js';
import type { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import { vttProblem } from '../src/components/knee-exercise-player/vtt.js';
import { strings } from '../src/internal/strings.js';
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
  'comma-times.vtt',
  'srt-renamed.vtt',
  'no-cues.vtt',
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
        if (!expected?.length) {
          // refused, or read with no cue: no steps, and a note where the steps are and one where the captions are
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

describe('<knee-exercise-player> with a chapters or captions file that gives no step (issue 19, point 5)', () => {
  const shown = (el: KneeExercisePlayer) =>
    [...el.shadowRoot!.querySelectorAll('.track-note, .track-problem')].map((p) => p.textContent!.trim());

  for (const [file, problem] of [
    ['comma-times.vtt', 'comma-times'],
    ['srt-renamed.vtt', 'srt'],
    ['no-header.vtt', 'no-header'],
    ['no-cues.vtt', 'no-cues'],
    ['missing-steps.vtt', 'not-found'],
  ] as const) {
    it(`chapters "${file}": the player names the file and the likely cause (${problem}); the console warns once`, async () => {
      const url = `${DIR}/${file}`;
      const log = captureConsole();
      try {
        const el = await fixture<KneeExercisePlayer>(
          html`<knee-exercise-player src=${SAMPLE.webm} chapters=${url}></knee-exercise-player>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('.track-problem'), 'the cause is shown', { timeout: 5000 });
        expect(shown(el)).to.deep.equal([strings.player.stepsFailed, strings.player.trackProblems[problem](file)]);
        expect(el.steps).to.deep.equal([]);
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0])
          .to.include(`the chapters file "${url}"`)
          .and.include(strings.player.trackProblems[problem](url));
      } finally {
        log.restore();
      }
    });
  }

  it('a captions file in SRT style: the note where the captions are names the file and the cause', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player src=${SAMPLE.webm} captions=${`${DIR}/comma-times.vtt`}></knee-exercise-player>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.track-problem'), 'the cause is shown', { timeout: 5000 });
      expect(shown(el)).to.deep.equal([
        strings.player.captionsFailed,
        strings.player.trackProblems['comma-times']('comma-times.vtt'),
      ]);
      expect(log.warnings).to.have.length(1);
    } finally {
      log.restore();
    }
  });

  it('in the player’s language', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player lang="es" src=${SAMPLE.webm} chapters=${`${DIR}/srt-renamed.vtt`}></knee-exercise-player>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.track-problem'), 'the cause is shown', { timeout: 5000 });
      await waitUntil(() => shown(el)[1]?.startsWith('El archivo «srt-renamed.vtt» parece un archivo SRT'), 'Spanish');
    } finally {
      log.restore();
    }
  });

  it('the complete chapters file in docs/video.md is the sample’s, and gives the steps the page says', async () => {
    const doc = await (await fetch('/docs/video.md')).text();
    const example = /```vtt\n([\s\S]*?)```/.exec(doc)![1];
    expect(example).to.equal(await (await fetch(SAMPLE.chapters)).text());
    const chapters = URL.createObjectURL(new Blob([example], { type: 'text/vtt' }));
    try {
      const el = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player src=${SAMPLE.webm} chapters=${chapters}></knee-exercise-player>`,
      );
      await waitUntil(() => el.steps.length === 3, 'steps');
      expect(el.steps[1]).to.deep.equal({ index: 1, title: 'Quads', start: 6, end: 12 });
      expect(doc).to.include("`{ index: 1, title: 'Quads', start: 6, end: 12 }`");
      await el.updateComplete;
      const second = el.shadowRoot!.querySelectorAll('[part=step]')[1].textContent!.replace(/\s+/g, ' ').trim();
      expect(second).to.equal('0:06 Quads');
      expect(doc).to.include(`**${second}**`);
    } finally {
      URL.revokeObjectURL(chapters);
    }
  });

  it('vttProblem reads the likely cause from the text', () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n';
    expect(vttProblem(srt)).to.equal('srt');
    expect(vttProblem(`\uFEFFWEBVTT\r\n\r\n${srt}`)).to.equal('comma-times');
    expect(vttProblem('WEBVTT - steps\n\n01:00,500 --> 02:00,000\nHi\n')).to.equal('comma-times');
    expect(vttProblem('00:00:01.000 --> 00:00:02.000\nHi\n')).to.equal('no-header');
    expect(vttProblem('')).to.equal('no-header');
    expect(vttProblem('WEBVTTX\n')).to.equal('no-header');
    expect(vttProblem('WEBVTT\n')).to.equal('no-cues');
    expect(vttProblem('WEBVTT\n\nA step, 5,000 times\n')).to.equal('no-cues');
  });
});
