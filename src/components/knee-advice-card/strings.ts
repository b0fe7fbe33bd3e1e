/**
 * The card's interface words in English (top-level keys of the locale table). Plain data: the element's
 * module adds them to the English table when it loads, and `npm run generate` reads their shape from here.
 */
export const english = {
  /** Said (not shown) before the heading of a callout section: its meaning in words, not only colour. */
  calloutPrefix: 'Important: ',
};

declare module '../../internal/strings.js' {
  interface LocaleTable {
    calloutPrefix: string;
  }
}
