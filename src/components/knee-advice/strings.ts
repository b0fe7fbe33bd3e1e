/**
 * The article's interface words in English (top-level keys of the locale table). Plain data: the
 * element's module adds them to the English table when it loads, and `npm run generate` reads their
 * shape from here. The words of the article's metadata are in `metadata-strings.ts`.
 */
export const english = {
  /** The line crediting the author under the title (`author` as every credit names them, see `credited`). */
  byline: (author: string) => `By ${author}`,
  /** At the end of the article, on by default (a clinic can replace it or remove it). No medical claim. */
  notice:
    'This article is general information, not a diagnosis or a personal plan. For advice about your own knee, ask a health professional, such as a physiotherapist or doctor.',
};

declare module '../../internal/strings.js' {
  interface LocaleTable {
    byline: (author: string) => string;
    notice: string;
  }
}
