import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { frameReady, sendKeys } from './engine.js';
import type { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import type { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import type { KneeRunLog } from '../src/components/knee-run-log/knee-run-log.js';
import { defaultContent } from '../src/internal/content.js';
import { strings } from '../src/internal/strings.js';
import { playerStrings } from '../src/components/knee-exercise-player/strings.js';
import { runLogStrings } from '../src/components/knee-run-log/strings.js';
import { deepText } from './helpers.js';

type PageWindow = Window & {
  __logs: string[];
  axe?: { run: (ctx: Element) => Promise<{ violations: { id: string }[] }> };
};

/** Opens a test page in an iframe, as a clinic's own page would load the CDN bundle. */
async function openPage(path: string, tag = 'knee-advice', ready = '[part~=card]') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.src = path;
  document.body.append(frame);
  await frameReady(frame);
  const win = frame.contentWindow as PageWindow;
  const el = win.document.querySelector(tag)!;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `<${tag}> rendered`, { timeout: 5000 });
  return { frame, win, el };
}

/**
 * Removes the test pages, their elements first: each player then lets go of its clip, as it does when a
 * page removes it. An iframe removed whole leaves its page alive until garbage collection, and Firefox
 * hands the next page that page's clip from memory, without asking the test server (which counts the
 * video requests).
 */
async function removePages() {
  const frames = [...document.querySelectorAll('iframe')];
  for (const frame of frames) frame.contentDocument?.body?.replaceChildren();
  await new Promise((r) => setTimeout(r)); // the players let go in a microtask of their own page
  for (const frame of frames) frame.remove();
}

describe('the built CDN bundle on a plain page', () => {
  afterEach(removePages);

  it('shows the whole article with no console output', async () => {
    const { win, el } = await openPage('/tests/pages/plain.html');
    const text = deepText(el);
    expect(text).to.include(defaultContent.title);
    expect(text).to.include('By Nicola Tik');
    for (const section of defaultContent.sections) for (const p of section.paragraphs) expect(text).to.include(p);
    expect(win.__logs).to.deep.equal([]);
  });

  it('requests nothing but its own script (no chunk for a page with only <knee-advice>)', async () => {
    const { win } = await openPage('/tests/pages/plain.html');
    const requested = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      // The test server injects its own reload socket into every page it serves; a clinic's page has none.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requested.sort()).to.deep.equal(['/dist/cdn/knee-advice.js', '/tests/pages/probe.js']);
  });

  it('loads the content checker only for content of the page, and never shows the built-in article meanwhile', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/tests/pages/late-script.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as PageWindow;
    const el = win.document.querySelector('knee-advice') as KneeAdvice;
    // An app (a framework after server rendering) sets the clinic's article before the class is defined.
    const content = win.structuredClone(defaultContent);
    content.title = 'The clinic’s edition';
    el.content = content;
    const titles = new Set<string>();
    const watch = () => {
      const title = el.shadowRoot?.querySelector('[part~=article-heading]')?.textContent;
      if (title) titles.add(title);
      if (!titles.has(content.title)) win.requestAnimationFrame(watch);
    };
    watch();
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/knee-advice.js';
    win.document.head.append(script);
    await waitUntil(() => titles.has(content.title), 'the clinic’s title shows', { timeout: 5000 });
    expect([...titles], 'never the built-in title first').to.deep.equal([content.title]);
    expect(chunks(win)).to.deep.equal(['/dist/cdn/chunks/content-check.js']);
    // Content that is not content is refused once the checker is here: the clinic's article stays.
    el.content = { title: 'only a title' } as never;
    await el.updateComplete;
    expect(el.content.title).to.equal(content.title);
    expect(win.__logs.join('\n')).to.include('content was refused');
    frame.remove();
  });

  it('is axe-clean on the page', async () => {
    const { frame, win, el } = await openPage('/tests/pages/plain.html');
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => script.addEventListener('load', resolve));
    win.document.head.append(script);
    await ready;
    const result = await win.axe!.run(el);
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
    frame.remove();
  });

  it('runs under a strict Content-Security-Policy with Trusted Types, without a violation', async () => {
    const { win, el } = await openPage('/tests/pages/csp.html');
    expect(deepText(el)).to.include(defaultContent.sections[3].paragraphs[0]);
    const player = win.document.querySelector('knee-exercise-player') as KneeExercisePlayer;
    // Its code arrives from chunks/ beside the bundle, under the same script-src.
    await waitUntil(() => player.steps?.length === 3, 'chapters read under connect-src', { timeout: 5000 });
    expect(win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)).to.include(
      '/dist/cdn/chunks/knee-exercise-player.js',
    );
    await player.play();
    await waitUntil(() => player.video!.currentTime > 0.2, 'plays under media-src');
    player.pause();
    expect(win.__logs).to.deep.equal([]);
  });

  describe('a clinic’s edition and structured data under Trusted Types (issue 18)', () => {
    const edition = {
      ...structuredClone(defaultContent),
      adaptedBy: 'Northside Physiotherapy',
      reviewed: '2027-03-15',
      nextReview: '2099-03-15',
      sources: [{ title: 'A guideline', url: 'https://guidelines.example/knee' }],
    };

    it('adds the JSON-LD and shows the dates when the policy allows `knee-advice`, without a violation', async () => {
      const { win, el } = await openPage('/tests/pages/csp-structured-data.html');
      const advice = el as KneeAdvice;
      await waitUntil(() => advice.nextElementSibling?.localName === 'script', 'the structured data was added');
      const data = JSON.parse(advice.nextElementSibling!.textContent!);
      expect([data['@type'], data.headline]).to.deep.equal(['MedicalWebPage', defaultContent.title]);
      // content of the page's own, made in the page (as its own script would), with dates and sources
      advice.content = (win as unknown as typeof globalThis).JSON.parse(JSON.stringify(edition)) as typeof edition;
      await waitUntil(
        () => deepText(advice).includes('Last reviewed March 15, 2027'),
        `the dates show (${win.__logs.join('; ')})`,
      );
      await waitUntil(() => JSON.parse(advice.nextElementSibling!.textContent!).lastReviewed === '2027-03-15');
      expect(deepText(advice)).to.include('By Nicola Tik, adapted by Northside Physiotherapy');
      const requested = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(requested).to.include.members(['/dist/cdn/chunks/metadata.js', '/dist/cdn/chunks/content-check.js']);
      expect(win.document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect(win.__logs).to.deep.equal([]);
    });

    it('says what the page must allow when its policy allows only Lit’s, and shows the article all the same', async () => {
      const { win, el } = await openPage('/tests/pages/csp.html');
      expect(win.__logs).to.deep.equal([]);
      const advice = el as KneeAdvice;
      advice.structuredData = true;
      await waitUntil(() => win.__logs.some((l) => l.startsWith('warn:')), 'one warning');
      await new Promise((r) => setTimeout(r, 100));
      const warnings = win.__logs.filter((l) => l.startsWith('warn:'));
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.include('<knee-advice> structured-data:')
        .and.include('trusted-types lit-html knee-advice');
      // the browser reports the refused policy name once, as it reports any
      expect(win.__logs.filter((l) => l.startsWith('csp:'))).to.deep.equal(['csp: trusted-types trusted-types-policy']);
      expect(win.document.querySelectorAll('script[type="application/ld+json"]'), 'no script added').to.have.length(0);
      expect(deepText(advice)).to.include(defaultContent.sections[3].paragraphs[0]);
    });
  });

  it('lets a person follow the exercise by keyboard alone, at half speed, pausing after each step', async () => {
    // Video requests as the test server saw them: Firefox lists a video in Resource Timing only once it has all of it.
    await executeServerCommand('media-requests-clear');
    const { win, el } = await openPage('/tests/pages/player.html', 'knee-exercise-player', '[part=step]');
    const player = el as KneeExercisePlayer;
    const root = player.shadowRoot!;
    const requested = async () =>
      ((await executeServerCommand('media-requests')) as { path: string }[]).map((r) => r.path);
    expect(
      (await requested()).filter((p) => /\.(webm|mp4)$/.test(p)),
      'no video before play',
    ).to.deep.equal([]);
    const focused = () => root.activeElement as HTMLElement | null;
    const tabTo = async (test: (e: HTMLElement) => boolean, what: string, press = 'Tab') => {
      for (let i = 0; i < 30 && !(focused() && test(focused()!)); i++) await sendKeys({ press });
      expect(focused() && test(focused()!), what).to.be.true;
    };
    win.focus();
    win.document.body.focus();
    await tabTo((e) => e.localName === 'select', 'Tab reaches the speed control');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => player.video!.playbackRate === 0.5, 'half speed chosen by keyboard');
    await tabTo((e) => e.textContent!.trim() === 'Pause after each step', 'Tab reaches "Pause after each step"');
    await sendKeys({ press: ' ' });
    expect(player.pauseAfterEachStep).to.be.true;
    // Back to the video frame with Shift+Tab: past the page's last control, Tab leaves the page for the
    // browser's own toolbar in Firefox.
    await tabTo((e) => e.classList.contains('frame'), 'Shift+Tab goes back to the video frame', 'Shift+Tab');
    await sendKeys({ press: 'ArrowRight' });
    expect(player.video!.currentTime, 'five seconds on').to.equal(5);
    const paused = oneEvent(player, 'knee-exercise-pause');
    await sendKeys({ press: 'k' });
    await paused;
    expect(Math.abs(player.video!.currentTime - 6)).to.be.at.most(0.3);
    expect(player.video!.playbackRate).to.equal(0.5);
    expect(root.querySelector('[aria-live=polite]')!.textContent).to.include('Paused at the end of step 1');
    expect((await requested()).filter((p) => /\.(webm|mp4)$/.test(p)).length).to.be.greaterThan(0);
    expect((win as PageWindow).__logs).to.deep.equal([]);
  });

  it('keeps a person’s ticks across a real reload with persist', async () => {
    localStorage.removeItem('knee-advice:v1:checklist');
    const { frame, win, el } = await openPage('/tests/pages/checklist.html', 'knee-flare-up-checklist', 'input');
    const boxes = () => [
      ...win.document.querySelector('knee-flare-up-checklist')!.shadowRoot!.querySelectorAll('input'),
    ];
    el.shadowRoot!.querySelectorAll('input')[1].click();
    el.shadowRoot!.querySelectorAll('input')[4].click();
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    win.location.reload();
    await reloaded;
    await waitUntil(() => boxes().length > 0, 'checklist rendered again');
    expect(boxes().map((b) => b.checked)).to.deep.equal([false, true, false, false, true, false]);
    expect((frame.contentWindow as PageWindow).__logs).to.deep.equal([]);
    localStorage.removeItem('knee-advice:v1:checklist');
  });

  it('stays silent when the script is loaded twice', async () => {
    const { win, el } = await openPage('/tests/pages/twice.html');
    expect(deepText(el)).to.include(defaultContent.title);
    expect(win.__logs).to.deep.equal([]);
  });

  it('loaded twice under the documented Trusted Types policy (allow-duplicates), nothing throws', async () => {
    const { win, el } = await openPage('/tests/pages/csp-twice.html');
    expect(deepText(el)).to.include(defaultContent.title);
    // both copies ran: the second created Lit's policy again, which only 'allow-duplicates' permits
    await waitUntil(() => win.performance.getEntriesByType('resource').some((e) => e.name.includes('second-copy')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__logs).to.deep.equal([]);
  });
});

/** Paths the page requested, without the test server's own socket script. */
const requests = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server'));
const chunks = (win: Window) => requests(win).filter((p) => p.includes('/chunks/'));
const frames = (win: Window) => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));

describe('the player and the run log, loaded from chunks/ only when a page uses them', () => {
  afterEach(removePages);

  it('loads the player chunk for a <knee-exercise-player> in the page, and nothing for the run log', async () => {
    const { win, el } = await openPage('/tests/pages/player.html', 'knee-exercise-player', '[part~=controls]');
    expect(el.shadowRoot!.querySelector('[part~=play], button')!.textContent!.trim()).to.equal(playerStrings.play);
    expect(chunks(win)).to.deep.equal(['/dist/cdn/chunks/knee-exercise-player.js']);
    expect(win.__logs).to.deep.equal([]);
  });

  it('upgrades the player and run log <knee-advice> rendered before their code arrived, with the content it set on them', async () => {
    await fetch('/test-cdn-hold/lazy');
    const { win, el } = await openPage('/tests/pages/lazy.html');
    const advice = el as KneeAdvice;
    const player = advice.shadowRoot!.querySelector('knee-exercise-player') as KneeExercisePlayer;
    const log = advice.shadowRoot!.querySelector('knee-run-log') as KneeRunLog;
    expect(player, 'rendered by <knee-advice video-src>').to.exist;
    expect(log, 'rendered by <knee-advice log>').to.exist;
    await waitUntil(() => chunks(win).length === 0 && win.customElements.get('knee-advice'), 'script ran');
    // The chunks are on their way (held by the server): both elements are still plain unknown elements.
    expect(win.customElements.get('knee-exercise-player')).to.equal(undefined);
    expect(win.customElements.get('knee-run-log')).to.equal(undefined);
    // New content now: Lit sets it on the not-yet-upgraded elements as plain properties.
    const content = win.structuredClone(defaultContent);
    content.exercise.label = 'The clinic’s knee and hip routine';
    advice.content = content;
    await advice.updateComplete;
    expect(Object.hasOwn(player, 'content'), 'set before the upgrade').to.be.true;
    expect(Object.hasOwn(log, 'content'), 'set before the upgrade').to.be.true;
    await fetch('/test-cdn-release/lazy');
    await waitUntil(() => player.shadowRoot?.querySelector('[part~=controls]'), 'the player renders its controls', {
      timeout: 5000,
    });
    await waitUntil(() => log.shadowRoot?.querySelector('[part~=form]'), 'the run log renders its form', {
      timeout: 5000,
    });
    expect(player.content.exercise.label).to.equal('The clinic’s knee and hip routine');
    expect(player.shadowRoot!.querySelector('[part~=player]')!.getAttribute('aria-label')).to.equal(
      'The clinic’s knee and hip routine',
    );
    expect(log.content).to.deep.equal(advice.content);
    expect(log.shadowRoot!.querySelector('[part~=add-button]')!.textContent!.trim()).to.equal(runLogStrings.add);
    // Forwarded parts reach the page through <knee-advice>, as before.
    expect(player.getAttribute('exportparts')).to.include('controls');
    expect(log.getAttribute('exportparts')).to.include('add-button');
    expect(chunks(win).sort()).to.deep.equal([
      '/test-cdn/held-lazy/chunks/content-check.js',
      '/test-cdn/held-lazy/chunks/knee-exercise-player.js',
      '/test-cdn/held-lazy/chunks/knee-run-log.js',
    ]);
    expect(
      requests(win).filter((p) => p.endsWith('knee-advice.js')),
      'the chunks import the same file, not a second copy',
    ).to.deep.equal(['/test-cdn/held-lazy/knee-advice.js']);
    expect(win.__logs).to.deep.equal([]);
  });

  it('applies the player and run log words a content pack and the page set before their code arrived, and checks them before too', async () => {
    // A page and a gate of its own: Firefox may hand this page the chunks the last test's page loaded,
    // from memory, without asking the server (which would hold them).
    await fetch('/test-cdn-hold/words');
    const { win, el } = await openPage('/tests/pages/lazy-words.html');
    const advice = el as KneeAdvice;
    const player = advice.shadowRoot!.querySelector('knee-exercise-player') as KneeExercisePlayer;
    const log = advice.shadowRoot!.querySelector('knee-run-log') as KneeRunLog;
    // The page's own module: the same file the page loaded (its chunks are held by the server).
    const bundle = (await new (win as unknown as { Function: FunctionConstructor }).Function(
      'return import("/test-cdn/held-words/knee-advice.js")',
    )()) as Pick<typeof import('../src/index.js'), 'overrideLocale' | 'checkContent'>;
    expect(win.customElements.get('knee-exercise-player')).to.equal(undefined);
    expect(win.customElements.get('knee-run-log')).to.equal(undefined);
    // Checked against the shape of the player's and the run log's words, which are not here yet.
    const bad = await bundle.checkContent({
      ...win.structuredClone(defaultContent),
      strings: {
        player: { position: '{0} / {2}', nope: 'x', keys: { seek: { label: '' } } },
        runLog: { imported: { one: '{0}' }, add: 3 },
      },
    });
    expect(bad.ok ? [] : bad.problems.map((p) => p.field)).to.have.members([
      'strings.player.position',
      'strings.player.nope',
      'strings.player.keys.seek.label',
      'strings.runLog.imported',
      'strings.runLog.add',
    ]);
    bundle.overrideLocale('en', { player: { speed: 'Tempo' } });
    const content = win.structuredClone(defaultContent);
    content.strings = {
      player: { play: 'Start', speedOption: '{0} times', position: { other: '{0} out of {1}' } },
      runLog: { add: 'Save this run' },
    };
    advice.content = content;
    await advice.updateComplete;
    await fetch('/test-cdn-release/words');
    await waitUntil(() => player.shadowRoot?.querySelector('[part~=controls]'), 'the player renders its controls', {
      timeout: 5000,
    });
    await waitUntil(() => log.shadowRoot?.querySelector('[part~=form]'), 'the run log renders its form', {
      timeout: 5000,
    });
    const inPlayer = (selector: string) => player.shadowRoot!.querySelector(selector)!;
    expect(inPlayer('button.play').textContent!.trim()).to.equal('Start');
    expect(inPlayer('label[for=knee-speed]').textContent).to.equal('Tempo', 'overrideLocale before the player loaded');
    expect(inPlayer('option[value="1.5"]').textContent).to.equal('1.5 times', 'a template, given its value');
    expect(inPlayer('[part=seek]').getAttribute('aria-valuetext')).to.match(/^0 seconds out of \d+ seconds$/);
    await waitUntil(() => player.steps.length === 3, 'chapters read');
    expect(inPlayer('[part~=step-list]').getAttribute('aria-label')).to.equal(
      playerStrings.steps,
      'English for the rest',
    );
    expect(log.shadowRoot!.querySelector('[part~=add-button]')!.textContent!.trim()).to.equal('Save this run');
    expect(win.__logs).to.deep.equal([]);
  });

  it('loads the run log when one is added to the page later, deep in it', async () => {
    const { win } = await openPage('/tests/pages/plain.html');
    expect(chunks(win)).to.deep.equal([]);
    const box = win.document.createElement('div');
    box.innerHTML = '<section><knee-run-log heading-level="3"></knee-run-log></section>';
    win.document.querySelector('main')!.append(box);
    const log = box.querySelector('knee-run-log')!;
    await waitUntil(() => log.shadowRoot?.querySelector('[part~=form]'), 'the run log renders its form', {
      timeout: 5000,
    });
    expect(chunks(win)).to.deep.equal(['/dist/cdn/chunks/knee-run-log.js']);
    expect(win.__logs).to.deep.equal([]);
  });

  it('loads a player inside another script’s shadow root when that script calls loadElements(root)', async () => {
    const { win } = await openPage('/tests/pages/plain.html');
    const host = win.document.createElement('div');
    win.document.querySelector('main')!.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const player = win.document.createElement('knee-exercise-player');
    player.setAttribute('src', '/content/sample/sample.webm');
    root.append(player);
    await frames(win);
    // The document's observer does not see into shadow roots: nothing is loaded yet …
    expect(chunks(win)).to.deep.equal([]);
    expect(win.customElements.get('knee-exercise-player')).to.equal(undefined);
    // … until the page asks, through the bundle's export.
    const bundle = (await new (win as unknown as { Function: FunctionConstructor }).Function(
      'return import("/dist/cdn/knee-advice.js")',
    )()) as {
      loadElements: (root?: ParentNode) => Promise<void>;
    };
    await bundle.loadElements(root);
    expect(win.customElements.get('knee-exercise-player')).to.exist;
    await waitUntil(() => player.shadowRoot?.querySelector('[part~=controls]'), 'the player renders its controls');
    expect(chunks(win)).to.deep.equal(['/dist/cdn/chunks/knee-exercise-player.js']);
    expect(win.__logs).to.deep.equal([]);
  });

  it('loads both chunks under a strict Content-Security-Policy with Trusted Types, without a violation', async () => {
    const { win, el } = await openPage('/tests/pages/csp-lazy.html');
    const player = el.shadowRoot!.querySelector('knee-exercise-player') as KneeExercisePlayer;
    const log = el.shadowRoot!.querySelector('knee-run-log') as KneeRunLog;
    await waitUntil(() => player.shadowRoot?.querySelector('[part~=controls]'), 'the player renders its controls', {
      timeout: 5000,
    });
    await waitUntil(() => log.shadowRoot?.querySelector('[part~=form]'), 'the run log renders its form', {
      timeout: 5000,
    });
    await waitUntil(() => player.steps.length === 3, 'chapters read under connect-src');
    expect(chunks(win).sort()).to.deep.equal([
      '/dist/cdn/chunks/knee-exercise-player.js',
      '/dist/cdn/chunks/knee-run-log.js',
    ]);
    expect(win.__logs).to.deep.equal([]);
  });

  it('shows a clear message in place of a player whose chunk cannot be loaded, with one console warning', async () => {
    const { win, el } = await openPage('/tests/pages/missing-chunks.html');
    const inside = el.shadowRoot!.querySelector('knee-exercise-player')!;
    const outside = win.document.querySelector('knee-exercise-player')!;
    const message = (player: Element) => player.shadowRoot?.querySelector('p')?.textContent;
    await waitUntil(() => message(inside) && message(outside), 'the message shows in both places', { timeout: 5000 });
    expect(win.customElements.get('knee-exercise-player')).to.equal(undefined);
    for (const player of [inside, outside]) {
      expect(message(player)).to.equal(strings.notLoaded);
      const box = player.getBoundingClientRect();
      expect(box.height, 'not a blank box').to.be.greaterThan(20);
    }
    // The page's own fallback inside the element still shows, after the message.
    const fallback = outside.querySelector('.fallback')!;
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    expect(fallback.getBoundingClientRect().top).to.be.greaterThan(
      outside.shadowRoot!.querySelector('p')!.getBoundingClientRect().top,
    );
    // The article itself is unharmed.
    expect(deepText(el)).to.include(defaultContent.title);
    const warnings = win.__logs.filter((l) => !l.startsWith('rejection'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^warn: knee-advice .*could not load <knee-exercise-player>/);
    expect(win.__logs, 'nothing but that warning').to.deep.equal(warnings);
  });
});
