import { expect, fixture, html } from '@open-wc/testing';
import './define-all.js';
import { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import { KneeRunLog } from '../src/components/knee-run-log/knee-run-log.js';
import { KneeFlareUpChecklist } from '../src/components/knee-flare-up-checklist/knee-flare-up-checklist.js';
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

  it('runs, repeatStep and pauseAfterEachStep set before the class is defined apply when it upgrades', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const logTag = lateTag('knee-run-log');
    const playerTag = lateTag('knee-exercise-player');
    const log = document.createElement(logTag) as KneeRunLog;
    const player = document.createElement(playerTag) as KneeExercisePlayer;
    const runs = [
      { date: '2025-01-01', during: 2 },
      { date: '2025-01-03', during: 4, dayAfter: 3 },
    ];
    log.runs = reactive(runs);
    player.repeatStep = true;
    player.pauseAfterEachStep = true;
    host.append(log, player);
    defineElement(logTag, class extends KneeRunLog {});
    defineElement(playerTag, class extends KneeExercisePlayer {});
    await log.updateComplete;
    await player.updateComplete;
    expect(Object.hasOwn(log, 'runs'), 'no own property hides the accessor').to.equal(false);
    expect(log.runs).to.deep.equal(runs);
    expect(log.shadowRoot!.querySelectorAll('[part~=table] tbody tr')).to.have.length(2);
    expect(Object.hasOwn(player, 'repeatStep')).to.equal(false);
    expect(player.repeatStep).to.equal(true);
    expect(player.pauseAfterEachStep).to.equal(true);
  });

  // Before the warning test below: a warning is given once per page.
  it('no warning when the property follows the attribute, as a server-rendered page hydrates (SvelteKit)', async () => {
    const log = captureConsole();
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      // Svelte's server writes `content={x}` as this attribute; its hydration then sets the property.
      host.innerHTML = '<knee-advice content="[object Object]"></knee-advice>';
      const advice = host.firstElementChild as KneeAdvice;
      await Promise.resolve();
      const content = contentCopy();
      content.title = 'Set while hydrating';
      advice.content = content;
      await new Promise((resolve) => setTimeout(resolve));
      await advice.updateComplete;
      expect(log.warnings).to.deep.equal([]);
      expect(advice.shadowRoot!.querySelector('[part=article-heading]')!.textContent).to.equal('Set while hydrating');
      expect(Object.hasOwn(advice, 'content'), 'the watch is gone once the page had its turn').to.equal(false);
    } finally {
      log.restore();
    }
  });

  it('an object written as an attribute gets one warning naming how to bind it as a property', async () => {
    const log = captureConsole();
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML =
        '<knee-advice content="[object Object]"></knee-advice><knee-advice content="[object Object]"></knee-advice>';
      await (host.firstElementChild as KneeAdvice).updateComplete;
      await new Promise((resolve) => setTimeout(resolve)); // it waits for the page's scripts to have had a turn
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0])
        .to.include('content was set as an attribute ("[object Object]")')
        .and.include(':content.prop');
    } finally {
      log.restore();
    }
  });
});
