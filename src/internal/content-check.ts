/**
 * The content checker, loaded only when a page uses content other than the built-in article (a
 * `content-src` file, `.content`, prerendered content, a content pack): validation, the plain-data copy
 * and the words of content packs. `content.ts` loads it (`contentChecker`); the prerenderer and the
 * build import it directly.
 */
import { isObject, languageTag } from './data.js';
import { DataError, frozenCopy } from './plain-data.js';
import { checkPackStrings } from './pack-strings.js';
import {
  SECTION_IDS,
  type ArticleContent,
  type ContentProblem,
  type SectionId,
  type ValidationResult,
} from './content.js';

export { compilePackStrings } from './pack-strings.js';

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
const isDay = (v: unknown) => {
  const m = typeof v === 'string' ? DATE.exec(v) : null;
  if (!m) return false;
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return day.getUTCFullYear() === +m[1] && day.getUTCMonth() === +m[2] - 1 && day.getUTCDate() === +m[3];
};

/** An absolute `http:` or `https:` address. */
const isWebAddress = (v: string) => {
  try {
    return /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
};

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
  // What a clinic's governance asks of a page: each optional, each checked when given.
  if (data.adaptedBy !== undefined) text(data.adaptedBy, 'adaptedBy');
  for (const field of ['published', 'reviewed', 'nextReview'])
    if (data[field] !== undefined && !isDay(data[field]))
      fail(field, 'must be a date written YYYY-MM-DD, such as 2026-11-01');
  const address = (v: unknown, field: string) => {
    if (text(v, field) && !isWebAddress(v))
      fail(field, 'must be an http: or https: address, such as https://www.example.org/page');
  };
  if (data.sources !== undefined) {
    if (!Array.isArray(data.sources)) fail('sources', 'must be a list of { "title": …, "url": … }');
    else
      data.sources.forEach((source: unknown, i) => {
        const f = `sources[${i}]`;
        if (!isObject(source)) return fail(f, 'must be an object with title and url');
        text(source.title, `${f}.title`);
        address(source.url, `${f}.url`);
      });
  }
  if (data.publisher !== undefined) {
    if (!isObject(data.publisher)) fail('publisher', 'must be an object with name (and url)');
    else {
      text(data.publisher.name, 'publisher.name');
      if (data.publisher.url !== undefined) address(data.publisher.url, 'publisher.url');
    }
  }
  if (data.lang !== undefined && !languageTag(data.lang))
    fail('lang', 'must be a language tag such as "es" or "es-MX"');
  if (data.strings !== undefined) checkPackStrings(data.strings, fail);
  return problems.length ? { ok: false, problems } : { ok: true, content: data as unknown as ArticleContent };
}

/**
 * A validated, deep-frozen copy of `data`. Any plain-data object graph is taken, a framework's Proxy or a
 * frozen object included; a function, a DOM node, another class's object, a cycle or a getter that throws
 * is refused like any invalid content, naming where. Never throws.
 */
export function checkedCopy(data: unknown): ValidationResult {
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
  return validateContent(copy);
}
