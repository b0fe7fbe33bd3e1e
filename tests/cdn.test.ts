import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import { defaultContent } from '../src/internal/content.js';
import { deepText } from './helpers.js';

type PageWindow = Window & { __logs: string[]; axe?: { run: (ctx: Element) => Promise<{ violations: { id: string }[] }> } };

/** Opens a test page in an iframe, as a clinic's own page would load the CDN bundle. */
async function openPage(path: string, tag = 'knee-advice', ready = '[part~=card]') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const el = win.document.querySelector(tag)!;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `<${tag}> rendered`, { timeout: 5000 });
  return { frame, win, el };
}

describe('the built CDN bundle on a plain page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the whole article with no console output', async () => {
    const { win, el } = await openPage('/tests/pages/plain.html');
    const text = deepText(el);
    expect(text).to.include(defaultContent.title);
    expect(text).to.include('By Nicola Tik');
    for (const section of defaultContent.sections) for (const p of section.paragraphs) expect(text).to.include(p);
    expect(win.__logs).to.deep.equal([]);
  });

  it('requests nothing but its own script', async () => {
    const { win } = await openPage('/tests/pages/plain.html');
    const requested = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      // The test server injects its own reload socket into every page it serves; a clinic's page has none.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requested.sort()).to.deep.equal(['/dist/cdn/knee-advice.js', '/tests/pages/probe.js']);
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
    await waitUntil(() => player.steps.length === 3, 'chapters read under connect-src');
    await player.play();
    await waitUntil(() => player.video!.currentTime > 0.2, 'plays under media-src');
    player.pause();
    expect(win.__logs).to.deep.equal([]);
  });

  it('lets a person follow the exercise by keyboard alone, at half speed, pausing after each step', async () => {
    const { win, el } = await openPage('/tests/pages/player.html', 'knee-exercise-player', '[part=step]');
    const player = el as KneeExercisePlayer;
    const root = player.shadowRoot!;
    const requested = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(requested().filter((p) => /\.(webm|mp4)$/.test(p)), 'no video before play').to.deep.equal([]);
    const focused = () => root.activeElement as HTMLElement | null;
    const tabTo = async (test: (e: HTMLElement) => boolean, what: string) => {
      for (let i = 0; i < 30 && !(focused() && test(focused()!)); i++) await sendKeys({ press: 'Tab' });
      expect(focused() && test(focused()!), what).to.be.true;
    };
    win.focus();
    win.document.body.focus();
    await tabTo((e) => e.localName === 'select', 'Tab reaches the speed control');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => player.video!.playbackRate === 0.5, 'half speed chosen by keyboard');
    await tabTo((e) => e.textContent!.trim() === 'Pause after each step', 'Tab reaches "Pause after each step"');
    await sendKeys({ press: 'Space' });
    expect(player.pauseAfterEachStep).to.be.true;
    await tabTo((e) => e.classList.contains('frame'), 'Tab wraps round to the video frame');
    await sendKeys({ press: 'ArrowRight' });
    expect(player.video!.currentTime, 'five seconds on').to.equal(5);
    const paused = oneEvent(player, 'knee-exercise-pause');
    await sendKeys({ press: 'k' });
    await paused;
    expect(Math.abs(player.video!.currentTime - 6)).to.be.at.most(0.3);
    expect(player.video!.playbackRate).to.equal(0.5);
    expect(root.querySelector('[aria-live=polite]')!.textContent).to.include('Paused at the end of step 1');
    expect(requested().filter((p) => /\.(webm|mp4)$/.test(p)).length).to.be.greaterThan(0);
    expect((win as PageWindow).__logs).to.deep.equal([]);
  });

  it('keeps a person’s ticks across a real reload with persist', async () => {
    localStorage.removeItem('knee-advice:v1:checklist');
    const { frame, win, el } = await openPage('/tests/pages/checklist.html', 'knee-flare-up-checklist', 'input');
    const boxes = () => [...win.document.querySelector('knee-flare-up-checklist')!.shadowRoot!.querySelectorAll('input')];
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
});
