import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/register.js';
import type { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { KneeFlareUpChecklist } from '../src/components/knee-flare-up-checklist/knee-flare-up-checklist.js';
import { defaultContent } from '../src/internal/content.js';
import type { KneeChecklistChangeDetail } from '../src/internal/events.js';
import { captureConsole, contentCopy, expectAccessibleInEveryTheme, failOnUnhandledRejections } from './helpers.js';

const KEY = 'knee-advice:v1:checklist';
const items = defaultContent.checklist.items;
const boxes = (el: KneeFlareUpChecklist) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const progress = (el: KneeFlareUpChecklist) => el.shadowRoot!.querySelector('[part=progress]')!.textContent!.trim();
const button = (el: KneeFlareUpChecklist, part: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part=${part}]`);

async function tick(el: KneeFlareUpChecklist, index: number) {
  boxes(el)[index].click();
  await el.updateComplete;
}

/** Replaces a Storage method for one test. */
function breakStorage(method: 'getItem' | 'setItem', error = new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
  const original = Storage.prototype[method];
  Storage.prototype[method] = () => {
    throw error;
  };
  return () => {
    Storage.prototype[method] = original as never;
  };
}

describe('<knee-flare-up-checklist>', () => {
  failOnUnhandledRejections();
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('renders the heading and each item as a native checkbox with its visible label', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('A few things worth trying');
    expect(root.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(root.querySelector('h2')!.id);
    const inputs = boxes(el);
    expect(inputs).to.have.length(items.length);
    inputs.forEach((input, i) => {
      expect(input.labels![0].textContent!.trim()).to.equal(items[i].label);
      expect(input.hasAttribute('role')).to.be.false;
    });
    expect(progress(el)).to.equal(`0 of ${items.length} done`);
    expect(root.querySelector('[part=progress]')!.getAttribute('role')).to.equal('status');
  });

  it('quotes the article sentence behind each item, credited to the author, when it is opened', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    const details = [...el.shadowRoot!.querySelectorAll('details')];
    expect(details).to.have.length(items.length);
    for (const [i, d] of details.entries()) {
      expect(d.querySelector('summary')!.textContent).to.equal('From the article');
      d.querySelector('summary')!.click();
      await el.updateComplete;
      expect(d.open).to.be.true;
      expect(d.querySelector('blockquote p')!.textContent).to.equal(items[i].source.quote);
      expect(d.querySelector('footer')!.textContent).to.equal('— Nicola Tik');
      expect(d.querySelector('blockquote')!.getClientRects().length, 'shown').to.be.greaterThan(0);
    }
  });

  it('renders a quote only once its disclosure is opened, also when opened by script', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    expect(el.shadowRoot!.querySelectorAll('blockquote')).to.have.length(0);
    const second = el.shadowRoot!.querySelectorAll('details')[1];
    second.open = true;
    await oneEvent(second, 'toggle');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('blockquote')).to.have.length(1);
    expect(second.querySelector('blockquote p')!.textContent).to.equal(items[1].source.quote);
  });

  it('is usable by keyboard alone: Tab reaches each box with visible focus, Space toggles it', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: number[] = [];
    for (let i = 0; i < items.length * 2 + 1; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (active instanceof HTMLInputElement) {
        reached.push(boxes(el).indexOf(active));
        expect(active.matches(':focus-visible')).to.be.true;
        expect(getComputedStyle(active).outlineStyle).to.equal('solid');
      }
    }
    expect(reached).to.deep.equal(items.map((_, i) => i));
    boxes(el)[2].focus();
    const changed = oneEvent(el, 'knee-checklist-change');
    await sendKeys({ press: 'Space' });
    const { detail } = await changed;
    expect(detail).to.deep.equal({ id: items[2].id, checked: true, done: 1, total: items.length });
    expect(boxes(el)[2].checked).to.be.true;
    await sendKeys({ press: 'Space' });
    expect(boxes(el)[2].checked).to.be.false;
    before.remove();
  });

  it('fires knee-checklist-change with its detail on every change, and updates the progress line', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    const seen: KneeChecklistChangeDetail[] = [];
    el.addEventListener('knee-checklist-change', (e) => seen.push(e.detail));
    await tick(el, 0);
    await tick(el, 3);
    await tick(el, 0);
    expect(seen).to.deep.equal([
      { id: items[0].id, checked: true, done: 1, total: 6 },
      { id: items[3].id, checked: true, done: 2, total: 6 },
      { id: items[0].id, checked: false, done: 1, total: 6 },
    ]);
    expect(progress(el)).to.equal('1 of 6 done');
    expect(el.shadowRoot!.querySelectorAll('li.done')).to.have.length(1);
  });

  it('clears everything with Clear all and offers an undo that brings the ticks back', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    await tick(el, 1);
    await tick(el, 4);
    expect(button(el, 'undo-button')).to.equal(null);
    const cleared = oneEvent(el, 'knee-checklist-change');
    button(el, 'clear-button')!.click();
    expect((await cleared).detail).to.deep.equal({ id: null, checked: false, done: 0, total: 6 });
    await el.updateComplete;
    expect(progress(el)).to.equal('0 of 6 done');
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.equal('All ticks cleared.');
    expect(boxes(el).some((b) => b.checked)).to.be.false;
    button(el, 'undo-button')!.focus();
    button(el, 'undo-button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.checkedIds).to.deep.equal([items[1].id, items[4].id]);
    expect(progress(el)).to.equal('2 of 6 done');
    expect(button(el, 'undo-button')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'clear-button'));
  });

  it('does nothing and offers no undo when Clear all meets an empty list', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    let fired = 0;
    el.addEventListener('knee-checklist-change', () => fired++);
    button(el, 'clear-button')!.click();
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(button(el, 'undo-button')).to.equal(null);
  });

  it('exposes items, checkedIds and reset() for hosts that sync with their own back end', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    el.checkedIds = [items[5].id, 'no-such-item'];
    await el.updateComplete;
    expect(el.checkedIds).to.deep.equal([items[5].id]);
    expect(el.items[5]).to.deep.equal({ id: items[5].id, label: items[5].label, checked: true });
    expect(boxes(el)[5].checked).to.be.true;
    el.reset();
    await el.updateComplete;
    expect(el.checkedIds).to.deep.equal([]);
    expect(progress(el)).to.equal('0 of 6 done');
  });

  it('keeps attributes and properties in agreement', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist persist storage-key="a" heading-level="3"></knee-flare-up-checklist>`);
    expect([el.persist, el.storageKey, el.headingLevel]).to.deep.equal([true, 'a', 3]);
    expect(el.shadowRoot!.querySelector('h3')).to.exist;
    el.persist = false;
    el.storageKey = 'b';
    await el.updateComplete;
    expect(el.hasAttribute('persist')).to.be.false;
    expect(el.getAttribute('storage-key')).to.equal('b');
  });

  describe('without persist', () => {
    it('writes nothing anywhere: no storage, no cookies', async () => {
      const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
      await tick(el, 0);
      button(el, 'clear-button')!.click();
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
    });

    it('does not read saved ticks either', async () => {
      localStorage.setItem(KEY, JSON.stringify({ version: 1, checked: [items[0].id] }));
      const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
      expect(el.checkedIds).to.deep.equal([]);
    });
  });

  describe('with persist', () => {
    it('saves under a namespaced, versioned key and restores the same ticks after a reload', async () => {
      const first = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist persist></knee-flare-up-checklist>`);
      await tick(first, 0);
      await tick(first, 2);
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ version: 1, checked: [items[0].id, items[2].id] });
      first.remove();
      const again = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist persist></knee-flare-up-checklist>`);
      expect(boxes(again).map((b) => b.checked)).to.deep.equal([true, false, true, false, false, false]);
      expect(progress(again)).to.equal('2 of 6 done');
    });

    it('keeps two lists with different storage-keys apart', async () => {
      const wrapper = await fixture(html`<div>
        <knee-flare-up-checklist persist storage-key="left"></knee-flare-up-checklist>
        <knee-flare-up-checklist persist storage-key="right"></knee-flare-up-checklist>
      </div>`);
      const [left, right] = [...wrapper.querySelectorAll('knee-flare-up-checklist')];
      await left.updateComplete;
      await tick(left, 1);
      await tick(right, 5);
      expect(left.checkedIds).to.deep.equal([items[1].id]);
      expect(right.checkedIds).to.deep.equal([items[5].id]);
      expect(JSON.parse(localStorage.getItem(`${KEY}:left`)!).checked).to.deep.equal([items[1].id]);
      expect(JSON.parse(localStorage.getItem(`${KEY}:right`)!).checked).to.deep.equal([items[5].id]);
      expect(left.storageKeyInUse).to.equal(`${KEY}:left`);
    });

    it('follows another tab through the storage event', async () => {
      const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist persist></knee-flare-up-checklist>`);
      const value = JSON.stringify({ version: 1, checked: [items[3].id] });
      localStorage.setItem(KEY, value);
      const changed = oneEvent(el, 'knee-checklist-change');
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: value }));
      expect((await changed).detail).to.deep.equal({ id: null, checked: false, done: 1, total: 6 });
      await el.updateComplete;
      expect(boxes(el)[3].checked).to.be.true;
      localStorage.removeItem(KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null }));
      await el.updateComplete;
      expect(el.checkedIds).to.deep.equal([]);
      window.dispatchEvent(new StorageEvent('storage', { key: 'someone-else', newValue: '1' }));
    });

    it('keeps ticks of items that still exist when the content changes, drops removed ids, starts new ones unticked', async () => {
      localStorage.setItem(KEY, JSON.stringify({ version: 1, checked: [items[0].id, items[1].id, 'gone-long-ago'] }));
      const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist persist></knee-flare-up-checklist>`);
      expect(el.checkedIds).to.deep.equal([items[0].id, items[1].id]);
      const content = contentCopy();
      const [kept, , ...rest] = content.checklist.items;
      content.checklist.items = [kept, ...rest, { ...rest[0], id: 'a-new-item' }];
      el.content = content;
      await el.updateComplete;
      expect(el.items.map((i) => [i.id, i.checked])).to.deep.equal([
        [items[0].id, true],
        ...rest.map((i) => [i.id, false]),
        ['a-new-item', false],
      ]);
      expect(progress(el)).to.equal(`1 of ${content.checklist.items.length} done`);
    });
  });

  describe('when storage fails', () => {
    it('works in memory with one warning when storage cannot be reached at all', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
      const log = captureConsole();
      try {
        const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist persist></knee-flare-up-checklist>`);
        await tick(el, 0);
        await tick(el, 1);
        await tick(el, 0);
        expect(el.checkedIds).to.deep.equal([items[1].id]);
        expect(progress(el)).to.equal('1 of 6 done');
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.include('Access is denied');
        expect(el.shadowRoot!.textContent).not.to.include('denied');
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
        log.restore();
      }
    });

    it('works in memory with one warning when reading throws', async () => {
      const restore = breakStorage('getItem', new DOMException('blocked', 'SecurityError'));
      const log = captureConsole();
      try {
        const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist persist></knee-flare-up-checklist>`);
        await tick(el, 2);
        expect(el.checkedIds).to.deep.equal([items[2].id]);
        expect(log.warnings).to.have.length(1);
      } finally {
        restore();
        log.restore();
      }
    });

    it('works in memory with one warning when writing throws (quota)', async () => {
      const restore = breakStorage('setItem');
      const log = captureConsole();
      try {
        const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist persist></knee-flare-up-checklist>`);
        for (const i of [0, 1, 2, 3]) await tick(el, i);
        expect(el.checkedIds).to.have.length(4);
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.include('quota');
      } finally {
        restore();
        log.restore();
      }
    });

    for (const [label, raw] of [
      ['corrupt data', '{"version": 1, "checked": [tru'],
      ['old-format data', JSON.stringify(['shorter-easier-runs'])],
      ['data of a future version', JSON.stringify({ version: 2, checked: { all: true } })],
    ]) {
      it(`starts afresh with one warning on ${label}, and saves anew once the person ticks`, async () => {
        localStorage.setItem(KEY, raw);
        const log = captureConsole();
        try {
          const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist persist></knee-flare-up-checklist>`);
          expect(el.checkedIds).to.deep.equal([]);
          expect(localStorage.getItem(KEY), 'unreadable data is left alone until the person ticks').to.equal(raw);
          await tick(el, 0);
          expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ version: 1, checked: [items[0].id] });
          expect(log.warnings).to.have.length(1);
        } finally {
          log.restore();
        }
      });
    }
  });

  it('has touch targets of at least 24 × 24 px', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    await tick(el, 0);
    button(el, 'clear-button')!.click();
    await el.updateComplete;
    const targets = [...boxes(el), button(el, 'clear-button')!, button(el, 'undo-button')!, ...el.shadowRoot!.querySelectorAll('summary')];
    for (const t of targets) {
      const { width, height } = t.getBoundingClientRect();
      expect(width, t.outerHTML.slice(0, 40)).to.be.at.least(24);
      expect(height, t.outerHTML.slice(0, 40)).to.be.at.least(24);
    }
  });

  it('prints each box with its state and hides the actions', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    await tick(el, 1);
    await emulateMedia({ media: 'print' });
    try {
      const marks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.mark')];
      expect(marks.map((m) => m.textContent!.trim())).to.deep.equal(['☐', '☑', '☐', '☐', '☐', '☐']);
      expect(marks.every((m) => getComputedStyle(m).display !== 'none')).to.be.true;
      expect(getComputedStyle(el.shadowRoot!.querySelector('.actions')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).color).to.equal('rgb(0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(el.shadowRoot!.querySelector('.mark')!).display).to.equal('none');
  });

  it('renders hostile item text as text', async () => {
    const content = contentCopy();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    content.sections[1].paragraphs[1] += ` ${hostile}`;
    content.checklist.items[0].source.quote = hostile;
    content.checklist.items[0].label = hostile;
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist .content=${content}></knee-flare-up-checklist>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(boxes(el)[0].labels![0].textContent!.trim()).to.equal(hostile);
  });

  it('is accessible in light and dark, with ticks and the undo offer showing', async () => {
    const el = await fixture<KneeFlareUpChecklist>(html`<knee-flare-up-checklist></knee-flare-up-checklist>`);
    await tick(el, 0);
    el.shadowRoot!.querySelector('summary')!.click();
    await el.updateComplete;
    await expectAccessibleInEveryTheme(el);
    button(el, 'clear-button')!.click();
    await el.updateComplete;
    await expectAccessibleInEveryTheme(el);
  });

  describe('inside <knee-advice>', () => {
    it('stands after the four cards, one heading level below the title, with persist and storage-key passed down', async () => {
      const advice = await fixture<KneeAdvice>(html`<knee-advice heading-level="2" persist storage-key="clinic"></knee-advice>`);
      const parts = [...advice.shadowRoot!.querySelectorAll('article > [part=card], article > knee-flare-up-checklist')];
      expect(advice.shadowRoot!.querySelector('article')!.lastElementChild).to.equal(parts.at(-1));
      expect(parts.map((c) => c.localName)).to.deep.equal(['section', 'section', 'section', 'section', 'knee-flare-up-checklist']);
      const list = advice.shadowRoot!.querySelector('knee-flare-up-checklist')!;
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('h3')!.textContent).to.equal('A few things worth trying');
      expect(list.persist).to.be.true;
      expect(list.storageKey).to.equal('clinic');
      const changed = oneEvent(advice, 'knee-checklist-change');
      await tick(list, 0);
      expect((await changed).detail.done).to.equal(1);
      expect(JSON.parse(localStorage.getItem(`${KEY}:clinic`)!).checked).to.deep.equal([items[0].id]);
    });

    it('can be shown alone or left out with sections', async () => {
      const only = await fixture<KneeAdvice>(html`<knee-advice sections="checklist"></knee-advice>`);
      expect(only.shadowRoot!.querySelectorAll('[part=card]')).to.have.length(0);
      expect(only.shadowRoot!.querySelector('knee-flare-up-checklist')).to.exist;
      const without = await fixture<KneeAdvice>(html`<knee-advice sections="why adjust"></knee-advice>`);
      expect(without.shadowRoot!.querySelector('knee-flare-up-checklist')).to.equal(null);
    });
  });
});
