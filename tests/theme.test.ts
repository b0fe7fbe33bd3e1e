import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from './engine.js';
import { SAMPLE as MEDIA } from '../content/sample/fixtures.js';
import './define-all.js';
import type { KneeAdvice } from '../src/index.js';
import { deepQueryAll, painted } from './helpers.js';

// `theme="auto"` follows the page (its `color-scheme`), not only the system; and a clinic's one brand
// colour stays readable in both schemes (shared styles, src/internal/styles.ts).

const luminance = ([r, g, b]: number[]) => {
  const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
/** WCAG 2 contrast ratio of two painted colours. */
const contrast = (a: string, b: string) => {
  const [la, lb] = [luminance(painted(a)), luminance(painted(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
};

/** Declares what the page supports, as a clinic's page would: a `<meta name="color-scheme">`. */
function declare(content: string | null): () => void {
  const meta = document.createElement('meta');
  meta.name = 'color-scheme';
  if (content !== null) {
    meta.content = content;
    document.head.append(meta);
  }
  return () => meta.remove();
}

/** What the element paints behind its text. */
const background = (el: Element) => painted(getComputedStyle(el).backgroundColor);
const LIGHT: [number, number, number] = [255, 255, 255];
const DARK: [number, number, number] = [21, 25, 30];

describe('theme="auto" follows the page', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('stays light on a page that declares no colour scheme, even when the system prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<KneeAdvice>(html`<knee-advice sections="why"></knee-advice>`);
    expect(background(el)).to.deep.equal(LIGHT);
  });

  it('is dark on a page with <meta name="color-scheme" content="light dark"> when the system prefers dark', async () => {
    const undo = declare('light dark');
    try {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<KneeAdvice>(html`<knee-advice sections="why"></knee-advice>`);
      expect(background(el)).to.deep.equal(DARK);
      await emulateMedia({ colorScheme: 'light' });
      expect(background(el)).to.deep.equal(LIGHT);
    } finally {
      undo();
    }
  });

  it('is dark under `color-scheme: light dark` in the page CSS, and on a dark-only page', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<KneeAdvice>(html`<knee-advice sections="why"></knee-advice>`);
    document.documentElement.style.colorScheme = 'light dark';
    try {
      expect(background(el)).to.deep.equal(DARK);
      await emulateMedia({ colorScheme: 'light' });
      expect(background(el)).to.deep.equal(LIGHT);
      document.documentElement.style.colorScheme = 'dark';
      expect(background(el)).to.deep.equal(DARK);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('follows the part of the page it sits in (a dark panel of a light page)', async () => {
    const panel = await fixture(html`<div style="color-scheme: dark"><knee-advice sections="why"></knee-advice></div>`);
    expect(background(panel.querySelector('knee-advice')!)).to.deep.equal(DARK);
  });

  it('theme="light" and theme="dark" still force one, whatever the page says', async () => {
    const undo = declare('light dark');
    try {
      await emulateMedia({ colorScheme: 'dark' });
      const light = await fixture<KneeAdvice>(html`<knee-advice theme="light" sections="why"></knee-advice>`);
      expect(background(light)).to.deep.equal(LIGHT);
    } finally {
      undo();
    }
    const dark = await fixture<KneeAdvice>(html`<knee-advice theme="dark" sections="why"></knee-advice>`);
    await emulateMedia({ colorScheme: 'light' });
    expect(background(dark)).to.deep.equal(DARK);
    // the elements it renders follow it
    expect(background(dark.shadowRoot!.querySelector('.card')!)).to.deep.equal(DARK);
  });
});

/** Every element, with what a person sees: cards, the callout, buttons, a player with an alert, a run log with runs. */
async function everything(style: string) {
  const today = new Date();
  const day = (n: number) => new Date(today.getTime() - n * 864e5).toISOString().slice(0, 10);
  const runs = [3, 5, 7].map((n, i) => ({
    date: day(n),
    distance: 5,
    unit: 'km' as const,
    during: i + 2,
    dayAfter: 2,
  }));
  const root = await fixture<HTMLDivElement>(html`<div style=${style}>
    <knee-advice sections="strengthen flare-up checklist"></knee-advice>
    <knee-exercise-player src="/no-such-clip.mp4" chapters=${MEDIA.chapters}></knee-exercise-player>
    <knee-run-log .runs=${runs} pain-limit="4"></knee-run-log>
  </div>`);
  const player = root.querySelector('knee-exercise-player')!;
  await new Promise<void>((resolve) => {
    player.addEventListener('knee-exercise-error', () => resolve(), { once: true });
    setTimeout(resolve, 3000);
  });
  for (const el of deepQueryAll<HTMLElement & { updateComplete?: Promise<unknown> }>(root, '*'))
    await el.updateComplete;
  return root;
}

/**
 * The text/background pairs of the shared tokens, as the elements resolve them: measured on a probe inside
 * the element's shadow root, so it reads the private `--_*` values the elements use.
 */
function tokenPairs(el: Element) {
  const probe = document.createElement('span');
  el.shadowRoot!.append(probe);
  const resolve = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  const t = Object.fromEntries(
    ['--_accent', '--_on-accent', '--_text', '--_muted', '--_surface', '--_callout'].map((k) => [k, resolve(k)]),
  );
  probe.remove();
  return {
    'links and buttons (accent on surface)': contrast(t['--_accent'], t['--_surface']),
    'a pressed button (on-accent on accent)': contrast(t['--_on-accent'], t['--_accent']),
    'text on the callout': contrast(t['--_text'], t['--_callout']),
    'secondary text on the callout': contrast(t['--_muted'], t['--_callout']),
    'text on the surface': contrast(t['--_text'], t['--_surface']),
  };
}

const ACCENTS = ['#6b2c91', '#005eb8', '#007f3b', '#d5281b', '#ffb81c'];
const CASES = [
  ...ACCENTS.map((accent) => ({ name: `--knee-accent: ${accent}`, style: `--knee-accent: ${accent}` })),
  {
    name: '--knee-accent: #6b2c91 with --knee-callout-surface: #f3e8fa',
    style: '--knee-accent: #6b2c91; --knee-callout-surface: #f3e8fa',
  },
];

describe('one brand colour stays readable in light and dark', () => {
  before(() => {
    (window as unknown as { undoScheme?: () => void }).undoScheme = declare('light dark');
  });
  after(async () => {
    (window as unknown as { undoScheme: () => void }).undoScheme();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const { name, style } of CASES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${name}: axe finds no contrast problem, and every pair is at least 4.5:1 (${scheme})`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const root = await everything(style);
        const advice = root.querySelector('knee-advice')!;
        expect(background(advice)).to.deep.equal(scheme === 'dark' ? DARK : LIGHT);
        for (const [pair, ratio] of Object.entries(tokenPairs(advice)))
          expect(ratio, `${pair}: ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
        await expect(root).to.be.accessible({ runOnly: ['color-contrast'] } as never);
      });
    }
  }

  it('keeps an accent that is already readable exactly as the page set it', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const root = await everything('--knee-accent: #005eb8');
    const button = deepQueryAll<HTMLButtonElement>(root, 'button')[0];
    expect(painted(getComputedStyle(button).color)).to.deep.equal([0x00, 0x5e, 0xb8]);
  });

  it('a page can still set an exact pair with light-dark()', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const root = await everything('--knee-accent: light-dark(#6b2c91, #e0c3f5)');
    const button = deepQueryAll<HTMLButtonElement>(root, 'button')[0];
    expect(painted(getComputedStyle(button).color)).to.deep.equal([0xe0, 0xc3, 0xf5]);
    await emulateMedia({ colorScheme: 'light' });
    expect(painted(getComputedStyle(button).color)).to.deep.equal([0x6b, 0x2c, 0x91]);
  });
});
