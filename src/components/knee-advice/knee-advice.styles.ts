import { css } from 'lit';

export const adviceStyles = css`
  :host {
    /* The clinic's slotted content inherits the theme's text colour, so it sits on the theme's surface too. */
    background: var(--_surface);
  }
  .article {
    display: grid;
    gap: var(--_space);
    padding-block: var(--_space);
  }
  .article > * {
    min-width: 0;
  }
  header {
    display: grid;
    gap: 0.25em;
  }
  header .heading {
    font-size: 1.6em;
    margin: 0;
  }
  .byline {
    color: var(--_muted);
    margin: 0;
  }
  .intro p {
    font-size: 1.125em;
    max-width: 70ch;
  }
  @container (min-width: 40em) {
    .article {
      gap: calc(var(--_space) * 1.5);
      padding-block: calc(var(--_space) * 1.5);
    }
    header .heading {
      font-size: 2.25em;
    }
  }
`;
