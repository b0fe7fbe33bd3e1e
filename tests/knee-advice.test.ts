import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/register.js';
import { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import type { KneeAdviceCard } from '../src/components/knee-advice-card/knee-advice-card.js';
import { defaultContent } from '../src/internal/content.js';
import { SAMPLE } from '../content/sample/fixtures.js';
import { captureConsole, contentCopy, deepQueryAll, deepText, expectAccessibleInEveryTheme } from './helpers.js';

const cards = (el: KneeAdvice) => [...el.shadowRoot!.querySelectorAll('knee-advice-card')].map((c) => c.getAttribute('section'));

/** Serves a JSON body at a blob: URL, as a clinic's own file would be. */
const jsonUrl = (body: string) => URL.createObjectURL(new Blob([body], { type: 'application/json' }));

describe('<knee-advice>', () => {
  it('renders the whole article in reading order, crediting the author', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal(defaultContent.title);
    expect(root.querySelector('[part=byline]')!.textContent).to.equal('By Nicola Tik');
    expect(cards(el)).to.deep.equal(['why', 'adjust', 'strengthen', 'flare-up']);
    await Promise.all([...root.querySelectorAll('knee-advice-card')].map((c) => (c as KneeAdviceCard).updateComplete));
    const text = deepText(el);
    const expected = [
      defaultContent.title,
      ...defaultContent.introduction,
      ...defaultContent.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.id === 'strengthen' ? [defaultContent.exercise.paragraph] : [])]),
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
    const headings = deepQueryAll(el.shadowRoot!, 'knee-advice-card').map((c) => c.shadowRoot!.querySelector('h4'));
    expect(headings.every(Boolean)).to.be.true;
    expect(headings).to.have.length(4);
  });

  it('keeps attributes and properties in agreement', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice sections="why" heading-level="1" theme="dark"></knee-advice>`);
    expect([el.sections, el.headingLevel, el.theme]).to.deep.equal(['why', 1, 'dark']);
    el.sections = 'adjust flare-up';
    el.headingLevel = 5;
    await el.updateComplete;
    expect(el.getAttribute('sections')).to.equal('adjust flare-up');
    expect(el.getAttribute('heading-level')).to.equal('5');
    expect(cards(el)).to.deep.equal(['adjust', 'flare-up']);
    expect(el.shadowRoot!.querySelector('knee-advice-card')!.getAttribute('heading-level')).to.equal('6');
    expect(el.shadowRoot!.querySelector('knee-advice-card')!.getAttribute('theme')).to.equal('dark');
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
    const card = el.shadowRoot!.querySelector("knee-advice-card")!;
    expect(card.content).to.equal(el.content);
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
    const el = await fixture<KneeAdvice>(html`<knee-advice content-src=${jsonUrl(JSON.stringify(content))}></knee-advice>`);
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
    await (el.shadowRoot!.querySelector('knee-advice-card') as KneeAdviceCard).updateComplete;
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
    const wrapper = await fixture(html`<div style="--knee-accent: rgb(1, 2, 3); --knee-font: monospace; --knee-surface: rgb(250, 240, 230)">
      <knee-advice></knee-advice>
    </div>`);
    const el = wrapper.querySelector('knee-advice') as KneeAdvice;
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('knee-advice-card')!;
    await (card as KneeAdviceCard).updateComplete;
    const section = card.shadowRoot!.querySelector('section')!;
    expect(getComputedStyle(section).fontFamily).to.equal('monospace');
    expect(getComputedStyle(section).backgroundColor).to.equal('rgb(250, 240, 230)');
    const flare = el.shadowRoot!.querySelector('knee-advice-card[section=flare-up]')!;
    await (flare as KneeAdviceCard).updateComplete;
    expect(getComputedStyle(flare.shadowRoot!.querySelector('section')!).borderLeftColor).to.equal('rgb(1, 2, 3)');
  });

  it('lets the page style the forwarded parts of every element with ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .parts-test knee-advice::part(card-heading) { color: rgb(9, 8, 7); }
      .parts-test knee-advice::part(article-title) { letter-spacing: 3px; }
      .parts-test knee-advice::part(checkbox) { outline-color: rgb(1, 2, 3); }
      .parts-test knee-advice::part(seek) { outline-color: rgb(4, 5, 6); }`;
    document.head.append(style);
    try {
      const wrapper = await fixture(html`<div class="parts-test"><knee-advice video-src=${SAMPLE.webm}></knee-advice></div>`);
      const el = wrapper.querySelector('knee-advice') as KneeAdvice;
      const [card, list, player] = ['knee-advice-card', 'knee-flare-up-checklist', 'knee-exercise-player'].map((t) => el.shadowRoot!.querySelector(t) as KneeAdviceCard);
      await Promise.all([card, list, player].map((e) => e.updateComplete));
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part=card-heading]')!).color).to.equal('rgb(9, 8, 7)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part=article-title]')!).letterSpacing).to.equal('3px');
      expect(getComputedStyle(list.shadowRoot!.querySelector('[part=checkbox]')!).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(player.shadowRoot!.querySelector('[part=seek]')!).outlineColor).to.equal('rgb(4, 5, 6)');
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
      expect(document.documentElement.scrollWidth).to.be.at.most(Math.max(width, 320));
      document.body.style.margin = '';
      await setViewport({ width: 800, height: 600 });
    });
  }

  it('prints black text with no backgrounds or shadows, even in the dark theme', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice theme="dark"></knee-advice>`);
    const card = el.shadowRoot!.querySelector('knee-advice-card[section=flare-up]')!;
    await (card as KneeAdviceCard).updateComplete;
    const section = card.shadowRoot!.querySelector('section')!;
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
    const card = el.shadowRoot!.querySelector('knee-advice-card[section=flare-up]')!;
    await (card as KneeAdviceCard).updateComplete;
    await emulateMedia({ forcedColors: 'active' });
    try {
      const style = getComputedStyle(card.shadowRoot!.querySelector('section')!);
      expect(style.borderLeftStyle).to.equal('solid');
      expect(parseFloat(style.borderLeftWidth)).to.be.at.least(8);
      expect(style.borderTopStyle).to.equal('solid');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('is accessible in light and dark', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    await expectAccessibleInEveryTheme(el);
  });
});
