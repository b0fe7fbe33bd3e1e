import { expect, fixture, html } from '@open-wc/testing';
import './define-all.js';
import type { KneeElement } from '../src/internal/base.js';
import { captureConsole } from './helpers.js';

// Server-rendered HTML and the upgraded element must agree (React/Next hydration compares them), so an
// element never writes a default onto its own tag; a value set by the page or the person may reflect.
const TAGS = [
  'knee-advice',
  'knee-advice-card',
  'knee-flare-up-checklist',
  'knee-exercise-player',
  'knee-run-log',
] as const;

async function upgrade(tag: string, attrs: Record<string, string> = {}): Promise<KneeElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as KneeElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  await el.updateComplete;
  return el;
}

describe('upgrade writes no defaults onto the tag', () => {
  for (const tag of TAGS) {
    it(`<${tag}> keeps exactly the attributes the page wrote`, async () => {
      const log = captureConsole();
      try {
        const attrs: Record<string, string> =
          tag === 'knee-exercise-player' ? { src: 'clip.mp4' } : tag === 'knee-advice-card' ? { section: 'why' } : {};
        const el = await upgrade(tag, attrs);
        expect(el.getAttributeNames().sort()).to.deep.equal(Object.keys(attrs).sort());
      } finally {
        log.restore();
      }
    });
  }

  it('a heading level or speed set by the page as a property reflects, as before', async () => {
    const card = (await upgrade('knee-advice-card', { section: 'why' })) as KneeElement & { headingLevel: number };
    card.headingLevel = 3;
    await card.updateComplete;
    expect(card.getAttribute('heading-level')).to.equal('3');
    const player = (await upgrade('knee-exercise-player', { src: 'clip.mp4' })) as KneeElement & { speed: number };
    player.speed = 1.5;
    await player.updateComplete;
    expect(player.getAttribute('speed')).to.equal('1.5');
  });

  it('removing an attribute brings back the default', async () => {
    const card = (await upgrade('knee-advice-card', { section: 'why', 'heading-level': '4' })) as KneeElement & {
      headingLevel: number;
    };
    card.removeAttribute('heading-level');
    await card.updateComplete;
    expect(card.headingLevel).to.equal(2);
    expect(card.shadowRoot!.querySelector('h2')).to.exist;
  });
});

describe('theme as a property acts like the attribute', () => {
  for (const tag of ['knee-advice', 'knee-advice-card', 'knee-flare-up-checklist', 'knee-run-log']) {
    it(`<${tag}>.theme = 'dark' / 'light' switches the colour scheme`, async () => {
      const el = await upgrade(tag, tag === 'knee-advice-card' ? { section: 'why' } : {});
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      // auto declares nothing of its own: the element takes the page's colour scheme
      el.theme = 'auto';
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('normal');
      el.parentElement!.style.colorScheme = 'light dark';
      expect(getComputedStyle(el).colorScheme).to.equal('light dark');
    });
  }
});
