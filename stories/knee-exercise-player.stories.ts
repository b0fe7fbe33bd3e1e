import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SAMPLE as MEDIA } from '../content/sample/fixtures.js';
import { darkPage, narrow } from './shared.js';

// The sample clip is a labelled stand-in made by content/sample/make-sample.sh; a clinic uses its own video.
const SAMPLE = { src: MEDIA.webm, poster: MEDIA.poster, captions: MEDIA.captions, chapters: MEDIA.chapters };

interface Args {
  src?: string;
  poster?: string;
  captions?: string;
  chapters?: string;
  label?: string;
  speed?: number;
  persist?: boolean;
  theme?: 'auto' | 'light' | 'dark';
  repeatStep?: boolean;
  pauseAfterEachStep?: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/knee-exercise-player',
  component: 'knee-exercise-player',
  args: { ...SAMPLE },
  render: (args) => html`<knee-exercise-player
    src=${args.src ?? nothing}
    poster=${args.poster ?? nothing}
    captions=${args.captions ?? nothing}
    chapters=${args.chapters ?? nothing}
    label=${args.label ?? nothing}
    speed=${args.speed ?? nothing}
    ?persist=${args.persist}
    theme=${args.theme ?? nothing}
    .repeatStep=${!!args.repeatStep}
    .pauseAfterEachStep=${!!args.pauseAfterEachStep}
  ></knee-exercise-player>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The sample clip with poster, captions and steps. No video is requested until Play is pressed. */
export const Default: Story = {};

/** Steps with "Pause after each step" on: the video waits at the end of each step. */
export const PauseAfterEachStep: Story = { args: { pauseAfterEachStep: true } };

/** "Repeat this step" on: the current step loops until it is turned off. */
export const RepeatStep: Story = { args: { repeatStep: true } };

/** Half speed, for following slowly. */
export const HalfSpeed: Story = { args: { speed: 0.5 } };

/** Captions and transcript: open "Transcript" to read every line; choose a line to go there. */
export const CaptionsAndTranscript: Story = {
  play: async ({ canvasElement }) => {
    const player = canvasElement.querySelector('knee-exercise-player')!;
    await customElements.whenDefined('knee-exercise-player'); // loaded on first use
    await player.updateComplete;
    player.shadowRoot!.querySelector<HTMLDetailsElement>('details.transcript')!.open = true;
  },
};

/** A clinic's own `<video>` with `<source>` and `<track>` children: it plays with native controls if JavaScript fails. */
export const SlottedVideo: Story = {
  render: () => html`<knee-exercise-player>
    <video controls preload="none" poster=${SAMPLE.poster}>
      <source src=${SAMPLE.src} type="video/webm" />
      <source src=${MEDIA.mp4} type="video/mp4" />
      <track kind="captions" src=${SAMPLE.captions} srclang="en" label="English" />
      <track kind="chapters" src=${SAMPLE.chapters} />
    </video>
  </knee-exercise-player>`,
};

/** A video that is not there: press Play to see the message, the Try again button and the transcript. */
export const MissingFile: Story = {
  tags: ['expects-media-error'],
  args: { src: 'sample/no-such-video.webm' },
  play: async ({ canvasElement }) => {
    const player = canvasElement.querySelector('knee-exercise-player')!;
    await customElements.whenDefined('knee-exercise-player'); // loaded on first use
    await player.updateComplete;
    await player.play();
  },
};

/** Remembers position and speed on this device and offers "Resume from m:ss" next time. */
export const Persisted: Story = { args: { persist: true } };

export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };

export const Narrow320: Story = { decorators: [narrow] };

/** Right to left (`dir="rtl"` on the page): the player mirrors, since its styles use logical properties. */
export const RightToLeft: Story = { decorators: [(story) => html`<div dir="rtl">${story()}</div>`] };

/** Inside the whole article: right after the paragraph about the guided exercise. */
export const InsideKneeAdvice: Story = {
  render: () => html`<knee-advice
    sections="strengthen exercise"
    video-src=${SAMPLE.src}
    video-poster=${SAMPLE.poster}
    video-captions=${SAMPLE.captions}
    video-chapters=${SAMPLE.chapters}
  ></knee-advice>`,
};
