import { css } from 'lit';

export const playerStyles = css`
  .player {
    display: grid;
    gap: 0.75rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .player.is-fullscreen {
    overflow: auto;
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
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .loading {
    position: absolute;
    inset: auto 0 0 0;
    margin: 0;
    padding: 0.25rem 0.5rem;
    background: rgb(0 0 0 / 0.75);
    color: #fff;
  }
  .alert.has-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem;
    border: 2px solid var(--_text);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_callout);
  }
  .alert p {
    margin: 0;
    flex: 1 1 16rem;
    font-weight: 600;
  }
  .controls,
  .step-controls,
  .resume {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .controls input[type='range'] {
    flex: 1 1 8rem;
    min-width: 6rem;
    min-height: 2.75rem;
    accent-color: var(--_accent);
  }
  .time {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .speed {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  select {
    font: inherit;
    min-height: 2.75rem;
    padding: 0 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button[aria-pressed='true']::before {
    content: '✓ ';
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  ol {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  [part='step'],
  [part='cue'] {
    width: 100%;
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
    border-inline-start-width: 0.5rem;
    font-weight: 700;
  }
  .step-time {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    margin-inline-end: 0.5rem;
  }
  button:hover .step-time {
    color: inherit;
  }
  dl {
    margin: 0.5rem 0 0;
    display: grid;
    gap: 0.25rem;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  dt {
    font-weight: 700;
    min-width: 8rem;
  }
  dd {
    margin: 0;
  }
  @container (min-width: 40rem) {
    .player {
      padding: calc(var(--_space) * 1.5);
    }
  }
  @media (forced-colors: active) {
    [part='step'][aria-current],
    [part='cue'][aria-current],
    button[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .frame {
      display: none;
    }
    .transcript {
      display: block;
    }
  }
`;
