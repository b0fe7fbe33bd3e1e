import { expect, fixture, html } from '@open-wc/testing';
import './define-all.js';
import { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { KneeFlareUpChecklist } from '../src/components/knee-flare-up-checklist/knee-flare-up-checklist.js';
import { KneeRunLog } from '../src/components/knee-run-log/knee-run-log.js';
import { defineElement } from '../src/internal/define.js';
import { captureConsole, contentCopy } from './helpers.js';

// What frameworks do to custom elements (issue 17): hand over proxies, set properties before the element's
// class is defined (server-rendered pages, lazy bundles), and write objects as attributes.

/** Vue's reactive(): a Proxy that wraps every object it hands out. */
const reactive = <T extends object>(target: T): T =>
  new Proxy(target, {
    get(t, key) {
      const value = Reflect.get(t, key) as unknown;
      return typeof value === 'object' && value !== null ? reactive(value) : value;
    },
  });

let n = 0;
const lateTag = (base: string) => `${base}-late-${++n}`;

describe('properties a framework sets', () => {
  it('content and checkedIds set before the class is defined (a Proxy each) apply when it upgrades', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const content = contentCopy();
    content.title = 'Set before the upgrade';
    const adviceTag = lateTag('knee-advice');
    const listTag = lateTag('knee-flare-up-checklist');
    const advice = document.createElement(adviceTag) as KneeAdvice;
    const list = document.createElement(listTag) as KneeFlareUpChecklist;
    advice.content = reactive(content);
    list.checkedIds = reactive([content.checklist.items[1].id]);
    host.append(advice, list);
    defineElement(adviceTag, class extends KneeAdvice {});
    defineElement(listTag, class extends KneeFlareUpChecklist {});
    await advice.updateComplete;
    await list.updateComplete;
    expect(advice.shadowRoot!.querySelector('[part=article-heading]')!.textContent).to.equal('Set before the upgrade');
    expect(advice.content).not.to.equal(content);
    expect(list.checkedIds).to.deep.equal([content.checklist.items[1].id]);
    expect(list.shadowRoot!.querySelectorAll('input:checked')).to.have.length(1);
  });

  it('runs set before the run log’s class is defined (its chunk loads on first use) show when it upgrades', async () => {
    // Found by the visual check: Storybook's run log stories set `.runs` before the chunk arrived, and the
    // log showed "No runs logged yet" while `log.runs` still gave the page's own array back.
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const tag = lateTag('knee-run-log');
    const log = document.createElement(tag) as KneeRunLog;
    log.runs = reactive([
      { date: '2025-06-10', during: 3 },
      { date: '2025-06-12', during: 2, dayAfter: 2 },
    ]);
    host.append(log);
    defineElement(tag, class extends KneeRunLog {});
    await log.updateComplete;
    expect(Object.hasOwn(log, 'runs'), 'the accessor is no longer hidden').to.be.false;
    expect(log.runs.map((r) => r.date)).to.deep.equal(['2025-06-10', '2025-06-12']);
    expect(log.shadowRoot!.querySelectorAll('[part=table] tbody tr')).to.have.length(2);
  });

  it('an object written as an attribute gets one warning naming how to bind it as a property', async () => {
    const log = captureConsole();
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML =
        '<knee-advice content="[object Object]"></knee-advice><knee-advice content="[object Object]"></knee-advice>';
      await (host.firstElementChild as KneeAdvice).updateComplete;
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0])
        .to.include('content was set as an attribute ("[object Object]")')
        .and.include(':content.prop');
    } finally {
      log.restore();
    }
  });
});
