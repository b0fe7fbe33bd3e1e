import { css } from 'lit';

export const checklistStyles = css`
  .checklist {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .heading {
    font-size: 1.25em;
  }
  .progress {
    font-weight: 600;
    margin-block: 0 0.5em;
    margin-inline: 0;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  li {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75em;
    align-items: start;
    padding-block: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  li:last-child {
    border-block-end: 0;
  }
  input[type='checkbox'],
  .mark {
    grid-column: 1;
    grid-row: 1;
  }
  label {
    grid-column: 2;
    grid-row: 1;
  }
  input[type='checkbox'] {
    /* At least 24 CSS px however small the text; the label beside it makes the row 44 px tall. */
    font-size: inherit;
    width: max(24px, 1.75em);
    height: max(24px, 1.75em);
    margin: 0;
    margin-block-start: calc(max(10px, 0.5em) - 0.125em);
    accent-color: var(--_accent);
    cursor: pointer;
  }
  label {
    cursor: pointer;
    /* The whole row is the click target: at least 44 CSS px tall. */
    min-height: max(44px, 2.75em);
    padding-block: max(10px, 0.5em);
  }
  li.done label {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
    color: var(--_muted);
  }
  details {
    grid-column: 2;
    margin-block-start: 0.25em;
  }
  blockquote {
    margin-block: 0.5em 0;
    margin-inline: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  blockquote footer {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-start: 0.75em;
  }
  .notice {
    margin: 0;
  }
  .mark {
    display: none;
  }
  @container (min-width: 36em) {
    .checklist {
      padding: calc(var(--_space) * 1.5);
    }
    .heading {
      font-size: 1.4em;
    }
  }
  @media (forced-colors: active) {
    li.done label {
      color: GrayText;
    }
  }
  @media print {
    input[type='checkbox'],
    details {
      display: none;
    }
    .mark {
      display: inline;
      font-size: 1.25em;
    }
    li {
      break-inside: avoid;
    }
    .checklist {
      border-color: #000;
    }
  }
`;
