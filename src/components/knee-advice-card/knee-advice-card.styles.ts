import { css } from 'lit';

export const cardStyles = css`
  .card {
    position: relative;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .card.callout {
    background: var(--_callout);
    border-inline-start: 0.5em solid var(--_accent);
  }
  .heading {
    font-size: 1.25em;
  }
  p {
    max-width: 70ch;
  }
  /* The clinic's safety-net words follow the flare-up paragraphs, spaced as a paragraph is. */
  .card ::slotted(*) {
    margin-block: 0.75em 0;
  }
  .card p:has(+ slot) {
    margin-block-end: 0;
  }
  @container (min-width: 36em) {
    .card {
      padding: calc(var(--_space) * 1.5);
    }
    .heading {
      font-size: 1.4em;
    }
  }
  @media print {
    .card,
    .card.callout {
      border-color: #000;
      break-inside: avoid;
    }
  }
`;
