import { expect } from '@open-wc/testing';
import { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { KneeAdviceCard } from '../src/components/knee-advice-card/knee-advice-card.js';
import {
  adoptContent,
  checkContent,
  defaultContent,
  type ArticleContent,
  type ValidationResult,
} from '../src/internal/content.js';
import { validateContent } from '../src/internal/content-check.js';

/** adoptContent once the checker is here (tests/define-all.ts loads it): the result comes at once. */
const adopt = (data: unknown) => {
  const result = adoptContent(data);
  if (result instanceof Promise) throw new Error('the content checker should be loaded');
  return result as ValidationResult;
};
import { defineElement } from '../src/internal/define.js';
import { VERSION } from '../src/internal/version.js';
import './define-all.js';
import pkg from '../package.json';
import { captureConsole, clinicEdition, contentCopy } from './helpers.js';

describe('content', () => {
  let source: string;
  before(async () => {
    source = await (await fetch('/content/source-article.txt')).text();
  });
  const paragraphs = () => source.split(/\n\n/).map((p) => p.trim());

  it('is the built-in article and passes validation', () => {
    const result = validateContent(defaultContent);
    expect(result.ok, JSON.stringify(result)).to.be.true;
  });

  it('takes every field a clinic can add (dates, sources, publisher, adaptedBy), and the built-in article has none', () => {
    const result = validateContent(clinicEdition());
    expect(result.ok, JSON.stringify(result)).to.be.true;
    const c = defaultContent;
    expect([c.published, c.reviewed, c.nextReview, c.sources, c.publisher, c.adaptedBy]).to.deep.equal(
      Array(6).fill(undefined),
    );
    expect(c.author).to.equal('Nicola Tik');
  });

  it('keeps every paragraph of the article word for word', () => {
    const src = paragraphs();
    const c = defaultContent;
    expect(src[0]).to.equal(`${c.title}\n${c.author}`);
    const fromContent = [
      ...c.introduction,
      ...c.sections.flatMap((s) => [
        s.heading,
        ...s.paragraphs,
        ...(s.id === c.exercise.section ? [c.exercise.paragraph] : []),
      ]),
      c.checklist.heading,
    ];
    expect(fromContent).to.deep.equal(src.slice(1));
  });

  it('derives every checklist item from an article sentence, word for word', () => {
    for (const item of defaultContent.checklist.items) {
      expect(source, item.id).to.include(item.source.quote);
      const label = item.label[0].toLowerCase() + item.label.slice(1);
      expect(item.source.quote.includes(item.label) || item.source.quote.includes(label), item.id).to.be.true;
    }
    expect(defaultContent.checklist.items.map((i) => i.id)).to.deep.equal([
      'shorter-easier-runs',
      'flatter-steadier-routes',
      'lighter-quicker-stride',
      'hip-and-thigh-strength',
      'easier-day-after-sore-run',
      'watch-the-next-days',
    ]);
  });

  const broken: [string, (c: ArticleContent & Record<string, unknown>) => void, string][] = [
    ['not an object', () => undefined, '(root): must be an object'],
    ['an empty title', (c) => (c.title = ' '), 'title: must be a non-empty string'],
    ['sections out of order', (c) => c.sections.reverse(), 'sections[0].id: must be "why"'],
    ['a missing section', (c) => c.sections.pop(), 'sections: must have exactly 4 sections'],
    [
      'a paragraph that is not text',
      (c) => ((c.sections[1].paragraphs as unknown[])[0] = 42),
      'sections[1].paragraphs[0]: must be a non-empty string',
    ],
    [
      'an unknown exercise section',
      (c) => ((c.exercise as { section: string }).section = 'legs'),
      'exercise.section: must be one of',
    ],
    [
      'a duplicated item id',
      (c) => (c.checklist.items[1].id = c.checklist.items[0].id),
      'checklist.items[1].id: repeats',
    ],
    ['an item id with spaces', (c) => (c.checklist.items[0].id = 'Bad Id'), 'checklist.items[0].id: must be lowercase'],
    [
      'a label that is not the article’s words',
      (c) => (c.checklist.items[0].label = 'Ice it every hour'),
      'checklist.items[0].label: must be words taken from its source quote',
    ],
    [
      'a quote not in its section',
      (c) => (c.checklist.items[0].source.quote = 'Run through the pain.'),
      'checklist.items[0].source.quote: must be a sentence of section "adjust"',
    ],
    ['no items', (c) => (c.checklist.items = []), 'checklist.items: must be a non-empty list'],
    [
      'a callout that is not true or false',
      (c) => ((c.sections[3] as { callout: unknown }).callout = 'yes'),
      'sections[3].callout: must be true or false',
    ],
    // issue 18: what a clinic's governance asks of a page
    ['a published date in another format', (c) => (c.published = '01/11/2026'), 'published: must be a date'],
    ['a reviewed date that does not exist', (c) => (c.reviewed = '2027-02-29'), 'reviewed: must be a date'],
    ['a next review with a time', (c) => (c.nextReview = '2099-03-15T00:00:00Z'), 'nextReview: must be a date'],
    [
      'a date that is a number',
      (c) => ((c as Record<string, unknown>).published = 20261101),
      'published: must be a date',
    ],
    [
      'sources that are not a list',
      (c) => ((c as Record<string, unknown>).sources = { title: 'x' }),
      'sources: must be a list',
    ],
    [
      'a source without a title',
      (c) => ((c as Record<string, unknown>).sources = [{ url: 'https://a.example/' }]),
      'sources[0].title',
    ],
    [
      'a javascript: source',
      (c) => (c.sources = [{ title: 'x', url: 'javascript:alert(1)' }]),
      'sources[0].url: must be an http: or https: address',
    ],
    [
      'a data: source',
      (c) =>
        (c.sources = [
          { title: 'a', url: 'https://a.example/' },
          { title: 'b', url: 'data:text/html,x' },
        ]),
      'sources[1].url: must be an http: or https: address',
    ],
    [
      'a relative source address',
      (c) => (c.sources = [{ title: 'x', url: '/guidelines' }]),
      'sources[0].url: must be an http: or https: address',
    ],
    [
      'a publisher that is text',
      (c) => ((c as Record<string, unknown>).publisher = 'Clinic'),
      'publisher: must be an object',
    ],
    [
      'a publisher address that is not a web address',
      (c) => (c.publisher = { name: 'Clinic', url: 'mailto:a@b.example' }),
      'publisher.url: must be an http: or https: address',
    ],
    ['an empty adaptedBy', (c) => (c.adaptedBy = ' '), 'adaptedBy: must be a non-empty string'],
  ];
  for (const [label, breakIt, message] of broken) {
    it(`rejects ${label}, naming the field and the problem`, () => {
      const c = contentCopy() as ArticleContent & Record<string, unknown>;
      breakIt(c);
      const result = validateContent(label === 'not an object' ? 'text' : c);
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.problems.map((p) => `${p.field}: ${p.problem}`).join('\n')).to.include(message);
    });
  }
});

describe('adoptContent: our own validated, frozen copy (issue 8, case 6)', () => {
  it('checkContent loads the checker when needed and checks like validateContent', async () => {
    expect(await checkContent(defaultContent)).to.deep.equal(validateContent(defaultContent));
    const bad = await checkContent({ title: 'only a title' });
    expect(bad.ok).to.be.false;
  });

  it('copies, validates and deep-freezes once; our copy is handed on as it is', () => {
    const mine = contentCopy();
    const result = adopt(mine);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.content).not.to.equal(mine);
    expect(result.content).to.deep.equal(mine);
    expect(Object.isFrozen(result.content.sections[2].paragraphs)).to.be.true;
    expect(Object.isFrozen(mine)).to.be.false;
    const again = adopt(result.content);
    expect(again.ok && again.content).to.equal(result.content);
    const builtIn = adopt(defaultContent);
    expect(builtIn.ok && builtIn.content).to.equal(defaultContent);
    expect(Object.isFrozen(defaultContent.checklist.items)).to.be.true;
  });

  it('takes plain data through a Proxy or frozen objects (Vue, MobX and Solid hand those over), as a frozen copy', () => {
    const source = contentCopy();
    const reactive = <T extends object>(o: T): T =>
      new Proxy(o, {
        get: (t, k) =>
          typeof t[k as keyof T] === 'object' && t[k as keyof T] !== null
            ? reactive(t[k as keyof T] as object)
            : t[k as keyof T],
      });
    for (const given of [new Proxy(source, {}), reactive(source), Object.freeze(contentCopy())]) {
      const result = adopt(given);
      expect(result.ok, 'taken').to.be.true;
      if (!result.ok) continue;
      expect(result.content).to.deep.equal(source);
      expect(result.content).not.to.equal(given);
      expect(Object.isFrozen(result.content.sections[3].paragraphs)).to.be.true;
    }
    // an object made in another frame (its own Object.prototype) is plain data too
    const frame = document.body.appendChild(document.createElement('iframe'));
    const foreign = (frame.contentWindow as Window & typeof globalThis).structuredClone(source);
    expect(Object.getPrototypeOf(foreign)).not.to.equal(Object.prototype);
    expect(adopt(foreign).ok, 'from another frame').to.be.true;
    frame.remove();
    // keys left undefined are absent, as JSON would have them; the same list twice is no cycle
    const shared = contentCopy();
    const twice = { ...shared, lang: undefined, sections: shared.sections.map((s) => s) };
    expect(adopt(twice).ok).to.be.true;
  });

  it('refuses, without throwing, what is not plain data, naming where: a function, a DOM node, a class, a cycle, a throwing getter', () => {
    const throwing = contentCopy();
    Object.defineProperty(throwing, 'author', {
      enumerable: true,
      get() {
        throw new Error('getter failed');
      },
    });
    const cyclic = contentCopy() as unknown as Record<string, unknown>;
    (cyclic.exercise as Record<string, unknown>).again = cyclic;
    const cases: [unknown, string, RegExp][] = [
      [{ ...contentCopy(), extra: () => 1 }, 'extra', /it is a function/],
      [{ ...contentCopy(), title: document.createElement('p') }, 'title', /it is HTMLParagraphElement/],
      [{ ...contentCopy(), introduction: [new Date(0)] }, 'introduction[0]', /it is Date/],
      [cyclic, 'exercise.again', /refers back to itself/],
      [throwing, 'author', /reading it failed \(getter failed\)/],
      [{ ...contentCopy(), lang: Symbol('es') }, 'lang', /it is a symbol/],
    ];
    for (const [bad, field, problem] of cases) {
      const result = adopt(bad);
      expect(result.ok, field).to.be.false;
      if (result.ok) continue;
      expect(result.problems[0].field).to.equal(field);
      expect(result.problems[0].problem).to.match(problem);
    }
    const revoked = Proxy.revocable(contentCopy(), {});
    revoked.revoke();
    const gone = adopt(revoked.proxy);
    expect(gone.ok).to.be.false;
    if (!gone.ok) expect(gone.problems[0].field).to.equal('(root)');
    expect(adopt({ title: 'only a title' }).ok).to.be.false;
  });
});

describe('registration', () => {
  it('registers every element', () => {
    expect(customElements.get('knee-advice')).to.equal(KneeAdvice);
    expect(customElements.get('knee-advice-card')).to.equal(KneeAdviceCard);
  });

  it('is silent when the same version registers again (two copies of the script)', async () => {
    const log = captureConsole();
    try {
      class Copy extends KneeAdvice {}
      expect(() => defineElement('knee-advice', Copy)).not.to.throw();
      expect(() => defineElement('knee-advice', KneeAdvice)).not.to.throw();
      await import('../src/register.js?again' as string).catch(() => undefined);
      expect(log.warnings).to.deep.equal([]);
    } finally {
      log.restore();
    }
  });

  it('warns once, without throwing, when another version holds the tag', () => {
    const log = captureConsole();
    try {
      class Older extends KneeAdvice {
        static kneeVersion = '0.0.1';
      }
      customElements.define('knee-version-test', Older);
      class Newer extends KneeAdvice {}
      expect(() => defineElement('knee-version-test', Newer)).not.to.throw();
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.include('knee-advice 0.0.1').and.include('<knee-version-test>');
      class Foreign extends HTMLElement {}
      customElements.define('knee-foreign-test', Foreign);
      defineElement('knee-foreign-test', Newer);
      expect(log.warnings[1]).to.include('another script');
    } finally {
      log.restore();
    }
  });

  it('warns instead of throwing when the registry refuses', () => {
    const log = captureConsole();
    try {
      expect(() => defineElement('not valid', class extends HTMLElement {})).not.to.throw();
      expect(log.warnings[0]).to.include('could not define <not valid>');
    } finally {
      log.restore();
    }
  });

  it('reports the version of package.json', async () => {
    expect(VERSION).to.equal(pkg.version);
  });
});
