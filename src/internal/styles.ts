import { css } from 'lit';

/**
 * Sizes come from the element's own font size (`em`), never the root's (`rem`): many CMS themes set
 * `html { font-size: 62.5% }`. Controls keep a 44 CSS px floor (WCAG target size) whatever the text
 * size, and logical properties (`margin-block-end`, `border-inline-start`) mirror under `dir="rtl"`.
 *
 * Shared by every element. Public tokens are `--knee-*`; each is read once into a private `--_*`
 * variable with its default, so a value set by the page on any ancestor reaches nested shadow roots.
 *
 * Theme: `auto` sets no `color-scheme` of its own, so the element inherits the page's (`<meta
 * name="color-scheme">` or `color-scheme` in the page's CSS): dark only where the page says it supports
 * dark and the system prefers it; a page that declares nothing stays light. `light` and `dark` force one.
 *
 * One brand colour, readable in both schemes: the accent (text of links and buttons on the surface, and
 * the surface of text on it) is kept at or below 0.17 relative luminance in light (4.8:1 on white) by
 * scaling it towards black, and at or above 0.28 in dark (5.5:1 on the dark surface) by mixing it with
 * white; the callout surface at or above 0.6 in light and at or below 0.03 in dark. Both are done in
 * linear light (`color(from … xyz …)`), so the result stays in gamut and keeps its hue, and a colour
 * already in range is kept exactly. A page's exact pair (`light-dark(#6b2c91, #d9b8f0)`) passes through the
 * same rule. Without relative colours (Firefox before 128) the page's accent is used in light, and mixed
 * with white in dark.
 */
export const baseStyles = css`
  :host {
    --_accent: light-dark(var(--knee-accent, #005eb8), color-mix(in srgb, var(--knee-accent, #005eb8) 35%, #fff));
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
    container-type: inline-size;
    font-family: var(--knee-font, inherit);
    line-height: 1.5;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  @supports (color: color(from red xyz calc(x * min(1, 0.5 / y)) y z)) {
    :host {
      /* Darker (scaled towards black) or lighter (mixed with white) only as far as needed; see above. */
      --_accent: light-dark(
        color(from var(--knee-accent, #005eb8) xyz calc(x * min(1, 0.17 / y)) min(y, 0.17) calc(z * min(1, 0.17 / y))),
        color(
          from var(--knee-accent, #8cc4ff) xyz calc(x + (0.9505 - x) * max(0, (0.28 - y) / (1 - y))) max(y, 0.28)
            calc(z + (1.089 - z) * max(0, (0.28 - y) / (1 - y)))
        )
      );
      --_callout: light-dark(
        color(
          from var(--knee-callout-surface, #fff5e1) xyz calc(x + (0.9505 - x) * max(0, (0.6 - y) / (1 - y)))
            max(y, 0.6) calc(z + (1.089 - z) * max(0, (0.6 - y) / (1 - y)))
        ),
        color(from var(--knee-callout-surface, #2e2616) xyz calc(x * min(1, 0.03 / y)) min(y, 0.03) calc(z * min(1, 0.03 / y)))
      );
    }
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
