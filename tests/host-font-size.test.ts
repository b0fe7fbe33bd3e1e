import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from './engine.js';
import './define-all.js';
import type { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import type { KneeElement } from '../src/internal/base.js';
import { deepQueryAll } from './helpers.js';

/**
 * Every size follows the element's own font size (what the page gives the article), not the root's:
 * the pages below are the usual CMS patterns, from `html { font-size: 62.5% }` to large text.
 */
const PAGES = [
  { name: 'root 10px', root: '10px', body: '' },
  { name: 'root 62.5%, body 1.6rem (the CMS pattern)', root: '62.5%', body: '1.6rem' },
  { name: 'root 16px', root: '16px', body: '' },
  { name: 'root 20px', root: '20px', body: '' },
  { name: 'body text at 200%', root: '16px', body: '200%' },
];

const px = (el: Element, prop = 'font-size') => parseFloat(getComputedStyle(el).getPropertyValue(prop));
const height = (el: Element) => el.getBoundingClientRect().height;

/** Measurements printed once per page, for the record. */
const table: string[] = [];

describe('sizes follow the element font size at every root size', () => {
  before(() => setViewport({ width: 1200, height: 900 }));
  after(() => {
    document.documentElement.style.fontSize = '';
    document.body.style.fontSize = '';
    console.log(['page | body | title | section heading | intro | button h | row h | box', ...table].join('\n'));
  });

  for (const page of PAGES) {
    it(page.name, async () => {
      document.documentElement.style.fontSize = page.root;
      document.body.style.fontSize = page.body;
      const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
      const cards = [...el.shadowRoot!.querySelectorAll('knee-advice-card')];
      const checklist = el.shadowRoot!.querySelector('knee-flare-up-checklist')!;
      await Promise.all([...cards, checklist].map((c) => (c as KneeElement).updateComplete));

      const body = px(document.body);
      expect(px(el), 'the element takes the page body size').to.equal(body);
      const title = el.shadowRoot!.querySelector('[part=article-heading]')!;
      const sectionHeadings = deepQueryAll(el.shadowRoot!, '[part=card-heading], [part=checklist-heading]');
      const intro = el.shadowRoot!.querySelector('[part=intro] p')!;
      const buttons = deepQueryAll<HTMLButtonElement>(el.shadowRoot!, 'button');
      const rows = deepQueryAll<HTMLLIElement>(el.shadowRoot!, '[part=item]');

      expect(px(title)).to.be.above(body);
      expect(sectionHeadings.length).to.be.at.least(5);
      for (const h of sectionHeadings) expect(px(h), h.textContent!).to.be.above(body);
      expect(px(intro)).to.be.at.least(body);
      expect(buttons.length).to.be.at.least(1);
      for (const b of buttons) expect(height(b), b.textContent!).to.be.at.least(44);
      expect(rows.length).to.be.at.least(3);
      let minRow = Infinity;
      let minBox = Infinity;
      for (const row of rows) {
        const box = row.querySelector('input[type=checkbox]')!.getBoundingClientRect();
        const label = row.querySelector('label')!.getBoundingClientRect();
        const clickable = Math.max(box.bottom, label.bottom) - Math.min(box.top, label.top);
        expect(clickable, 'box and label').to.be.at.least(44);
        expect(Math.min(box.width, box.height), 'visible box').to.be.at.least(24);
        minRow = Math.min(minRow, clickable);
        minBox = Math.min(minBox, box.width, box.height);
      }
      const r = (n: number) => Math.round(n * 10) / 10;
      table.push(
        `${page.name} | ${r(body)} | ${r(px(title))} | ${r(Math.min(...sectionHeadings.map((h) => px(h))))} | ${r(px(intro))} | ${r(Math.min(...buttons.map(height)))} | ${r(minRow)} | ${r(minBox)}`,
      );
    });
  }
});

describe('layout mirrors under dir="rtl"', () => {
  it('the callout edge is on the start side', async () => {
    const ltr = await fixture(html`<knee-advice-card section="flare-up"></knee-advice-card>`);
    const rtl = await fixture(html`<div dir="rtl"><knee-advice-card section="flare-up"></knee-advice-card></div>`);
    const card = (host: Element) =>
      (host.localName === 'div' ? host.firstElementChild! : host).shadowRoot!.querySelector('[part=card]')!;
    await (rtl.firstElementChild as KneeElement).updateComplete;
    expect(px(card(ltr), 'border-left-width')).to.be.above(px(card(ltr), 'border-right-width'));
    expect(px(card(rtl), 'border-right-width')).to.be.above(px(card(rtl), 'border-left-width'));
  });

  it('checklist boxes sit at the start of each row', async () => {
    const host = await fixture(html`<div dir="rtl"><knee-flare-up-checklist></knee-flare-up-checklist></div>`);
    const list = host.firstElementChild as KneeElement;
    await list.updateComplete;
    const row = list.shadowRoot!.querySelector('[part=item]')!;
    const box = row.querySelector('input')!.getBoundingClientRect();
    const label = row.querySelector('label')!.getBoundingClientRect();
    expect(box.left).to.be.above(label.left);
  });
});
