import builtIn from '../../content/article.json' with { type: 'json' };
import { DataError, frozenCopy, isObject, languageTag } from './data.js';
import { checkPackStrings, type PackStrings } from './pack-strings.js';

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

/** The article as data: the shape of `content/article.json` and of a `content-src` file. */
export interface ArticleContent {
  title: string;
  author: string;
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
  /** Language of this content (a BCP 47 tag such as `es` or `ar`); sets the interface language and, when right to left, the direction. */
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

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A fragment is traceable when it stands in the text, allowing a capital first letter. */
const standsIn = (fragment: string, text: string) =>
  text.includes(fragment) || text.includes(fragment[0].toLowerCase() + fragment.slice(1));

/**
 * Checks that `data` has the content's shape and that every checklist item is traceable to an
 * article sentence. Never throws; lists every problem with the field it concerns.
 */
export function validateContent(data: unknown): ValidationResult {
  const problems: ContentProblem[] = [];
  const fail = (field: string, problem: string) => {
    problems.push({ field, problem });
  };
  const text = (v: unknown, field: string): v is string => {
    if (typeof v === 'string' && v.trim() !== '') return true;
    fail(field, 'must be a non-empty string');
    return false;
  };
  const texts = (v: unknown, field: string) => {
    if (!Array.isArray(v) || v.length === 0) return fail(field, 'must be a non-empty list of strings');
    v.forEach((p, i) => text(p, `${field}[${i}]`));
  };
  const sectionId = (v: unknown, field: string) => {
    if (!SECTION_IDS.includes(v as SectionId)) fail(field, `must be one of ${SECTION_IDS.join(', ')}`);
  };

  if (!isObject(data)) return { ok: false, problems: [{ field: '(root)', problem: 'must be an object' }] };
  text(data.title, 'title');
  text(data.author, 'author');
  texts(data.introduction, 'introduction');

  const paragraphsOf = new Map<string, string[]>();
  if (!Array.isArray(data.sections)) {
    fail('sections', 'must be a list of the four sections');
  } else {
    data.sections.forEach((s: unknown, i) => {
      const f = `sections[${i}]`;
      if (!isObject(s)) return fail(f, 'must be an object');
      const expected = SECTION_IDS[i];
      if (s.id !== expected)
        fail(`${f}.id`, `must be "${expected}" (sections are ${SECTION_IDS.join(', ')}, in this order)`);
      text(s.heading, `${f}.heading`);
      texts(s.paragraphs, `${f}.paragraphs`);
      if (s.callout !== undefined && typeof s.callout !== 'boolean') fail(`${f}.callout`, 'must be true or false');
      if (Array.isArray(s.paragraphs))
        paragraphsOf.set(
          String(s.id),
          s.paragraphs.filter((p) => typeof p === 'string'),
        );
    });
    if (data.sections.length !== SECTION_IDS.length)
      fail('sections', `must have exactly ${SECTION_IDS.length} sections`);
  }

  if (!isObject(data.exercise)) {
    fail('exercise', 'must be an object with section, paragraph and label');
  } else {
    sectionId(data.exercise.section, 'exercise.section');
    text(data.exercise.paragraph, 'exercise.paragraph');
    text(data.exercise.label, 'exercise.label');
  }

  if (!isObject(data.checklist)) {
    fail('checklist', 'must be an object with heading and items');
  } else {
    text(data.checklist.heading, 'checklist.heading');
    const items = data.checklist.items;
    if (!Array.isArray(items) || items.length === 0) {
      fail('checklist.items', 'must be a non-empty list');
    } else {
      const seen = new Set<unknown>();
      items.forEach((item: unknown, i) => {
        const f = `checklist.items[${i}]`;
        if (!isObject(item)) return fail(f, 'must be an object');
        if (typeof item.id !== 'string' || !ITEM_ID.test(item.id))
          fail(`${f}.id`, 'must be lowercase letters, digits and dashes');
        else if (seen.has(item.id)) fail(`${f}.id`, `repeats the id "${item.id}"`);
        seen.add(item.id);
        const labelOk = text(item.label, `${f}.label`);
        const src = item.source;
        if (!isObject(src)) return fail(`${f}.source`, 'must be an object with section and quote');
        sectionId(src.section, `${f}.source.section`);
        if (!text(src.quote, `${f}.source.quote`)) return;
        const paragraphs = paragraphsOf.get(String(src.section));
        if (paragraphs && !paragraphs.some((p) => p.includes(src.quote as string)))
          fail(`${f}.source.quote`, `must be a sentence of section "${String(src.section)}", word for word`);
        if (labelOk && !standsIn(item.label as string, src.quote as string))
          fail(`${f}.label`, 'must be words taken from its source quote, word for word');
      });
    }
  }
  if (data.lang !== undefined && !languageTag(data.lang))
    fail('lang', 'must be a language tag such as "es" or "es-MX"');
  if (data.strings !== undefined) checkPackStrings(data.strings, fail);
  return problems.length ? { ok: false, problems } : { ok: true, content: data as unknown as ArticleContent };
}

/** One line a person can act on: `field: problem; field: problem`. */
export const describeProblems = (problems: ContentProblem[]) =>
  problems.map((p) => `${p.field}: ${p.problem}`).join('; ');

/** Content objects that are our own: validated, deep-frozen copies. Checked once, handed on as they are. */
const adopted = new WeakSet<object>();

/**
 * Makes `data` our own content: a validated, deep-frozen copy, so that the caller's object is never
 * changed by us nor read again, and changing it later changes nothing on the page. Any plain-data object
 * graph is taken, a framework's Proxy or a frozen object included; a function, a DOM node, another
 * class's object, a cycle or a getter that throws is refused like any invalid content, naming where.
 * Content that is already ours is returned as it is, without validating it again. Never throws.
 */
export function adoptContent(data: unknown): ValidationResult {
  if (typeof data === 'object' && data !== null && adopted.has(data))
    return { ok: true, content: data as ArticleContent };
  let copy: unknown;
  try {
    copy = frozenCopy(data);
  } catch (error) {
    // where the data is not plain data, or what a Proxy's own trap threw
    const { field, problem } =
      error instanceof DataError
        ? error
        : { field: '(root)', problem: `cannot be read as plain data (${(error as Error).message})` };
    return { ok: false, problems: [{ field, problem }] };
  }
  const result = validateContent(copy);
  if (result.ok) adopted.add(result.content);
  return result;
}

/** The article shipped with the library (validated when the library is built); frozen, so no page can change it for everyone. */
export const defaultContent = frozenCopy(builtIn) as ArticleContent;
adopted.add(defaultContent);
