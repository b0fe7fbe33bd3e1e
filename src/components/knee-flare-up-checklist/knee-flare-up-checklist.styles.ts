import { css } from 'lit';

export const checklistStyles = css`
  .checklist {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .heading {
    font-size: 1.25rem;
  }
  .progress {
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  li {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75rem;
    align-items: start;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  li:last-child {
    border-bottom: 0;
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
    width: 1.75rem;
    height: 1.75rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  label {
    cursor: pointer;
    min-height: 2rem;
    padding-top: 0.125rem;
  }
  li.done label {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
    color: var(--_muted);
  }
  details {
    grid-column: 2;
    margin-top: 0.25rem;
  }
  blockquote {
    margin: 0.5rem 0 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  blockquote footer {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-top: 0.75rem;
  }
  .notice {
    margin: 0;
  }
  .mark {
    display: none;
  }
  @container (min-width: 36rem) {
    .checklist {
      padding: calc(var(--_space) * 1.5);
    }
    .heading {
      font-size: 1.4rem;
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
