/**
 * The article's interface words in English (top-level keys of the locale table). Plain data: the
 * element's module adds them to the English table when it loads, and `npm run generate` reads their
 * shape from here.
 */
export const english = {
  /** The line crediting the author under the title. */
  byline: (author: string) => `By ${author}`,
};

declare module '../../internal/strings.js' {
  interface LocaleTable {
    byline: (author: string) => string;
  }
}
