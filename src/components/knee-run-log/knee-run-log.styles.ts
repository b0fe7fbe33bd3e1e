import { css } from 'lit';

export const runLogStyles = css`
  .run-log {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 1.25em;
  }
  .heading {
    font-size: 1.25em;
  }
  section .heading,
  form .heading {
    font-size: 1.1em;
  }
  /* Grid items may shrink below their content, so only the table's own box scrolls sideways. */
  .run-log > *,
  .results {
    min-width: 0;
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
  blockquote footer,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .hint,
  .error {
    margin: 0 0 0.25em;
  }
  /* An empty status stays in the page (so it is announced when it fills) but takes no room. */
  .status:not(:has(button, li, p:not(:empty))) {
    margin-block-start: -1.25em;
  }
  [part='message']:focus {
    outline: none;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
    border-inline-start: 0.25em solid var(--_error);
    padding-inline-start: 0.5em;
  }
  form,
  .follow-ups,
  .fields {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .fields {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    justify-items: stretch;
    width: 100%;
  }
  .field {
    display: grid;
    align-content: start;
  }
  .field input {
    width: 100%;
  }
  label {
    font-weight: 600;
  }
  input:not([type='radio']),
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    max-width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
    width: 100%;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(2.75em, 1fr));
    max-width: 36em;
    gap: 0.25em;
  }
  .scale label {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0.125em 0.25em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
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
  .follow-ups form {
    justify-self: stretch;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75em;
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
    stroke-width: 1;
  }
  .axis {
    fill: var(--_text);
    font-size: 0.8em;
  }
  .limit {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 8 4;
  }
  .swatch .limit {
    stroke-dasharray: 4 2;
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
  .hatch-bg {
    fill: var(--_surface);
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
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th {
    overflow-wrap: normal;
  }
  th,
  td {
    text-align: start;
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_border);
    vertical-align: middle;
  }
  th[scope='row'] {
    white-space: nowrap;
  }
  .num {
    text-align: end;
  }
  td.num,
  td button {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .note {
    min-width: 8em;
  }
  .print-only {
    display: none;
  }
  .pager,
  .actions,
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .status [part='message'] {
    flex-basis: 100%;
    margin: 0;
  }
  .problems {
    flex-basis: 100%;
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .pager,
  .actions {
    margin-block-start: 0.75em;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:disabled:hover {
    background: var(--_surface);
    color: var(--_accent);
  }
  :host {
    --_error: var(--knee-error, light-dark(#b3261e, #ffb4ab));
  }
  .axis.odd {
    display: none;
  }
  @container (min-width: 30em) {
    .axis.odd {
      display: inline;
    }
  }
  @container (min-width: 36em) {
    .run-log {
      padding: calc(var(--_space) * 1.5);
    }
    .heading {
      font-size: 1.4em;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_error: CanvasText;
    }
    .bar,
    .hatch,
    .limit {
      stroke: CanvasText;
    }
    .s0 {
      fill: CanvasText;
    }
    .s1,
    .hatch-bg {
      fill: Canvas;
    }
    .axis {
      fill: CanvasText;
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
    .print-only {
      display: inline;
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
    .axis.odd {
      display: inline;
    }
  }
`;
