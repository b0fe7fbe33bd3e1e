import { expect, waitUntil } from '@open-wc/testing';
import type { KneeFlareUpChecklist } from '../src/components/knee-flare-up-checklist/knee-flare-up-checklist.js';
import type { KneeRunLog } from '../src/components/knee-run-log/knee-run-log.js';
import { defaultContent } from '../src/internal/content.js';
import { skipAssertion } from './engine.js';
import { deepText } from './helpers.js';

// Pages made by tests/node/prerender-pages.mjs from the built `knee-advice/prerender` entry.
type PageWindow = Window & { __logs: string[]; __shifts: number[] };

/** Only Chromium reports layout shifts (the Layout Instability API); elsewhere none would ever be seen. */
const NO_SHIFTS_API = 'no layout shifts reported (no Layout Instability API)';
const measuresShifts = (win: Window) =>
  (win as Window & typeof globalThis).PerformanceObserver.supportedEntryTypes.includes('layout-shift');
/** Expects no layout shift, where the engine reports them; a counted skip elsewhere. */
async function expectNoShifts(win: Window, shifts: number[], what: string) {
  if (!measuresShifts(win)) return skipAssertion(NO_SHIFTS_API);
  expect(shifts, what).to.deep.equal([]);
}

async function openPage(path: string, width = 1000) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  return { frame, win, doc: win.document, el: win.document.querySelector('knee-advice')! };
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Every element below `root`, through open shadow roots. */
const deepAll = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deepAll(e.shadowRoot) : [])]);

describe('prerendered markup (knee-advice/prerender)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  describe('without JavaScript, under a CSP without unsafe-inline styles', () => {
    it('shows the whole article with its headings in the outline', async () => {
      const { win, el } = await openPage('/prerendered/nojs.html');
      expect(win.customElements.get('knee-advice'), 'no script ran').to.equal(undefined);
      const root = el.shadowRoot!;
      expect(root, 'declarative shadow root').to.exist;
      const text = deepText(el);
      for (const piece of [
        defaultContent.title,
        ...defaultContent.introduction,
        ...defaultContent.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
        defaultContent.exercise.paragraph,
        defaultContent.checklist.heading,
        ...defaultContent.checklist.items.map((i) => i.label),
      ]) {
        expect(text, piece.slice(0, 40)).to.include(piece);
      }
      const headings = deepAll(root).filter((e) => /^h[1-6]$/.test(e.localName));
      expect(headings.map((h) => h.localName)).to.deep.equal(['h2', 'h3', 'h3', 'h3', 'h3', 'h3']);
      for (const h of headings) expect(h.getClientRects().length, h.textContent!).to.be.greaterThan(0);
      expect(win.__logs).to.deep.equal([]);
    });

    it('shows a clinic’s dates, sources, notice and credit, marks the English words on a Spanish element, and carries its JSON-LD after it (issue 18)', async () => {
      const { win, doc, el } = await openPage('/prerendered/clinic.html');
      expect(win.customElements.get('knee-advice'), 'no script ran').to.equal(undefined);
      const text = deepText(el);
      for (const words of [
        'Por Nicola Tik, adaptado por Clínica Norte',
        'Publicado el 1 de noviembre de 2026',
        'Revisado por última vez el 15 de marzo de 2027',
        'Próxima revisión prevista para el 15 de marzo de 2099',
        'Publicado por Clínica Norte',
        'Fuentes',
        'Patellofemoral pain: clinical practice guideline',
        'Este artículo es información general, no un diagnóstico ni un plan personal.',
      ])
        expect(text, words).to.include(words);
      const root = el.shadowRoot!;
      expect(root.querySelector('[part=dates] time')!.getAttribute('datetime')).to.equal('2026-11-01');
      const source = root.querySelector<HTMLAnchorElement>('[part=sources] a')!;
      expect([source.rel, source.referrerPolicy]).to.deep.equal(['noopener noreferrer', 'no-referrer']);
      expect(root.querySelector('[part=intro]')!.getAttribute('lang')).to.equal('en');
      expect(root.querySelector('[part=article-heading] span')!.getAttribute('lang')).to.equal('en');
      const noticeLang = root.querySelector('[part=notice]')!.closest('[lang]')?.getAttribute('lang');
      expect(noticeLang, 'the notice is in the element’s language').to.equal(undefined);
      const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      expect(el.nextElementSibling === scripts[0], 'the next sibling, in the light DOM').to.be.true;
      const data = JSON.parse(scripts[0].textContent!);
      expect([data['@type'], data.headline, data.lastReviewed]).to.deep.equal([
        'MedicalWebPage',
        'Running with knee pain: the clinic’s edition',
        '2027-03-15',
      ]);
      expect(win.__logs).to.deep.equal([]);
    });

    it('is styled by the linked stylesheets, with no CSP violation', async () => {
      const { win, el } = await openPage('/prerendered/nojs.html');
      const root = el.shadowRoot!;
      const link = root.querySelector('link[rel=stylesheet]') as HTMLLinkElement;
      expect(link.getAttribute('href')).to.equal('/dist/cdn/knee-advice.css');
      await waitUntil(() => link.sheet, 'stylesheet loaded');
      const callout = root.getElementById('knee-card-flare-up')!.closest('section')!;
      const style = getComputedStyle(callout);
      expect(style.borderLeftStyle).to.equal('solid');
      expect(parseFloat(style.borderLeftWidth)).to.be.at.least(8);
      expect(parseFloat(getComputedStyle(root.querySelector('h2')!).fontSize)).to.be.greaterThan(
        parseFloat(getComputedStyle(root.querySelector('.intro p')!).fontSize),
      );
      const list = root.querySelector('knee-flare-up-checklist')!.shadowRoot!;
      const listLink = list.querySelector('link[rel=stylesheet]') as HTMLLinkElement;
      await waitUntil(() => listLink.sheet, 'checklist stylesheet loaded');
      expect(getComputedStyle(list.querySelector('ul')!).listStyleType).to.equal('none');
      const boxes = [...list.querySelectorAll('input')];
      expect(
        boxes.map((b) => b.checked),
        'every box starts unticked',
      ).to.deep.equal(defaultContent.checklist.items.map(() => false));
      expect(list.querySelectorAll('details blockquote'), 'the quotes open without a script').to.have.length(
        defaultContent.checklist.items.length,
      );
      expect(win.__logs.filter((l) => l.startsWith('csp'))).to.deep.equal([]);
    });
  });

  describe('with JavaScript', () => {
    /** Opens a prerendered page, ticks the third box, then loads the CDN script as the page would. */
    async function upgrade(
      path: string,
      {
        scrollTo,
        width,
        script = '/dist/cdn/knee-advice.js',
      }: { scrollTo?: string; width?: number; script?: string } = {},
    ) {
      const page = await openPage(path, width);
      const { win, doc, el } = page;
      const root = el.shadowRoot!;
      await waitUntil(() => (root.querySelector('link') as HTMLLinkElement).sheet, 'stylesheet loaded');
      const early = root.querySelector('knee-flare-up-checklist')!.shadowRoot!.querySelectorAll('input')[2];
      early.click();
      expect(early.checked).to.be.true;
      // Only what moves inside the viewport counts as a layout shift: bring the part watched into view.
      if (scrollTo) win.scrollTo(0, root.querySelector(scrollTo)!.getBoundingClientRect().top + win.scrollY - 100);
      await frames();
      const shiftsBefore = win.__shifts.length;
      const before = places(el);
      const tag = doc.createElement('script');
      tag.type = 'module';
      // a page that enforces Trusted Types (clinic.html) allows this harness its own policy for the script URL
      const types = (
        win as { trustedTypes?: { createPolicy(n: string, p: object): { createScriptURL(u: string): string } } }
      ).trustedTypes;
      tag.src = types
        ? types.createPolicy('test-harness', { createScriptURL: (u: string) => u }).createScriptURL(script)
        : script;
      doc.head.append(tag);
      await waitUntil(() => win.customElements.get('knee-advice'), 'script ran');
      const rendered = () => el.shadowRoot!.querySelector('knee-flare-up-checklist') as KneeFlareUpChecklist | null;
      await waitUntil(() => rendered()?.hasUpdated, 'checklist rendered');
      await frames();
      await new Promise((r) => setTimeout(r, 300));
      await frames();
      return { ...page, list: rendered()!, before, shifts: () => win.__shifts.slice(shiftsBefore) };
    }

    /** Where each heading, paragraph and box stands (new nodes never count as layout shifts, so compare). */
    const places = (el: Element) =>
      deepAll(el.shadowRoot!)
        .filter((e) => /^(h[1-6]|p|input|label)$/.test(e.localName) && !e.closest('details'))
        .map((e) => {
          const r = e.getBoundingClientRect();
          return `${e.localName} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        });

    const title = 'Running with knee pain: the clinic’s edition';

    it('takes over the prerendered article: same words, nothing twice, nothing moved, an early tick kept, no console output', async () => {
      const { win, el, list, before, shifts } = await upgrade('/prerendered/upgrade.html');
      // rendered by the script now (no stylesheet link left), the same words, nothing twice
      expect(el.shadowRoot!.querySelector('link')).to.equal(null);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(title);
      expect(el.shadowRoot!.querySelectorAll('h2, article')).to.have.length(2);
      expect(el.shadowRoot!.querySelectorAll('[part=card]')).to.have.length(4);
      expect(el.shadowRoot!.querySelectorAll('knee-flare-up-checklist')).to.have.length(1);
      expect(deepText(el).split(title)).to.have.length(2);
      // the tick made before the upgrade stays
      const id = defaultContent.checklist.items[2].id;
      expect(list.checkedIds).to.deep.equal([id]);
      expect(list.shadowRoot!.querySelectorAll('input')[2].checked).to.be.true;
      // the same boxes at the same places, no layout shift of the page, no console message
      expect(places(el)).to.deep.equal(before);
      await expectNoShifts(win, shifts(), 'layout shifts after the upgrade');
      expect(win.__logs).to.deep.equal([]);
      // the checklist works
      const changed = new Promise<CustomEvent>((r) =>
        el.addEventListener('knee-checklist-change', (e) => r(e as CustomEvent), { once: true }),
      );
      list.shadowRoot!.querySelectorAll('input')[0].click();
      expect((await changed).detail.done).to.equal(2);
    });

    it('takes over a run log prerendered alone: its words once, in the same place', async () => {
      const { win, doc } = await openPage('/prerendered/log.html');
      const log = doc.querySelector('knee-run-log')!;
      const heading = () => deepAll(log.shadowRoot!).filter((e) => e.matches('[part=run-log-heading]'));
      expect(heading(), 'prerendered').to.have.length(1);
      const before = heading()[0].getBoundingClientRect().top;
      const tag = doc.createElement('script');
      tag.type = 'module';
      tag.src = '/dist/cdn/knee-advice.js';
      doc.head.append(tag);
      await waitUntil(() => win.customElements.get('knee-run-log'), 'the run log chunk arrived');
      await (log as KneeRunLog).updateComplete;
      await frames();
      expect(log.shadowRoot!.querySelector('link'), 'rendered by the script').to.equal(null);
      expect(heading()).to.have.length(1);
      expect(heading()[0].getBoundingClientRect().top).to.equal(before);
      expect(win.__logs).to.deep.equal([]);
    });

    it('takes over an article prerendered in Spanish: the same Spanish words before and after, nothing moved', async () => {
      const before = await openPage('/prerendered/spanish.html');
      const wordsBefore = deepText(before.el);
      expect(wordsBefore).to.include('Por Nicola Tik').and.include('Desmarcar todo');
      before.frame.remove();
      const { win, el, list, shifts } = await upgrade('/prerendered/spanish.html');
      await waitUntil(() => deepText(el).includes('Por Nicola Tik'), 'Spanish words after the upgrade');
      expect(deepText(el)).to.include('Desmarcar todo').and.not.include('Clear all');
      expect(list.checkedIds).to.deep.equal([defaultContent.checklist.items[2].id]);
      await expectNoShifts(win, shifts(), 'layout shifts while the Spanish words load and after');
      expect(win.__logs).to.deep.equal([]);
    });

    it('takes over a clinic’s edition with structured-data under Trusted Types: its JSON-LD stays, once, untouched (issue 18)', async () => {
      const page = await openPage('/prerendered/clinic.html');
      const prerendered = page.el.nextElementSibling!;
      const data = prerendered.textContent;
      page.frame.remove();
      const { win, doc, el, shifts } = await upgrade('/prerendered/clinic.html');
      await waitUntil(
        () => deepText(el).includes('Publicado el 1 de noviembre de 2026'),
        'Spanish dates after the upgrade',
      );
      await new Promise((r) => setTimeout(r, 100));
      const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts, 'one script').to.have.length(1);
      expect(el.nextElementSibling === scripts[0], 'still the next sibling').to.be.true;
      expect(scripts[0].textContent).to.equal(data);
      await expectNoShifts(win, shifts(), 'layout shifts after the upgrade');
      expect(win.__logs, 'no console output, no CSP or Trusted Types violation').to.deep.equal([]);
      el.remove();
      expect(doc.querySelectorAll('script[type="application/ld+json"]'), 'leaves with the element').to.have.length(0);
    });

    it('takes over an article with the exercise video: the player works, and what stands above it does not move', async () => {
      const { win, el, list, before } = await upgrade('/prerendered/video.html');
      const player = el.shadowRoot!.querySelector('knee-exercise-player')!;
      await waitUntil(() => player.shadowRoot?.querySelector('[part=step]'), 'player steps from the chapters', {
        timeout: 5000,
      });
      expect(player.shadowRoot!.querySelector('video')).to.exist;
      expect(el.shadowRoot!.querySelectorAll('knee-exercise-player')).to.have.length(1);
      expect(list.checkedIds).to.deep.equal([defaultContent.checklist.items[2].id]);
      const top = player.getBoundingClientRect().top;
      const above = (all: string[]) => all.filter((p) => Number(/,(-?\d+)/.exec(p)![1]) < top);
      expect(above(places(el))).to.deep.equal(above(before));
      expect(win.__logs).to.deep.equal([]);
    });

    it('takes over an article with the exercise video without a layout shift (CLS < 0.001), its code and steps arriving last', async () => {
      // The player's chunk is held back until the article has upgraded, as on a slow connection.
      await fetch('/test-cdn-hold/video-cls');
      const { win, el, shifts } = await upgrade('/prerendered/video.html', {
        scrollTo: 'knee-exercise-player',
        width: 480, // the player's frame, controls and steps and what follows them in view
        script: '/test-cdn/held-video-cls/knee-advice.js',
      });
      const waiting = el.shadowRoot!.querySelector('knee-exercise-player')!;
      expect(win.customElements.get('knee-exercise-player'), 'the player’s code is held back').to.equal(undefined);
      expect(waiting.shadowRoot?.querySelector('[part=frame]'), 'the prerendered player stays meanwhile').to.exist;
      await fetch('/test-cdn-release/video-cls');
      await waitUntil(
        () => el.shadowRoot!.querySelector('knee-exercise-player')?.shadowRoot?.querySelector('[part=step]'),
        'player steps from the chapters',
        { timeout: 5000 },
      );
      await frames();
      await new Promise((r) => setTimeout(r, 300));
      await frames();
      const player = el.shadowRoot!.querySelector('knee-exercise-player')!;
      expect(el.shadowRoot!.querySelectorAll('knee-exercise-player')).to.have.length(1);
      expect(win.__logs).to.deep.equal([]);
      // (WebKit scrolled this page to the top as the article took over, until the element held its height)
      const { top, bottom } = player.shadowRoot!.querySelector('[part=step-list]')!.getBoundingClientRect();
      expect(top, 'the steps are in view, so a shift would count').to.be.above(0);
      expect(bottom).to.be.below(win.innerHeight);
      if (!measuresShifts(win)) return skipAssertion(NO_SHIFTS_API);
      const cls = shifts().reduce((sum, value) => sum + value, 0);
      console.log(`CLS of the video article's upgrade: ${cls}`);
      expect(cls, `layout shifts: ${shifts().join(', ')}`).to.be.below(0.001);
    });
  });
});
