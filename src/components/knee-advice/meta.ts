/** The article's facts, free of its code: its tag, its own `::part` names, the parts `sections` names, its event. */
import type { ContentProblem } from '../../internal/content.js';

export const tag = 'knee-advice';

/** The parts of its own markup (the cards', the checklist's, the player's and the run log's come on top). */
export const parts = [
  'article',
  'article-heading',
  'byline',
  'intro',
  'dates',
  'publisher',
  'sources',
  'sources-heading',
  'notice',
] as const;

/** Parts of the article `sections` can name, in article order. */
export const ADVICE_PARTS = ['why', 'adjust', 'strengthen', 'exercise', 'flare-up', 'checklist'] as const;
export type AdvicePart = (typeof ADVICE_PARTS)[number];

/** `knee-content-error`: a `content-src` file could not be used; the built-in article (or the page's `.content`) stays. */
export interface KneeContentErrorDetail {
  src: string;
  problems: ContentProblem[];
}

declare module '../../internal/events.js' {
  interface KneeEventDetails {
    'knee-content-error': KneeContentErrorDetail;
  }
}
