// Browser side of tests/bench/bench.mjs: builds 50 articles either as <knee-advice> or as plain HTML (the
// same words, one stylesheet: tests/bench/plain.css) and times each until the page has laid them out.
import '/dist/cdn/knee-advice.js';

const content = await (await fetch('/content/article.json')).json();
// The notice <knee-advice> shows at the end of the article (issue 18), in its English words.
const NOTICE =
  'This article is general information, not a diagnosis or a personal plan. For advice about your own knee, ask a health professional, such as a physiotherapist or doctor.';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One article and checklist as plain HTML, with ids made unique by `n`. */
function plainArticle(n) {
  const c = content;
  const sections = c.sections
    .map((s) => {
      const exercise = s.id === c.exercise.section ? `<p>${esc(c.exercise.paragraph)}</p>` : '';
      return `<div class="k-host k-card"><section class="card${s.callout ? ' callout' : ''}" aria-labelledby="h-${n}-${s.id}"><h3 id="h-${n}-${s.id}" class="heading">${
        s.callout ? '<span class="visually-hidden">Important: </span>' : ''
      }${esc(s.heading)}</h3>${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}${exercise}</section></div>`;
    })
    .join('');
  const items = c.checklist.items
    .map(
      (i) =>
        `<li><input type="checkbox" id="i-${n}-${i.id}" value="${i.id}"><span class="mark" aria-hidden="true">☐</span><label for="i-${n}-${i.id}">${esc(
          i.label,
        )}</label><details><summary>From the article</summary><blockquote><p>${esc(i.source.quote)}</p><footer>— ${esc(c.author)}</footer></blockquote></details></li>`,
    )
    .join('');
  return `<div class="k-host"><article class="article" aria-labelledby="t-${n}"><header><h2 id="t-${n}" class="heading">${esc(c.title)}</h2><p class="byline">By ${esc(
    c.author,
  )}</p></header><div class="intro">${c.introduction.map((p) => `<p>${esc(p)}</p>`).join('')}</div>${sections}<div class="k-host k-list"><section class="checklist" aria-labelledby="c-${n}"><h3 id="c-${n}" class="heading">${esc(
    c.checklist.heading,
  )}</h3><p class="progress" role="status">0 of ${c.checklist.items.length} done</p><ul>${items}</ul><div class="actions no-print"><button type="button">Clear all</button><p class="notice" role="status"></p></div></section></div><footer class="about"><p>${esc(NOTICE)}</p></footer></article></div>`;
}

const stage = document.getElementById('stage');
const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);

/** Lit renders in microtasks, nested elements included: after the next task, all of it has run. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
/** Lit elements in the tree (shadow roots included) that have not finished rendering. */
const pending = (root) => all(root).filter((e) => e.updateComplete && (e.isUpdatePending || !e.hasUpdated));

const plainMarkup = (count) => Array.from({ length: count }, (_, n) => plainArticle(n)).join('');

window.bench = {
  /** Milliseconds to add `count` × <knee-advice> and lay them out. */
  async knee(count) {
    stage.replaceChildren();
    void stage.offsetHeight; // forces layout
    const t0 = performance.now();
    const box = document.createElement('div');
    for (let i = 0; i < count; i++) box.append(document.createElement('knee-advice'));
    stage.append(box);
    await nextTask();
    void stage.offsetHeight; // forces layout
    const time = performance.now() - t0;
    // checked outside the timed part: the walk through every shadow root is the bench's, not the page's
    if (pending(box).length) throw new Error(`${pending(box).length} elements had not rendered after one task`);
    return time;
  },
  /** Milliseconds to add the same article `count` times as plain HTML and lay it out. */
  async plain(count) {
    stage.replaceChildren();
    void stage.offsetHeight; // forces layout
    const markup = plainMarkup(count);
    const t0 = performance.now();
    const box = document.createElement('div');
    box.innerHTML = markup;
    stage.append(box);
    await nextTask();
    void stage.offsetHeight; // forces layout
    return performance.now() - t0;
  },
  /** Counts the headings, paragraphs and labels one article shows, both ways, so the comparison is fair. */
  async words() {
    stage.replaceChildren();
    await this.knee(1);
    const shown = () =>
      all(stage).filter(
        (e) => ['h2', 'h3', 'p', 'label'].includes(e.localName) && e.getClientRects().length && !e.closest('details'),
      ).length;
    const k = shown();
    await this.plain(1);
    const p = shown();
    stage.replaceChildren();
    return { knee: k, plain: p };
  },
};
document.title = 'ready';
