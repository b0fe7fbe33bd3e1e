import { css } from 'lit';

/**
 * Sizes come from the element's own font size (`em`), never the root's (`rem`): many CMS themes set
 * `html { font-size: 62.5% }`. Controls keep a 44 CSS px floor (WCAG target size) whatever the text
 * size, and logical properties (`margin-block-end`, `border-inline-start`) mirror under `dir="rtl"`.
 *
 * Shared by every element. Public tokens are `--knee-*`; each is read once into a private `--_*`
 * variable with its default, so a value set by the page on any ancestor reaches nested shadow roots.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--knee-accent, light-dark(#005eb8, #8cc4ff));
    --_on-accent: var(--knee-on-accent, light-dark(#ffffff, #0b1520));
    --_text: var(--knee-text, light-dark(#1b1f24, #eceff3));
    --_muted: var(--knee-muted, light-dark(#4a5360, #b9c0ca));
    --_surface: var(--knee-surface, light-dark(#ffffff, #15191e));
    --_callout: var(--knee-callout-surface, light-dark(#fff5e1, #2e2616));
    --_border: var(--knee-border, light-dark(#8a939e, #5d6671));
    --_radius: var(--knee-radius, 0.5em);
    --_space: var(--knee-space, 1em);
    --_focus: var(--knee-focus, light-dark(#b35c00, #ffbf47));
    display: block;
    color-scheme: light dark;
    container-type: inline-size;
    font-family: var(--knee-font, inherit);
    line-height: 1.5;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .heading {
    margin-block: 0 0.5em;
    margin-inline: 0;
    line-height: 1.25;
    font-weight: 700;
  }
  p {
    margin-block: 0 0.75em;
    margin-inline: 0;
  }
  p:last-child {
    margin-block-end: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  button {
    font: inherit;
    min-height: max(44px, 2.75em);
    min-width: max(44px, 2.75em);
    padding-block: 0.375em;
    padding-inline: 0.875em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* Disclosures (a checklist item's quote, the transcript, the shortcuts). */
  summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    min-height: max(24px, 1.5em);
    width: fit-content;
    /* The marker (▸) outside the underlined words: Firefox underlines a marker inside them. */
    list-style-position: outside;
    margin-inline-start: 1.25em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_border: CanvasText;
      --_focus: Highlight;
    }
    button {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      --_accent: #000;
      --_text: #000;
      --_muted: #000;
      --_surface: transparent;
      --_callout: transparent;
      --_border: #000;
      color-scheme: light;
    }
    * {
      box-shadow: none !important;
      text-shadow: none !important;
    }
    .no-print {
      display: none !important;
    }
  }
`;
