import { css } from 'lit';

export const adviceStyles = css`
  :host {
    /* The clinic's slotted content inherits the theme's text colour, so it sits on the theme's surface too. */
    background: var(--_surface);
  }
  .article {
    display: grid;
    gap: var(--_space);
    padding: var(--_space) 0;
  }
  .article > * {
    min-width: 0;
  }
  header {
    display: grid;
    gap: 0.25rem;
  }
  header .heading {
    font-size: 1.6rem;
    margin: 0;
  }
  .byline {
    color: var(--_muted);
    margin: 0;
  }
  .intro p {
    font-size: 1.125rem;
    max-width: 70ch;
  }
  @container (min-width: 40rem) {
    .article {
      gap: calc(var(--_space) * 1.5);
      padding: calc(var(--_space) * 1.5) 0;
    }
    header .heading {
      font-size: 2.25rem;
    }
  }
`;
