import { expect, fixture, html } from '@open-wc/testing';
import './define-all.js';
import { KneeAdviceCard } from '../src/components/knee-advice-card/knee-advice-card.js';
import { defaultContent, SECTION_IDS } from '../src/internal/content.js';
import { captureConsole, contentCopy, deepText, expectAccessibleInEveryTheme } from './helpers.js';

describe('<knee-advice-card>', () => {
  for (const id of SECTION_IDS) {
    it(`renders the "${id}" section word for word, as a section labelled by its heading`, async () => {
      const el = await fixture<KneeAdviceCard>(html`<knee-advice-card section=${id}></knee-advice-card>`);
      const data = defaultContent.sections.find((s) => s.id === id)!;
      const section = el.shadowRoot!.querySelector('section')!;
      const h = el.shadowRoot!.querySelector('h2')!;
      expect(section.getAttribute('aria-labelledby')).to.equal(h.id);
      expect(h.textContent!.replace(/^Important: /, '')).to.equal(data.heading);
      const paragraphs = [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);
      const expected = [...data.paragraphs];
      if (defaultContent.exercise.section === id) expected.push(defaultContent.exercise.paragraph);
      expect(paragraphs).to.deep.equal(expected);
    });
  }

  it('closes the strengthen section with the paragraph about the guided exercise', async () => {
    const el = await fixture<KneeAdviceCard>(html`<knee-advice-card section="strengthen"></knee-advice-card>`);
    const last = [...el.shadowRoot!.querySelectorAll('p')].at(-1)!;
    expect(last.textContent).to.equal(defaultContent.exercise.paragraph);
  });

  it('says the flare-up callout is important in words, not only colour', async () => {
    const el = await fixture<KneeAdviceCard>(html`<knee-advice-card section="flare-up"></knee-advice-card>`);
    const h = el.shadowRoot!.querySelector('h2')!;
    const prefix = h.querySelector('.visually-hidden')!;
    expect(prefix.textContent).to.equal('Important: ');
    expect(el.shadowRoot!.querySelector('section')!.classList.contains('callout')).to.be.true;
    const plain = await fixture<KneeAdviceCard>(html`<knee-advice-card section="why"></knee-advice-card>`);
    expect(plain.shadowRoot!.querySelector('.visually-hidden')).to.equal(null);
  });

  it('has the safety-net slot after the flare-up paragraphs, empty by default, and no notice (issue 18)', async () => {
    const el = await fixture<KneeAdviceCard>(html`<knee-advice-card section="flare-up">
      <p slot="safety-net">Call the clinic on 0000 000 000 if you are worried.</p>
    </knee-advice-card>`);
    const words = el.querySelector('p')!;
    const slot = words.assignedSlot!;
    expect(slot, 'slotted').to.exist;
    expect(slot.previousElementSibling!.textContent).to.equal(defaultContent.sections[3].paragraphs.at(-1));
    expect(slot.parentElement!.getAttribute('part')).to.equal('card');
    expect(words.getClientRects().length, 'shown').to.be.greaterThan(0);
    expect(deepText(el).endsWith('Call the clinic on 0000 000 000 if you are worried.')).to.be.true;
    expect(deepText(el)).not.to.include('general information');
    const why = await fixture<KneeAdviceCard>(html`<knee-advice-card section="why">
      <p slot="safety-net">Only for the flare-up section.</p>
    </knee-advice-card>`);
    expect(why.querySelector('p')!.assignedSlot).to.equal(null);
    const empty = await fixture<KneeAdviceCard>(html`<knee-advice-card section="flare-up"></knee-advice-card>`);
    expect(empty.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=safety-net]')!.assignedNodes()).to.deep.equal(
      [],
    );
    await expectAccessibleInEveryTheme(el);
  });

  it('keeps attributes and properties in agreement', async () => {
    const el = await fixture<KneeAdviceCard>(
      html`<knee-advice-card section="adjust" heading-level="4"></knee-advice-card>`,
    );
    expect(el.section).to.equal('adjust');
    expect(el.headingLevel).to.equal(4);
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
    el.section = 'why';
    el.headingLevel = 3;
    await el.updateComplete;
    expect(el.getAttribute('section')).to.equal('why');
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal(defaultContent.sections[0].heading);
  });

  for (const [label, attrs] of [
    ['a missing section', {}],
    ['an unknown section', { section: 'knees' }],
  ] as const) {
    it(`falls back to "why" with one warning naming the valid values for ${label}`, async () => {
      const log = captureConsole();
      try {
        const el = document.createElement('knee-advice-card') as KneeAdviceCard;
        Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
        document.body.append(el);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(defaultContent.sections[0].heading);
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.include('why, adjust, strengthen, flare-up');
        el.remove();
      } finally {
        log.restore();
      }
    });
  }

  for (const bad of ['0', '9', 'x', '2.5', '']) {
    it(`uses heading level 2 and warns once for heading-level="${bad}"`, async () => {
      const log = captureConsole();
      try {
        const el = await fixture<KneeAdviceCard>(
          html`<knee-advice-card section="why" heading-level=${bad}></knee-advice-card>`,
        );
        expect(el.shadowRoot!.querySelector('h2')).to.exist;
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.match(/heading-level.*1, 2, 3, 4, 5, 6/);
      } finally {
        log.restore();
      }
    });
  }

  it('warns once for an unknown theme and keeps rendering', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<KneeAdviceCard>(
        html`<knee-advice-card section="why" theme="purple"></knee-advice-card>`,
      );
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
      expect(log.warnings.join()).to.include('auto, light, dark');
      expect(log.warnings).to.have.length(1);
    } finally {
      log.restore();
    }
  });

  it('renders hostile text in content as text, never as HTML', async () => {
    const content = contentCopy();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    content.sections[0].heading = hostile;
    content.sections[0].paragraphs = [hostile, '{{7*7}} ${alert(1)}'];
    const el = await fixture<KneeAdviceCard>(
      html`<knee-advice-card section="why" .content=${content}></knee-advice-card>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(hostile);
    expect(deepText(el)).to.include('{{7*7}} ${alert(1)}');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('refuses invalid content with a warning and keeps the article', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<KneeAdviceCard>(html`<knee-advice-card section="why"></knee-advice-card>`);
      el.content = { title: 'x' } as never;
      await el.updateComplete;
      expect(el.content).to.equal(defaultContent);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(defaultContent.sections[0].heading);
      expect(log.warnings[0]).to.include('author: must be a non-empty string');
    } finally {
      log.restore();
    }
  });

  it('hides its children (the no-JavaScript fallback) once upgraded', async () => {
    const el = await fixture<KneeAdviceCard>(
      html`<knee-advice-card section="why"><p>Fallback text</p></knee-advice-card>`,
    );
    const fallback = el.querySelector('p')!;
    expect(fallback.assignedSlot).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
  });

  for (const id of SECTION_IDS) {
    it(`is accessible in light and dark (${id})`, async () => {
      const el = await fixture<KneeAdviceCard>(html`<knee-advice-card section=${id}></knee-advice-card>`);
      await expectAccessibleInEveryTheme(el);
    });
  }
});
