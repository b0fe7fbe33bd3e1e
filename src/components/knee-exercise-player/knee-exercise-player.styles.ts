import { css } from 'lit';

/** Sizes in `em` from the player's own font size (never `rem`), and logical properties, so it mirrors under `dir="rtl"`. */
export const playerStyles = css`
  :host {
    --_radius: var(--knee-radius, 0.5em);
    --_space: var(--knee-space, 1em);
    --_step-list-height: var(--knee-step-list-height, 14em);
  }
  button {
    min-block-size: max(2.75em, 44px);
    min-inline-size: max(2.75em, 44px);
    padding-block: 0.375em;
    padding-inline: 0.875em;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* The tick is decoration: the alternative text after "/" keeps it out of the button's name. */
  button[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  summary {
    min-block-size: 1.5em;
  }
  .player {
    display: grid;
    gap: 0.75em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .panel {
    display: grid;
    gap: 0.75em;
    min-inline-size: 0;
  }
  .frame {
    position: relative;
    aspect-ratio: var(--knee-video-aspect-ratio, 16 / 9);
    background: #000;
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden;
    cursor: pointer;
  }
  video,
  ::slotted(video) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .loading {
    position: absolute;
    inset-block-end: 0;
    inset-inline: 0;
    margin: 0;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    background: rgb(0 0 0 / 0.75);
    color: #fff;
  }
  .alert.has-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em;
    border: 2px solid var(--_text);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_callout);
  }
  .alert p {
    margin: 0;
    flex: 1 1 16em;
    font-weight: 600;
  }
  .track-note,
  .track-problem {
    margin: 0;
    color: var(--_muted);
  }
  /* The cause names a file: a long name breaks rather than widening the player at 320 px. */
  .track-problem {
    overflow-wrap: anywhere;
  }
  .controls,
  .step-controls,
  .resume {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  /*
   * Right to left, the controls and steps follow the reading direction, but the seek bar and its clock
   * keep the media convention: time runs left to right, start on the left, as on YouTube and in Material
   * Design's bidirectionality guidance (a timeline is not reading order). The arrow keys match it in
   * both directions: ← goes back, → forward, on the slider and as player shortcuts.
   */
  .controls input[type='range'] {
    direction: ltr;
    flex: 1 1 8em;
    min-inline-size: 6em;
    min-block-size: max(2.75em, 44px);
    accent-color: var(--_accent);
  }
  .time {
    direction: ltr;
    unicode-bidi: isolate;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .speed {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  select {
    font: inherit;
    min-block-size: max(2.75em, 44px);
    padding-block: 0;
    padding-inline: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  ol {
    list-style: none;
    margin-block: 0.5em 0;
    margin-inline: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  /*
   * The list of steps has a fixed height, reserved before the chapters file arrives (and in prerendered
   * markup), so nothing moves when the steps come; a longer list scrolls inside it (300 steps are not
   * 26,000 px tall at 320 px), and the player keeps the current step in view. The padding, taken back by
   * the negative margin, keeps the focus ring of the first and last steps from being cut off.
   */
  [part='step-list'] {
    position: relative;
    block-size: var(--_step-list-height);
    overflow-y: auto;
    margin-inline: -0.375em;
    padding: 0.375em;
  }
  /* A long transcript scrolls in its own box, and lines out of view cost no layout. */
  .transcript ol {
    display: block;
    max-block-size: 24em;
    overflow-y: auto;
  }
  .transcript li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 3em;
    margin-block-end: 0.25em;
  }
  [part='step'],
  [part='cue'] {
    inline-size: 100%;
    text-align: start;
    border-width: 1px;
    border-color: var(--_border);
    color: var(--_text);
    font-weight: 400;
  }
  [part='step'][aria-current],
  [part='cue'][aria-current] {
    border-width: 2px;
    border-color: var(--_accent);
    border-inline-start-width: 0.5em;
    font-weight: 700;
  }
  .step-time {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    margin-inline-end: 0.5em;
  }
  button:hover .step-time {
    color: inherit;
  }
  dl {
    margin-block: 0.5em 0;
    margin-inline: 0;
    display: grid;
    gap: 0.25em;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  dt {
    font-weight: 700;
    min-inline-size: 8em;
  }
  dd {
    margin: 0;
  }
  .print-only {
    display: none;
  }
  @container (min-width: 40em) {
    .player {
      padding: calc(var(--_space) * 1.5);
    }
  }
  /* Full screen: the video takes the room left by the controls and steps, never covering them. */
  .player:fullscreen {
    grid-template-rows: minmax(0, 1fr) auto;
    block-size: 100%;
    overflow: hidden;
    border-radius: 0;
  }
  .player:fullscreen .frame {
    aspect-ratio: auto;
    min-block-size: 0;
  }
  .player:fullscreen .panel {
    max-block-size: 45vh;
    overflow-y: auto;
  }
  @media (orientation: landscape) {
    .player:fullscreen {
      grid-template-rows: minmax(0, 1fr);
      grid-template-columns: minmax(0, 1fr) minmax(16em, 38%);
    }
    .player:fullscreen .panel {
      max-block-size: none;
      align-content: start;
    }
  }
  @media (forced-colors: active) {
    [part='step'][aria-current],
    [part='cue'][aria-current],
    button[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
  /* On paper: the exercise's name, its steps with their start times, and where to watch the video. */
  @media print {
    .frame {
      display: none;
    }
    .print-only {
      display: block;
    }
    .print-title {
      font-weight: 700;
    }
    [part='step'] {
      border: 0;
      padding: 0;
      min-block-size: 0;
    }
    /* Every step and every transcript line on paper, none cut off by its scrolling box. */
    [part='step-list'],
    .transcript ol {
      block-size: auto;
      max-block-size: none;
      overflow: visible;
    }
    .transcript li {
      content-visibility: visible;
    }
    /* A transcript that was not opened has no lines to print: no "Transcript" heading without them. */
    .transcript:not([open]) {
      display: none;
    }
  }
`;
