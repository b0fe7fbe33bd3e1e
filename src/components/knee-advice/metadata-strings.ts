/**
 * The words of what stands under the article when the content has it (its dates, publisher and sources),
 * in English: the `about` block of the locale table. Plain data: `metadata.ts` adds them to the English
 * table when it loads (so the CDN file carries them in that chunk only), and `npm run generate` reads
 * their shape from here.
 */
export const aboutWords = {
  /** `date` is written out in the element's language, as a `<time>` element. */
  published: (date: string) => `Published ${date}`,
  reviewed: (date: string) => `Last reviewed ${date}`,
  nextReview: (date: string) => `Next review due ${date}`,
  /** `name` is the publisher's name, a link when it has a `url`. */
  publisher: (name: string) => `Published by ${name}`,
  /** Heading of the list of sources. */
  sources: 'Sources',
  /** A console warning for the page's editor (readers see no change); `date` as written in the content. */
  overdue: (date: string) =>
    `The next review of this article was due on ${date}. Readers see no change; once it has been reviewed, update "nextReview" (and "reviewed") in its content.`,
};

/** What `metadata.ts` adds to the English table. */
export const english = { about: aboutWords };

declare module '../../internal/strings.js' {
  interface LocaleTable {
    about: typeof aboutWords;
  }
}
