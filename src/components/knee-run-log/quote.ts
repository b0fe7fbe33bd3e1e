/**
 * The last `count` sentences of a paragraph of the article (a sentence runs to `.`, `!` or `?`), or the
 * whole paragraph when it has no sentence end: the run log quotes the article's own words about the day
 * or two after a run, from the end of the flare-up section.
 */
export const lastSentences = (paragraph: string, count = 2): string =>
  (
    paragraph
      .match(/[^.!?]+[.!?]+/g)
      ?.slice(-count)
      .join('') ?? paragraph
  ).trim();
