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
  /* Under the article: dates, publisher, sources, notice. */
  .about {
    display: grid;
    gap: 0.75em;
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }
  .about p,
  .about ul {
    margin: 0;
    max-width: 70ch;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    padding: 0;
    list-style: none;
    color: var(--_muted);
  }
  .sources .heading {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .sources ul {
    padding-inline-start: 1.25em;
  }
  .about a {
    color: var(--_accent);
  }
  @media print {
    /* a handout carries the addresses of its sources */
    .about a::after {
      content: ' (' attr(href) ')';
    }
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
