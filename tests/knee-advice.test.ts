import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, generatedContent, setViewport } from './engine.js';
import './define-all.js';
import { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { KneeAdviceCard } from '../src/components/knee-advice-card/knee-advice-card.js';
import { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import { KneeFlareUpChecklist } from '../src/components/knee-flare-up-checklist/knee-flare-up-checklist.js';
import { KneeRunLog } from '../src/components/knee-run-log/knee-run-log.js';
import { defaultContent } from '../src/internal/content.js';
import { SAMPLE } from '../content/sample/fixtures.js';
import {
  captureConsole,
  clinicEdition,
  contentCopy,
  deepQueryAll,
  deepText,
  expectAccessibleInEveryTheme,
  painted,
} from './helpers.js';

/** The sections shown, by the id of their heading (`knee-card-<section>`), in page order. */
const cards = (el: KneeAdvice) =>
  [...el.shadowRoot!.querySelectorAll('[part~=card-heading]')].map((h) => h.id.replace('knee-card-', ''));
/** The card of one section. */
const card = (el: KneeAdvice, id: string) => el.shadowRoot!.getElementById(`knee-card-${id}`)!.closest('section')!;

/** Holds a content file back until `release()`: the delaying test middleware (tests/node/delay-middleware.mjs). */
function heldFile(file = 'clinic-content.json') {
  const gate = `advice-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const status = async () =>
    (await (await fetch(`/test-delay-status/${gate}`)).json()) as { arrived: number; served: number };
  return {
    url: `/test-delay/${gate}/tests/pages/${file}`,
    /** Resolves once `count` requests for the file are on their way. */
    arrived: (count = 1) => waitUntil(async () => (await status()).arrived >= count, 'the requests reached the server'),
    release: () => fetch(`/test-delay-release/${gate}`),
  };
}
/** The clinic's file, served as it is (the dev server would turn a .json file into a module). */
const FILE = '/test-delay/open/tests/pages/clinic-content.json';
const CLINIC_TITLE = 'Running with knee pain: the clinic edition';
const SECOND_TITLE = 'Running with knee pain: the second file';
const title = (el: KneeAdvice) => el.shadowRoot!.querySelector('.heading')!.textContent;

/**
 * A second element asking for the same held file, which shows when the answer has arrived and been used:
 * after it has the file, the element under test has had the same chance to (wrongly) use it.
 */
async function control(url: string) {
  const el = document.createElement('knee-advice');
  el.contentSrc = `${url}?control`;
  document.body.append(el);
  return {
    el,
    async used() {
      await waitUntil(() => el.content.title === CLINIC_TITLE, 'the control element got the file');
      await new Promise((resolve) => setTimeout(resolve, 50));
      el.remove();
    },
  };
}

/** Serves a JSON body at a blob: URL, as a clinic's own file would be. */
const jsonUrl = (body: string) => URL.createObjectURL(new Blob([body], { type: 'application/json' }));

describe('<knee-advice>', () => {
  it('renders the whole article in reading order, crediting the author', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal(defaultContent.title);
    expect(root.querySelector('[part=byline]')!.textContent).to.equal('By Nicola Tik');
    expect(cards(el)).to.deep.equal(['why', 'adjust', 'strengthen', 'flare-up']);
    const text = deepText(el);
    const expected = [
      defaultContent.title,
      ...defaultContent.introduction,
      ...defaultContent.sections.flatMap((s) => [
        s.heading,
        ...s.paragraphs,
        ...(s.id === 'strengthen' ? [defaultContent.exercise.paragraph] : []),
      ]),
    ];
    let at = 0;
    for (const piece of expected) {
      const found = text.indexOf(piece, at);
      expect(found, `"${piece.slice(0, 40)}…" in order`).to.be.greaterThan(-1);
      at = found + piece.length;
    }
  });

  it('puts the section headings one level below the title', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice heading-level="3"></knee-advice>`);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal(defaultContent.title);
    const headings = deepQueryAll(el.shadowRoot!, '[part~=card-heading]');
    expect(headings.map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4', 'h4']);
  });

  it('keeps attributes and properties in agreement', async () => {
    const el = await fixture<KneeAdvice>(
      html`<knee-advice sections="why" heading-level="1" theme="dark"></knee-advice>`,
    );
    expect([el.sections, el.headingLevel, el.theme]).to.deep.equal(['why', 1, 'dark']);
    el.sections = 'adjust flare-up';
    el.headingLevel = 5;
    await el.updateComplete;
    expect(el.getAttribute('sections')).to.equal('adjust flare-up');
    expect(el.getAttribute('heading-level')).to.equal('5');
    expect(cards(el)).to.deep.equal(['adjust', 'flare-up']);
    expect(el.shadowRoot!.querySelector('[part~=card-heading]')!.localName).to.equal('h6');
    expect(getComputedStyle(card(el, 'adjust')).colorScheme).to.equal('dark');
  });

  it('shows a sections subset always in article order', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice sections="flare-up why"></knee-advice>`);
    expect(cards(el)).to.deep.equal(['why', 'flare-up']);
  });

  it('ignores unknown parts in sections with one warning, and shows all when none is valid', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<KneeAdvice>(html`<knee-advice sections="why bogus"></knee-advice>`);
      expect(cards(el)).to.deep.equal(['why']);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.include('bogus').and.include('why, adjust, strengthen, exercise, flare-up, checklist');
      const all = await fixture<KneeAdvice>(html`<knee-advice sections="nothing-valid"></knee-advice>`);
      expect(cards(all)).to.have.length(4);
    } finally {
      log.restore();
    }
  });

  for (const bad of ['0', '9', 'x']) {
    it(`falls back to heading level 2 with one warning for heading-level="${bad}"`, async () => {
      const log = captureConsole();
      try {
        const el = await fixture<KneeAdvice>(html`<knee-advice heading-level=${bad}></knee-advice>`);
        expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(defaultContent.title);
        expect(log.warnings).to.have.length(1);
      } finally {
        log.restore();
      }
    });
  }

  it('replaces, validates and re-renders through the content property', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    const content = contentCopy();
    content.title = 'Clinic edition';
    el.content = content;
    await el.updateComplete;
    expect(el.content.title).to.equal('Clinic edition');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Clinic edition');
    expect(card(el, 'why').querySelector('p')!.textContent).to.equal(content.sections[0].paragraphs[0]);
  });

  it('refuses content with missing fields and keeps what it had', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
      const broken = contentCopy() as unknown as Record<string, unknown>;
      delete broken.sections;
      el.content = broken as never;
      await el.updateComplete;
      expect(el.content).to.equal(defaultContent);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.include('sections');
    } finally {
      log.restore();
    }
  });

  it('loads content from content-src', async () => {
    const content = contentCopy();
    content.title = 'Loaded from a file';
    const el = await fixture<KneeAdvice>(
      html`<knee-advice content-src=${jsonUrl(JSON.stringify(content))}></knee-advice>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('h2')!.textContent === 'Loaded from a file');
    expect(el.content.title).to.equal('Loaded from a file');
  });

  for (const [label, src] of [
    ['a missing file', '/does-not-exist.json'],
    ['bad JSON', jsonUrl('{ "title": ')],
    ['a file that fails validation', jsonUrl(JSON.stringify({ title: 'only a title' }))],
    ['an unreachable address', 'http://127.0.0.1:9/content.json'],
  ]) {
    it(`keeps the built-in article and warns once for ${label}`, async () => {
      const log = captureConsole();
      try {
        const el = document.createElement('knee-advice') as KneeAdvice;
        el.contentSrc = src;
        const failed = oneEvent(el, 'knee-content-error');
        document.body.append(el);
        const event = await failed;
        expect(event.detail.src).to.equal(src);
        expect(event.detail.problems.length).to.be.greaterThan(0);
        expect(el.content).to.equal(defaultContent);
        expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(defaultContent.title);
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.include('content-src').and.include('built-in article');
        el.remove();
      } finally {
        log.restore();
      }
    });
  }

  it('renders hostile strings as text everywhere', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const content = contentCopy();
    content.title = hostile;
    content.author = hostile;
    content.introduction = [hostile];
    content.sections[0].paragraphs = [hostile];
    const el = await fixture<KneeAdvice>(html`<knee-advice .content=${content}></knee-advice>`);
    expect(deepQueryAll(el.shadowRoot!, 'img, script')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows the clinic content in the before and after slots, and hides the unslotted fallback', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice>
      <p slot="before">Clinic intro</p>
      <p slot="after">Book an appointment</p>
      <p class="fallback">Without JavaScript this text shows.</p>
    </knee-advice>`);
    const text = deepText(el);
    expect(text.startsWith('Clinic intro')).to.be.true;
    expect(text.endsWith('Book an appointment')).to.be.true;
    expect(el.querySelector('.fallback')!.getClientRects().length).to.equal(0);
  });

  it('takes the clinic colours and font through custom properties set on the page', async () => {
    const wrapper =
      await fixture(html`<div style="--knee-accent: rgb(1, 2, 3); --knee-font: monospace; --knee-surface: rgb(250, 240, 230)">
      <knee-advice></knee-advice>
    </div>`);
    const el = wrapper.querySelector('knee-advice') as KneeAdvice;
    await el.updateComplete;
    const section = card(el, 'why');
    expect(getComputedStyle(section).fontFamily).to.equal('monospace');
    expect(getComputedStyle(section).backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(painted(getComputedStyle(card(el, 'flare-up')).borderLeftColor)).to.deep.equal([1, 2, 3]);
  });

  it('builds its part list from the static part lists of the elements it renders, and no part name is used twice in the family', () => {
    for (const child of [KneeAdviceCard, KneeFlareUpChecklist]) {
      expect(KneeAdvice.parts, child.name).to.include.members([...child.parts]);
    }
    const family = [...KneeAdvice.parts, ...KneeExercisePlayer.parts, ...KneeRunLog.parts];
    const twice = family.filter((n, i) => family.indexOf(n) !== i);
    expect(twice, 'part names used by two elements (prefix one: run-log-undo-button)').to.deep.equal([]);
  });

  it('lets the page style every part on its list with ::part, through nested shadow roots', async () => {
    // its own, the cards' and the checklist's, and the player's it forwards once the player's code is here
    const names = [...KneeAdvice.parts, ...KneeExercisePlayer.parts];
    const style = document.createElement('style');
    // one distinct value per part name
    style.textContent = names
      .map((n, i) => `.parts-test knee-advice::part(${n}) { scroll-margin-top: ${i + 1}px; }`)
      .join('\n');
    document.head.append(style);
    try {
      const wrapper = await fixture(html`<div class="parts-test">
        <knee-advice
          .content=${clinicEdition()}
          video-src=${SAMPLE.webm}
          video-captions=${SAMPLE.captions}
          video-chapters=${SAMPLE.chapters}
        ></knee-advice>
      </div>`);
      const el = wrapper.querySelector('knee-advice') as KneeAdvice;
      await el.updateComplete; // the module that shows the dates and sources loads first
      const list = el.shadowRoot!.querySelector('knee-flare-up-checklist')!;
      await list.updateComplete;
      // the undo button shows only after Clear all
      list.shadowRoot!.querySelector<HTMLInputElement>('[part~=checkbox]')!.click();
      await list.updateComplete;
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part~=clear-button]')!.click();
      await list.updateComplete;
      // the transcript's lines render once it is opened
      const player = el.shadowRoot!.querySelector('knee-exercise-player')!;
      await waitUntil(() => player.shadowRoot!.querySelector('[part~=transcript]'), 'the transcript shows');
      player.shadowRoot!.querySelector<HTMLDetailsElement>('[part~=transcript]')!.open = true;
      const found = () =>
        new Set(deepQueryAll(el.shadowRoot!, '[part]').flatMap((e) => e.getAttribute('part')!.split(/\s+/)));
      await waitUntil(
        () => names.every((n) => found().has(n)),
        `parts never shown: ${names.filter((n) => !found().has(n)).join(', ')}`,
        { timeout: 5000 },
      );
      for (const node of deepQueryAll(el.shadowRoot!, '[part]')) {
        const own = node
          .getAttribute('part')!
          .split(/\s+/)
          .filter((n) => names.includes(n as never));
        const value = parseFloat(getComputedStyle(node).scrollMarginTop);
        expect(
          own.map((n) => names.indexOf(n as never) + 1),
          `::part(${own.join(' ')}) on <${node.localName}>`,
        ).to.include(value);
      }
    } finally {
      style.remove();
    }
  });

  it('follows the page font by default', async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif"><knee-advice></knee-advice></div>`);
    const el = wrapper.querySelector('knee-advice') as KneeAdvice;
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontFamily).to.equal('Georgia, serif');
  });

  for (const width of [280, 320, 1200]) {
    it(`fits a ${width} px container without horizontal overflow`, async () => {
      await setViewport({ width: Math.max(width, 320), height: 800 });
      document.body.style.margin = '0';
      const wrapper = await fixture(html`<div style="width: ${width}px"><knee-advice></knee-advice></div>`);
      const el = wrapper.querySelector('knee-advice') as KneeAdvice;
      const long = contentCopy();
      long.sections[0].paragraphs = ['Supercalifragilisticexpialidocious'.repeat(10)];
      el.content = long;
      await el.updateComplete;
      const right = wrapper.getBoundingClientRect().right;
      for (const node of deepQueryAll<HTMLElement>(el.shadowRoot!, '*')) {
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 1);
      }
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
      // The page does not scroll sideways (in a window wider than asked, where setViewport counted a skip).
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      document.body.style.margin = '';
      await setViewport({ width: 800, height: 600 });
    });
  }

  it('prints black text with no backgrounds or shadows, even in the dark theme', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice theme="dark"></knee-advice>`);
    const section = card(el, 'flare-up');
    await emulateMedia({ media: 'print' });
    try {
      for (const node of [el.shadowRoot!.querySelector('h2')!, section.querySelector('p')!, section]) {
        expect(getComputedStyle(node).color, node.localName).to.equal('rgb(0, 0, 0)');
      }
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(section).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(section).boxShadow).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(section).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('keeps the callout edge and card borders visible in forced colours (Windows high contrast)', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    // WebKit has no forced-colours mode: emulateMedia answers false there, and the skip is counted.
    if (!(await emulateMedia({ forcedColors: 'active' }))) return;
    try {
      const style = getComputedStyle(card(el, 'flare-up'));
      expect(style.borderLeftStyle).to.equal('solid');
      expect(parseFloat(style.borderLeftWidth)).to.be.at.least(8);
      expect(style.borderTopStyle).to.equal('solid');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  describe('content-src: the most recent intent wins (issue 8, case 5)', () => {
    it('a move in the page while the file loads is not a new intent: the file still arrives', async () => {
      const file = heldFile();
      const wrapper = await fixture(
        html`<div><section></section><knee-advice content-src=${file.url}></knee-advice></div>`,
      );
      const el = wrapper.querySelector('knee-advice')!;
      await file.arrived();
      wrapper.querySelector('section')!.append(el); // disconnected, then connected again
      await file.release();
      await waitUntil(() => title(el) === CLINIC_TITLE, 'the file was used after the move');
      expect(el.content.title).to.equal(CLINIC_TITLE);
    });

    it('removing content-src while the file loads: the late file is ignored', async () => {
      const file = heldFile();
      const el = await fixture<KneeAdvice>(html`<knee-advice content-src=${file.url}></knee-advice>`);
      const other = await control(file.url);
      await file.arrived(2);
      el.removeAttribute('content-src');
      await el.updateComplete;
      await file.release();
      await other.used();
      await el.updateComplete;
      expect(el.content).to.equal(defaultContent);
      expect(title(el)).to.equal(defaultContent.title);
    });

    it('removing content-src after the file was used shows the built-in article again', async () => {
      const el = await fixture<KneeAdvice>(html`<knee-advice content-src=${FILE}></knee-advice>`);
      await waitUntil(() => title(el) === CLINIC_TITLE);
      el.contentSrc = '';
      await el.updateComplete;
      expect(title(el)).to.equal(defaultContent.title);
    });

    it('switching from a loaded file to a missing one shows the built-in article, as the warning says', async () => {
      const el = await fixture<KneeAdvice>(html`<knee-advice content-src=${FILE}></knee-advice>`);
      await waitUntil(() => title(el) === CLINIC_TITLE);
      const log = captureConsole();
      try {
        const failed = oneEvent(el, 'knee-content-error');
        el.setAttribute('content-src', '/tests/pages/no-such-content.json');
        expect((await failed).detail.problems[0].problem).to.include('404');
        await el.updateComplete;
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.include('showing the built-in article');
        expect(title(el)).to.equal(defaultContent.title);
        expect(el.content).to.equal(defaultContent);
      } finally {
        log.restore();
      }
    });

    it('a file that fails after .content was set falls back to that content, and says so', async () => {
      const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
      const own = contentCopy();
      own.title = 'Set by the page';
      el.content = own;
      const log = captureConsole();
      try {
        const failed = oneEvent(el, 'knee-content-error');
        el.contentSrc = '/tests/pages/no-such-content.json';
        await failed;
        await el.updateComplete;
        expect(title(el)).to.equal('Set by the page');
        expect(log.warnings[0]).to.include('showing the content set through .content');
      } finally {
        log.restore();
      }
    });

    it('a file that arrives late never overwrites .content set after it was asked for', async () => {
      const file = heldFile();
      const el = await fixture<KneeAdvice>(html`<knee-advice content-src=${file.url}></knee-advice>`);
      const other = await control(file.url);
      await file.arrived(2);
      const own = contentCopy();
      own.title = 'Set by the page';
      el.content = own;
      await file.release();
      await other.used();
      await el.updateComplete;
      expect(title(el)).to.equal('Set by the page');
    });

    it('of two files asked for in turn, the second wins even when the first arrives last', async () => {
      const first = heldFile();
      const el = await fixture<KneeAdvice>(html`<knee-advice content-src=${first.url}></knee-advice>`);
      const other = await control(first.url);
      await first.arrived(2);
      el.contentSrc = '/test-delay/open/tests/pages/clinic-content-b.json';
      await waitUntil(() => title(el) === SECOND_TITLE);
      await first.release();
      await other.used();
      expect(title(el)).to.equal(SECOND_TITLE);
    });
  });

  describe('.content is our own frozen copy (issue 8, case 6)', () => {
    it('hands out a frozen copy: changing it in place fails and changes no element, now or later', async () => {
      const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
      expect(Object.isFrozen(el.content)).to.be.true;
      expect(Object.isFrozen(el.content.checklist.items[0])).to.be.true;
      expect(() => {
        (el.content.checklist as { items: unknown }).items = null;
      }).to.throw(TypeError);
      expect(() => {
        el.content.sections[0].paragraphs.push('Invented advice');
      }).to.throw(TypeError);
      const later = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
      const list = later.shadowRoot!.querySelector('knee-flare-up-checklist')!;
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('input[type=checkbox]')).to.have.length(
        defaultContent.checklist.items.length,
      );
      expect(deepText(later)).not.to.include('Invented advice');
    });

    it('never changes the object the page passes in, and a later change to it changes nothing shown', async () => {
      const mine = contentCopy();
      mine.title = 'Clinic edition';
      const el = await fixture<KneeAdvice>(html`<knee-advice .content=${mine}></knee-advice>`);
      expect(el.content).not.to.equal(mine);
      expect(el.content).to.deep.equal(mine);
      expect(Object.isFrozen(mine)).to.be.false;
      mine.title = 'Changed afterwards';
      el.requestUpdate();
      await el.updateComplete;
      expect(title(el)).to.equal('Clinic edition');
    });

    it('refuses an object whose getter throws like invalid content, and takes a Proxy of plain data', async () => {
      const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
      const throwing = contentCopy();
      Object.defineProperty(throwing, 'title', {
        enumerable: true,
        get() {
          throw new Error('no title for you');
        },
      });
      const log = captureConsole();
      try {
        expect(() => {
          el.content = throwing;
        }).not.to.throw();
        expect(el.content).to.equal(defaultContent);
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.include('refused').and.include('title').and.include('no title for you');
        const proxied = contentCopy();
        proxied.title = 'Through a Proxy';
        el.content = new Proxy(proxied, {});
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part=article-heading]')!.textContent).to.equal('Through a Proxy');
        expect(log.warnings).to.have.length(1);
      } finally {
        log.restore();
      }
    });

    it('validates an object once, not once per nested element', async () => {
      const counted = contentCopy();
      let reads = 0;
      const words = counted.title;
      Object.defineProperty(counted, 'title', {
        enumerable: true,
        get() {
          reads++;
          return words;
        },
      });
      const el = await fixture<KneeAdvice>(
        html`<knee-advice video-src=${SAMPLE.webm} .content=${counted}></knee-advice>`,
      );
      const nested = deepQueryAll<KneeAdviceCard>(
        el.shadowRoot!,
        'knee-advice-card, knee-flare-up-checklist, knee-exercise-player',
      );
      await Promise.all(nested.map((n) => n.updateComplete));
      expect(nested.length, 'the checklist and the player').to.be.at.least(2);
      expect(nested.every((n) => n.content === el.content)).to.be.true;
      expect(reads).to.equal(1);
    });
  });

  describe('warnings and heading levels (issue 8, case 7)', () => {
    it('warns once per page for a bad theme, not once per nested element', async () => {
      const log = captureConsole();
      try {
        const el = await fixture<KneeAdvice>(html`<knee-advice theme="neon" video-src=${SAMPLE.webm}></knee-advice>`);
        await Promise.all(
          deepQueryAll<KneeAdviceCard>(
            el.shadowRoot!,
            'knee-advice-card, knee-flare-up-checklist, knee-exercise-player',
          ).map((n) => n.updateComplete),
        );
        await fixture<KneeAdvice>(html`<knee-advice theme="neon"></knee-advice>`);
        expect(log.warnings, log.warnings.join('\n')).to.have.length(1);
        expect(log.warnings[0]).to.include('theme="neon"').and.include('auto, light, dark');
      } finally {
        log.restore();
      }
    });

    it('heading-level="6" puts the title at h5 so the sections stay one level below, with one warning', async () => {
      const log = captureConsole();
      try {
        const el = await fixture<KneeAdvice>(html`<knee-advice heading-level="6"></knee-advice>`);
        expect(el.shadowRoot!.querySelector('h5')!.textContent).to.equal(defaultContent.title);
        const sectionHeadings = [...el.shadowRoot!.querySelectorAll('[part~=card-heading]')];
        expect(sectionHeadings.map((h) => h.localName)).to.deep.equal(['h6', 'h6', 'h6', 'h6']);
        expect(sectionHeadings.map((h) => h.textContent!.trim().replace('Important: ', ''))).to.deep.equal(
          defaultContent.sections.map((s) => s.heading),
        );
        const list = el.shadowRoot!.querySelector('knee-flare-up-checklist')!;
        await list.updateComplete;
        expect(list.shadowRoot!.querySelector('h6')).to.exist;
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.include('heading-level="6"').and.include('h5');
        expect(el.headingLevel).to.equal(6);
      } finally {
        log.restore();
      }
    });
  });

  it('is accessible in light and dark', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    await expectAccessibleInEveryTheme(el);
  });
});

describe('<knee-advice>: content a clinic can sign off (issue 18)', () => {
  const shadow = (el: Element) => el.shadowRoot!;
  const datesOf = (el: KneeAdvice) =>
    [...shadow(el).querySelectorAll('[part=dates] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  const notice = (el: KneeAdvice) => shadow(el).querySelector('[part=notice]');
  const NOTICE =
    'This article is general information, not a diagnosis or a personal plan. For advice about your own knee, ask a health professional, such as a physiotherapist or doctor.';

  it('shows every one of the 31 sentences of the article (title and author included) word for word', async () => {
    const source = await (await fetch('/content/source-article.txt')).text();
    const sentences = source
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .flatMap((line) => line.split(/(?<=[.?!])\s+/));
    expect(sentences).to.have.length(31);
    const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    await el.shadowRoot!.querySelector('knee-flare-up-checklist')!.updateComplete;
    const text = deepText(el);
    const shown = sentences.filter((sentence) => text.includes(sentence));
    expect(shown.length, `not shown: ${sentences.filter((x) => !shown.includes(x)).join(' | ')}`).to.equal(31);
  });

  it('credits the clinic that adapted the words in the byline and the quotes: "By Nicola Tik, adapted by …"', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice .content=${clinicEdition()}></knee-advice>`);
    expect(shadow(el).querySelector('[part=byline]')!.textContent).to.equal(
      'By Nicola Tik, adapted by Northside Physiotherapy',
    );
    const list = shadow(el).querySelector('knee-flare-up-checklist')!;
    await list.updateComplete;
    const details = list.shadowRoot!.querySelector('details')!;
    details.open = true;
    await waitUntil(() => details.querySelector('footer'), 'the quote shows');
    expect(details.querySelector('footer')!.textContent).to.equal('— Nicola Tik, adapted by Northside Physiotherapy');
  });

  it('shows the dates under the article as <time datetime>, in the element’s language, each only when given', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice .content=${clinicEdition()}></knee-advice>`);
    expect(datesOf(el)).to.deep.equal([
      'Published November 1, 2026',
      'Last reviewed March 15, 2027',
      'Next review due March 15, 2099',
    ]);
    expect([...shadow(el).querySelectorAll('[part=dates] time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2026-11-01',
      '2027-03-15',
      '2099-03-15',
    ]);
    el.lang = 'en-GB';
    await waitUntil(() => datesOf(el)[0] === 'Published 1 November 2026', `en-GB: ${datesOf(el)[0]}`);
    el.lang = 'es';
    await waitUntil(() => datesOf(el)[0] === 'Publicado el 1 de noviembre de 2026', `es: ${datesOf(el)[0]}`);
    const one = { ...contentCopy(), reviewed: '2027-03-15' };
    const only = await fixture<KneeAdvice>(html`<knee-advice .content=${one}></knee-advice>`);
    expect(datesOf(only)).to.deep.equal(['Last reviewed March 15, 2027']);
    const none = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    expect(shadow(none).querySelector('[part=dates]'), 'the built-in article has no dates').to.equal(null);
  });

  it('lists the sources as links that send no referrer, under a heading, and names the publisher', async () => {
    const content = clinicEdition();
    const el = await fixture<KneeAdvice>(html`<knee-advice heading-level="3" .content=${content}></knee-advice>`);
    const sources = shadow(el).querySelector('[part=sources]')!;
    expect(sources.querySelector('[part=sources-heading]')!.localName, 'one level below the title').to.equal('h4');
    expect(sources.querySelector('[part=sources-heading]')!.textContent).to.equal('Sources');
    const links = [...sources.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal(
      content.sources!.map((s) => [s.title, s.url]),
    );
    const publisher = shadow(el).querySelector('[part=publisher]')!;
    expect(publisher.textContent).to.equal('Published by Northside Physiotherapy');
    for (const a of [...links, publisher.querySelector('a')!]) {
      expect(a.rel, a.href).to.equal('noopener noreferrer');
      expect(a.referrerPolicy, a.href).to.equal('no-referrer');
    }
    const plain = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    expect(shadow(plain).querySelector('[part=sources], [part=publisher]')).to.equal(null);
  });

  it('ends with the notice (whole article or any sections), which no-notice removes and the notice slot replaces', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    const article = shadow(el).querySelector('article')!;
    expect(notice(el)!.textContent).to.equal(NOTICE);
    expect(deepText(article).endsWith(NOTICE), 'the last words of the article').to.be.true;
    const some = await fixture<KneeAdvice>(html`<knee-advice sections="why"></knee-advice>`);
    expect(notice(some)!.textContent).to.equal(NOTICE);
    el.noNotice = true;
    await el.updateComplete;
    expect(el.getAttribute('no-notice')).to.equal('');
    expect(notice(el)).to.equal(null);
    expect(deepText(el)).not.to.include('general information');
    const own = await fixture<KneeAdvice>(
      html`<knee-advice><p slot="notice">Our own words about this page.</p></knee-advice>`,
    );
    expect(deepText(own).endsWith('Our own words about this page.')).to.be.true;
    expect(deepText(own)).not.to.include(NOTICE);
    const card = await fixture(html`<knee-advice-card section="flare-up"></knee-advice-card>`);
    expect(deepText(card), 'not on a standalone card').not.to.include('general information');
  });

  it('has a safety-net slot inside "During a flare-up", after its paragraphs and before the checklist', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice>
      <p slot="safety-net" id="net">Questions about your knee? Call us on 0000 000 000.</p>
    </knee-advice>`);
    const words = el.querySelector('#net')!;
    const slot = words.assignedSlot!;
    expect(slot, 'slotted').to.exist;
    const flare = card(el, 'flare-up');
    expect(slot.closest('section') === flare, 'in the flare-up card').to.be.true;
    const paragraphs = [...flare.querySelectorAll('p')];
    expect(paragraphs.at(-1)!.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    const checklist = shadow(el).querySelector('knee-flare-up-checklist')!;
    expect(slot.compareDocumentPosition(checklist) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(words.getClientRects().length, 'shown').to.be.greaterThan(0);
    const text = deepText(el);
    expect(text.indexOf('Call us')).to.be.greaterThan(text.indexOf(defaultContent.sections[3].paragraphs[0]));
    const empty = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    const emptySlot = card(empty, 'flare-up').querySelector<HTMLSlotElement>('slot[name=safety-net]')!;
    expect(emptySlot.assignedNodes(), 'empty by default').to.deep.equal([]);
  });

  it('warns once, in its language, when the next review is overdue; the reader sees no change', async () => {
    const log = captureConsole();
    try {
      const content = { ...clinicEdition(), nextReview: '2001-02-03' };
      const el = await fixture<KneeAdvice>(html`<knee-advice .content=${content}></knee-advice>`);
      expect(datesOf(el)[2]).to.equal('Next review due February 3, 2001');
      el.requestUpdate();
      await el.updateComplete;
      el.headingLevel = 3;
      await el.updateComplete;
      expect(log.warnings, log.warnings.join('\n')).to.have.length(1);
      expect(log.warnings[0]).to.match(/^<knee-advice> The next review of this article was due on 2001-02-03\./);
      const es = await fixture<KneeAdvice>(html`<knee-advice lang="es" .content=${content}></knee-advice>`);
      await waitUntil(() => log.warnings.length === 2, 'the Spanish element warns too');
      expect(log.warnings[1]).to.include('La próxima revisión de este artículo estaba prevista para el 2001-02-03');
      expect(shadow(es).querySelector('[part=dates]')!.textContent).to.include('3 de febrero de 2001');
      await fixture<KneeAdvice>(html`<knee-advice .content=${clinicEdition()}></knee-advice>`);
      expect(log.warnings, 'a review due in the future says nothing').to.have.length(2);
    } finally {
      log.restore();
    }
  });

  for (const [label, change, field] of [
    ['a date that is not YYYY-MM-DD', { published: '1 November 2026' }, 'published: must be a date'],
    ['a day that does not exist', { nextReview: '2099-02-30' }, 'nextReview: must be a date'],
    ['a source that is not a web address', { sources: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'sources[0].url'],
    ['a publisher without a name', { publisher: { url: 'https://a.example/' } }, 'publisher.name'],
  ] as const) {
    it(`refuses ${label} with one warning naming the field, and keeps what it showed`, async () => {
      const log = captureConsole();
      try {
        const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
        el.content = { ...contentCopy(), ...change } as never;
        await el.updateComplete;
        expect(el.content).to.equal(defaultContent);
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.include(field);
      } finally {
        log.restore();
      }
    });
  }

  it('marks the article’s words with their language on a page in another language, and only there', async () => {
    const marked = (el: KneeAdvice) => deepQueryAll(shadow(el), '[lang]').map((e) => e.getAttribute('lang'));
    const english = await fixture<KneeAdvice>(html`<knee-advice .content=${clinicEdition()}></knee-advice>`);
    await shadow(english).querySelector('knee-flare-up-checklist')!.updateComplete;
    expect(marked(english), 'an English page: nothing to mark').to.deep.equal([]);
    const wrapper = await fixture(html`<div lang="es"><knee-advice .content=${clinicEdition()}></knee-advice></div>`);
    const el = wrapper.querySelector('knee-advice')!;
    await waitUntil(() => shadow(el).querySelector('[part=byline]')!.textContent!.startsWith('Por '));
    const list = shadow(el).querySelector('knee-flare-up-checklist')!;
    await list.updateComplete;
    const langOf = (node: Element | null) => node?.closest('[lang]')?.getAttribute('lang') ?? 'the page’s (es)';
    const root = shadow(el);
    expect(langOf(root.querySelector('[part=article-heading] span'))).to.equal('en');
    expect(langOf(root.querySelector('[part=intro] p'))).to.equal('en');
    expect(langOf(card(el, 'adjust').querySelector('[part~=card-heading] span'))).to.equal('en');
    expect(langOf(card(el, 'adjust').querySelector('p'))).to.equal('en');
    expect(langOf(list.shadowRoot!.querySelector('[part~=checklist-heading] span'))).to.equal('en');
    expect(langOf(list.shadowRoot!.querySelector('[part~=item-label]'))).to.equal('en');
    expect(langOf(root.querySelector('[part=sources] li'))).to.equal('en');
    // the interface words stay in the page's language
    for (const part of ['byline', 'notice', 'dates', 'sources-heading'])
      expect(langOf(root.querySelector(`[part~=${part}]`)), part).to.equal('the page’s (es)');
    expect(langOf(card(el, 'flare-up').querySelector('.visually-hidden'))).to.equal('the page’s (es)');
  });

  describe('structured-data', () => {
    const scripts = () => [...document.querySelectorAll('script[type="application/ld+json"]')];

    it('adds the schema.org JSON-LD once as its next sibling, follows the content, and leaves with the element', async () => {
      const wrapper = await fixture(html`<div>
        <knee-advice structured-data .content=${clinicEdition()}></knee-advice>
        <p>After the article</p>
        <section></section>
      </div>`);
      const el = wrapper.querySelector('knee-advice')!;
      await waitUntil(() => el.nextElementSibling?.localName === 'script', 'the data was added');
      const data = JSON.parse(el.nextElementSibling!.textContent!);
      expect(data['@type']).to.equal('MedicalWebPage');
      expect(data.lastReviewed).to.equal('2027-03-15');
      el.requestUpdate();
      await el.updateComplete;
      el.structuredData = true;
      await el.updateComplete;
      expect(scripts(), 'once').to.have.length(1);
      el.content = { ...clinicEdition(), title: 'A new title' };
      await waitUntil(() => JSON.parse(el.nextElementSibling!.textContent!).headline === 'A new title');
      wrapper.querySelector('section')!.append(el);
      await waitUntil(() => el.nextElementSibling?.localName === 'script', 'the data moved with it');
      expect(scripts()).to.have.length(1);
      el.removeAttribute('structured-data');
      await waitUntil(() => scripts().length === 0, 'removed with the attribute');
      el.structuredData = true;
      await waitUntil(() => scripts().length === 1, 'added again');
      el.remove();
      expect(scripts(), 'gone with the element').to.have.length(0);
    });

    it('adds nothing without the attribute', async () => {
      const el = await fixture<KneeAdvice>(html`<knee-advice .content=${clinicEdition()}></knee-advice>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(el.nextElementSibling).to.equal(null);
      expect(scripts()).to.have.length(0);
    });
  });

  for (const width of [320, 280]) {
    it(`keeps the dates, sources and notice readable at ${width} px: no overflow, full-size text`, async () => {
      await setViewport({ width: 320, height: 800 });
      document.body.style.margin = '0';
      try {
        const wrapper = await fixture(
          html`<div style="width: ${width}px"><knee-advice .content=${clinicEdition()}></knee-advice></div>`,
        );
        const el = wrapper.querySelector('knee-advice') as KneeAdvice;
        const right = wrapper.getBoundingClientRect().right;
        const about = shadow(el).querySelector<HTMLElement>('.about')!;
        for (const node of [about, ...deepQueryAll<HTMLElement>(about, '*')])
          expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 1);
        const body = parseFloat(getComputedStyle(card(el, 'why').querySelector('p')!).fontSize);
        for (const part of ['dates', 'notice', 'sources'])
          expect(parseFloat(getComputedStyle(shadow(el).querySelector(`[part=${part}]`)!).fontSize), part).to.equal(
            body,
          );
        // the page does not scroll sideways (in a window wider than asked, where setViewport counted a skip)
        expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      } finally {
        document.body.style.margin = '';
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('prints the dates, the sources with their addresses written out, and the notice', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice theme="dark" .content=${clinicEdition()}></knee-advice>`);
    await emulateMedia({ media: 'print' });
    try {
      for (const part of ['dates', 'publisher', 'sources', 'notice']) {
        const node = shadow(el).querySelector<HTMLElement>(`[part~=${part}]`)!;
        expect(node.getClientRects().length, part).to.be.greaterThan(0);
        expect(getComputedStyle(node).color, part).to.equal('rgb(0, 0, 0)');
      }
      const links = [...shadow(el).querySelectorAll('[part=sources] a')];
      expect(links.map((a) => generatedContent(a, '::after'))).to.deep.equal(
        clinicEdition().sources!.map((s) => `" (${s.url})"`),
      );
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    const link = shadow(el).querySelector('[part=sources] a')!;
    expect(getComputedStyle(link, '::after').content, 'on screen the link is enough').to.equal('none');
  });

  it('is accessible in light and dark with the dates, publisher, sources, notice and safety-net words', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice .content=${clinicEdition()}>
      <p slot="safety-net">Questions about your knee? Call us on <a href="tel:+10000000000">0000 000 000</a>.</p>
    </knee-advice>`);
    await expectAccessibleInEveryTheme(el);
  });
});
