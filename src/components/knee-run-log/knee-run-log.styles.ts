import { css } from 'lit';

/** The run log's own rules; buttons, focus, headings and print colours come from the base styles. */
export const runLogStyles = css`
  :host {
    --_error: var(--knee-error, light-dark(#b3261e, #ffb4ab));
  }
  .run-log {
    display: grid;
    gap: 1.25em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .run-log > * {
    min-width: 0;
  }
  .heading {
    font-size: 1.1em;
  }
  [part='run-log-heading'] {
    font-size: 1.3em;
  }
  figure,
  blockquote,
  fieldset {
    margin: 0;
  }
  blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 0.2em solid var(--_border);
  }
  footer,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .hint,
  .error {
    margin: 0 0 0.25em;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
    border-inline-start: 0.25em solid var(--_error);
    padding-inline-start: 0.5em;
  }
  form,
  .follow-ups {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill,minmax(min(100%, 13em), 1fr));
    gap: 0.75em;
    width: 100%;
  }
  .fields>div {
    display: grid;
    align-content: start;
  }
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  input:not([type='radio']) {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    max-width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
    width: 100%;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(auto-fill,minmax(2.75em, 1fr));
    max-width: 36em;
    gap: 0.25em;
  }
  .scale label {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .scale .none {
    grid-column: span 3;
  }
  .scale label:has(:checked) {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  .scale input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .follow-ups form,
  .change {
    justify-self: stretch;
    border-block-start: 1px solid var(--_border);
    padding-block: 0.75em;
  }
  .status,
  .pager,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .pager,
  section > .actions {
    margin-block-start: 0.75em;
  }
  .status > * {
    margin: 0;
  }
  .status > p,
  .problems {
    flex-basis: 100%;
  }
  /* An empty status stays (to announce what comes) but takes no room. */
  .status:not(:has(:not(:empty))) {
    margin-block-start: -1.25em;
  }
  [part='message']:focus {
    outline: none;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
    background: var(--_surface);
    color: var(--_accent);
  }
  .chart {
    display: block;
    width: 100%;
    max-width: 44em;
    height: 14em;
    overflow: visible;
  }
  .grid {
    stroke: var(--_border);
  }
  .axis {
    fill: var(--_text);
    font-size: 0.8em;
  }
  .odd {
    display: none;
  }
  .limit {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .bar {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .s0 {
    fill: var(--_accent);
  }
  .s1 {
    fill: var(--_surface);
  }
  .s2 {
    fill: url(#hatch);
  }
  .hatch {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .legend {
    list-style: none;
    padding: 0;
    margin: 0.5em 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    width: 1.125em;
    height: 1.125em;
    flex: none;
  }
  .table-wrap {
    overflow-x: auto;
    /* contains the visually hidden words in the table's buttons, which would otherwise widen the page */
    position: relative;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption,
  th,
  td {
    text-align: start;
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  caption {
    font-weight: 600;
    padding: 0 0 0.5em;
    border: 0;
  }
  th,
  .num,
  td:last-child {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .num {
    text-align: end;
  }
  .note {
    min-width: 8em;
  }
  @container (min-width: 30em) {
    .odd {
      display: inline;
    }
  }
  /* A narrow log (a phone, a clinic's content column) shows each run as a block: its date, each value with
     its label, then Change and Delete, all within reach without scrolling sideways. Paper keeps the table. */
  @media screen {
    @container (width < 60em) {
      table,
      caption,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      thead {
        position: absolute;
        clip: rect(0 0 0 0);
      }
      tr {
        padding-block: 0.5em;
        border-block-end: 1px solid var(--_border);
      }
      th,
      td,
      .num {
        border: 0;
        padding: 0.1em 0;
        text-align: start;
        white-space: normal;
      }
      td[data-label],
      td.no-print {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      td[data-label]::before {
        content: attr(data-label);
        flex: 0 0 min(50%, 12em);
        color: var(--_muted);
      }
      td:empty {
        display: none;
      }
      td.no-print {
        padding-block-start: 0.5em;
      }
    }
  }
  @media (forced-colors: active) {
    :host {
      --_error: CanvasText;
      --_surface: Canvas;
      --_text: CanvasText;
    }
    .scale label:has(:checked) {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  @media print {
    :host {
      --_error: #000;
    }
    .run-log {
      border: 0;
      padding: 0;
    }
    .table-wrap {
      overflow: visible;
    }
    tr,
    figure {
      break-inside: avoid;
    }
    .odd {
      display: inline;
    }
  }
`;
