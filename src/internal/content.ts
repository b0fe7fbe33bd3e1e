import builtIn from '../../content/article.json' with { type: 'json' };
import type { PackStrings } from './pack-strings.js';
import { withinTimeout } from './timeout.js';

/** Ids of the article's four sections, in article order. */
export const SECTION_IDS = ['why', 'adjust', 'strengthen', 'flare-up'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface ArticleSection {
  /** Stable id: `why`, `adjust`, `strengthen` or `flare-up`. */
  id: SectionId;
  heading: string;
  paragraphs: string[];
  /** Shown as a callout, with its meaning in words as well as colour. */
  callout?: boolean;
}

export interface ChecklistItem {
  /** Stable id; stored ticks refer to it. Lowercase letters, digits and dashes. */
  id: string;
  /** The words next to the box: a verbatim fragment of `source.quote`. */
  label: string;
  /** The article sentence the item comes from. */
  source: { section: SectionId; quote: string };
}

/** A work the article rests on, listed under it as a link. */
export interface ArticleSource {
  title: string;
  /** An `http:` or `https:` address. */
  url: string;
}

/** The clinic or organisation that publishes the page. */
export interface ArticlePublisher {
  name: string;
  /** Its website: an `http:` or `https:` address. */
  url?: string;
}

/**
 * The article as data: the shape of `content/article.json` and of a `content-src` file. The fields after
 * `checklist` are optional; the built-in article has none of the dates, sources, publisher or adapter
 * (a clinic gives its own, see docs/content.md).
 */
export interface ArticleContent {
  title: string;
  author: string;
  /** Who changed the author's words for this page: every credit then reads "Nicola Tik, adapted by …". */
  adaptedBy?: string;
  /** When this version was first published, `YYYY-MM-DD`. */
  published?: string;
  /** When it was last reviewed, `YYYY-MM-DD`. */
  reviewed?: string;
  /** When the next review is due, `YYYY-MM-DD`; once it has passed, the element warns in the console. */
  nextReview?: string;
  /** The works it rests on: shown as links under the article and cited in its structured data. */
  sources?: ArticleSource[];
  /** Who publishes the page. */
  publisher?: ArticlePublisher;
  introduction: string[];
  sections: ArticleSection[];
  exercise: {
    /** The section whose end the exercise paragraph (and player) follows. */
    section: SectionId;
    paragraph: string;
    /** Default accessible name of the exercise player. */
    label: string;
  };
  checklist: { heading: string; items: ChecklistItem[] };
  /**
   * Language of this content's words (a BCP 47 tag such as `es` or `ar`; default `en`); sets the interface
   * language and, when right to left, the direction. Where the interface language differs, the article's
   * words are marked with this one, so screen readers read them in the right voice.
   */
  lang?: string;
  /** Interface words in that language: any subset of the locale table; the rest falls back. */
  strings?: PackStrings;
}

export interface ContentProblem {
  /** Where in the data, e.g. `sections[1].heading`. */
  field: string;
  problem: string;
}

export type ValidationResult = { ok: true; content: ArticleContent } | { ok: false; problems: ContentProblem[] };

/** One line a person can act on: `field: problem; field: problem`. */
export const describeProblems = (problems: ContentProblem[]) =>
  problems.map((p) => `${p.field}: ${p.problem}`).join('; ');

/** Content objects that are our own: validated, deep-frozen copies. Checked once, handed on as they are. */
const adopted = new WeakSet<object>();

/** The content checker's module: loaded when content other than the built-in article is first used. */
export type ContentChecker = typeof import('./content-check.js');
let checker: ContentChecker | undefined;
let checking: Promise<ContentChecker> | undefined;

/**
 * The content checker (validation, the plain-data copy, content packs' words), which pages that keep
 * the built-in article never load: the checker itself once it is here, else its load.
 */
export const contentChecker = (): ContentChecker | Promise<ContentChecker> =>
  checker ??
  (checking ??= withinTimeout(import('./content-check.js')).then(
    (module) => (checker = module),
    (error: Error) => {
      checking = undefined; // the next content set tries again
      throw error;
    },
  ));

/** The checker when it has loaded: always, once any content other than the built-in article was adopted. */
export const loadedChecker = (): ContentChecker | undefined => checker;

/**
 * Makes `data` our own content: a validated, deep-frozen copy (see `checkedCopy`), so that the caller's
 * object is never changed by us nor read again. Content that is already ours is returned as it is, at
 * once. Otherwise the result comes at once when the checker is here, else once it has loaded. Never
 * throws, never rejects: a checker that cannot be loaded refuses the content, saying why.
 */
export function adoptContent(data: unknown): ValidationResult | Promise<ValidationResult> {
  if (typeof data === 'object' && data !== null && adopted.has(data))
    return { ok: true, content: data as ArticleContent };
  const adopt = (module: ContentChecker) => {
    const result = module.checkedCopy(data);
    if (result.ok) adopted.add(result.content);
    return result;
  };
  const loaded = contentChecker();
  return loaded instanceof Promise
    ? loaded.then(adopt, (error: Error) => ({
        ok: false as const,
        problems: [{ field: '(file)', problem: `the content checker could not be loaded (${error.message})` }],
      }))
    : adopt(loaded);
}

/**
 * Checks `data` as content (every problem with its field), loading the checker first if it is not here.
 * `knee-advice` (npm) also exports `validateContent`, which checks at once.
 */
export const checkContent = async (data: unknown): Promise<ValidationResult> =>
  (await contentChecker()).validateContent(data);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The article shipped with the library (validated when the library is built); frozen, so no page can change it for everyone. */
export const defaultContent = deepFreeze(builtIn as ArticleContent);
adopted.add(defaultContent);
