import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from './engine.js';
import { nothing } from 'lit';
import './define-all.js';
import type { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { SEEK_STEP, SHORTCUTS } from '../src/components/knee-exercise-player/controllers/keyboard.js';
import type { KneeExercisePlayer } from '../src/components/knee-exercise-player/knee-exercise-player.js';
import { KneeAdviceCard } from '../src/components/knee-advice-card/knee-advice-card.js';
import type { KneeFlareUpChecklist } from '../src/components/knee-flare-up-checklist/knee-flare-up-checklist.js';
import { formatDay } from '../src/components/knee-run-log/dates.js';
import type { KneeRunLog } from '../src/components/knee-run-log/knee-run-log.js';
import { sameOrBetter } from '../src/components/knee-run-log/runs.js';
import type { KneeRun } from '../src/index.js';
import {
  BUILT_IN_LOCALES,
  defineElement,
  overrideLocale,
  registerLocale,
  type ArticleContent,
  type LocaleTable,
} from '../src/index.js';
import examplePack from '../content/example-pack.es.json' with { type: 'json' };
import sameWords from './fixtures/same-words.json' with { type: 'json' };
import { defaultContent } from '../src/internal/content.js';
import { validateContent } from '../src/internal/content-check.js';
import { spokenTime } from '../src/components/knee-exercise-player/vtt.js';
import { strings } from '../src/internal/strings.js';
import { WORD_SHAPE } from '../src/locales/shape.js';
import { playerStrings } from '../src/components/knee-exercise-player/strings.js';
import { runLogStrings } from '../src/components/knee-run-log/strings.js';
// the article's metadata words join the English table when their module loads
import '../src/components/knee-advice/metadata.js';
import { SAMPLE } from '../content/sample/fixtures.js';
import { captureConsole, contentCopy, deepQueryAll, deepText, expectAccessibleInEveryTheme } from './helpers.js';

type Table = LocaleTable;
/** Every language shipped besides English: one file each in src/locales/ (a new file is tested here too). */
const SHIPPED = BUILT_IN_LOCALES.filter((l) => l !== 'en');
// Printed with the browser logs, so a check can see which languages these tests covered.
before(() => console.log(`locale tests cover: en, ${SHIPPED.join(', ')}`));
const loadTable = async (lang: string): Promise<Table> => (await import(`../src/locales/${lang}.ts`)).default;
const author = defaultContent.author;
const total = defaultContent.checklist.items.length;
const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/locales/') && !/\/(index|shape)\.ts$/.test(p));
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const byline = (el: KneeAdvice) => shadow(el, '[part=byline]').textContent!.trim();
/** Waits until `read()` returns `expected` (re-renders after a `lang` change are asynchronous). */
const until = async (read: () => string | undefined, expected: string) => {
  await waitUntil(() => read() === expected, `expected "${expected}", still "${read()}"`, { timeout: 3000 });
};
/** The flare-up card's section, which `<knee-advice>` renders in its own (one) shadow root. */
const calloutIn = (el: KneeAdvice) => shadow(el, 'section[aria-labelledby="knee-card-flare-up"]');

/** A full table made from English with a marker in front of every word, for registration tests. */
function marked(mark: string, table: unknown = strings): Table {
  if (typeof table === 'string') return `${mark}${table}` as never;
  if (typeof table === 'function')
    return ((...args: never[]) => `${mark}${(table as (...a: never[]) => string)(...args)}`) as never;
  if (Array.isArray(table)) return table.map((t) => marked(mark, t)) as never;
  return Object.fromEntries(Object.entries(table as object).map(([k, v]) => [k, marked(mark, v)])) as never;
}

// Compile-time checks (tsc runs over tests): a table with a key missing, or a pack string of the wrong
// type, does not type-check. If these lines stopped being errors, `npm run typecheck` would fail.
const typeChecks = () => {
  // @ts-expect-error a full table needs every key
  registerLocale('xx', { byline: (a: string) => a, calloutPrefix: '!' });
  // @ts-expect-error a word is a string
  overrideLocale('xx', { checklist: { clearAll: 1 } });
  // @ts-expect-error a pack's `strings` hold JSON, and only known keys
  const pack: ArticleContent['strings'] = { checklist: { nope: 'x' } };
  return pack;
};
void typeChecks;

/** Values for the player's words that take values (also used by the sample-values test of every table). */
const PLAYER_SAMPLES: Record<string, unknown[]> = {
  'player.position': ['1:05', '3:00'],
  'player.speedOption': [1.5],
  'player.step': [2, 3, 'Stretch'],
  'player.pausedAfterStep': [2, 'Stretch'],
  'player.resume': ['1:05'],
  'player.frame': ['Knee video'],
  'player.videoAddress': ['https://clinic.example/knee.webm'],
  'player.keys.seek.what': [7],
  ...Object.fromEntries(
    ['not-found', 'unreachable', 'srt', 'no-header', 'comma-times', 'no-cues'].map((p) => [
      `player.trackProblems.${p}`,
      ['steps.vtt'],
    ]),
  ),
};

describe('an English page', () => {
  it('requests no locale module (and a Spanish element requests exactly one)', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
    await el.updateComplete;
    expect(byline(el)).to.equal(`By ${author}`);
    expect(localeRequests()).to.deep.equal([]);
    // The check above can fail: a Spanish element does fetch its table, once.
    el.lang = 'es';
    await until(() => byline(el), `Por ${author}`);
    expect(localeRequests()).to.deep.equal(['/src/locales/es.ts']);
  });
});

describe('locale tables', () => {
  /** The shape of a table: keys, function arity, list lengths. */
  const shape = (v: unknown): unknown =>
    typeof v === 'function'
      ? `function/${v.length}`
      : Array.isArray(v)
        ? v.map(shape)
        : typeof v === 'object' && v
          ? Object.fromEntries(
              Object.entries(v)
                .map(([k, x]) => [k, shape(x)])
                .sort(),
            )
          : typeof v;

  for (const lang of SHIPPED) {
    it(`${lang} has every key of the English table, with the same arity, and no other key`, async () => {
      const table = await loadTable(lang);
      expect(shape(table)).to.deep.equal(shape(strings));
    });
  }

  it('the shape that content packs are checked against (generated) is the shape of every English word', () => {
    const arity = (v: unknown): unknown =>
      typeof v === 'function'
        ? v.length
        : typeof v === 'object' && v
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, arity(x)]))
          : 0;
    // the player's and the run log's words joined the English table when their modules loaded (imported above)
    expect(arity(strings), 'every block joined the English table').to.deep.equal(WORD_SHAPE);
    expect(arity({ player: playerStrings, runLog: runLogStrings })).to.deep.include({
      player: WORD_SHAPE.player,
      runLog: WORD_SHAPE.runLog,
    });
  });

  /** Sample values for every word that takes values; a new one must be added here (the test says so). */
  const SAMPLES: Record<string, unknown[]> = {
    byline: ['Ana Ruiz'],
    'checklist.progress': [2, 6],
    'checklist.unread': [2],
    quoteCredit: ['Ana Ruiz'],
    adaptedBy: ['Ana Ruiz', 'Clínica Norte'],
    'about.published': ['D1'],
    'about.reviewed': ['D1'],
    'about.nextReview': ['D1'],
    'about.publisher': ['Clínica Norte'],
    'about.overdue': ['2001-02-03'],
    ...PLAYER_SAMPLES,
    'runLog.distance': ['km'],
    'runLog.runOn': ['D1'],
    'runLog.about': ['D1', 'Q'],
    'runLog.added': ['D1'],
    'runLog.saved': ['D1'],
    'runLog.deleted': ['D1'],
    'runLog.page': [11, 20, 25],
    'runLog.patternDayAfter': [5, 4],
    'runLog.patternTwoDays': [1, 1],
    'runLog.chart': [10, 'D1', 'D2'],
    'runLog.chartLimit': ['L', 4],
    'runLog.limitLabel': [4],
    'runLog.problems.rating': ['W'],
    'runLog.imported': [3],
    'runLog.kept': [2],
    'runLog.badRow': [5, 'P'],
    'runLog.moreRows': [2],
    'runLog.keptEntries': [1],
    'runLog.notRestored': [2],
    'runLog.repeat': [4],
  };
  for (const lang of ['en', ...SHIPPED]) {
    it(`${lang}: every word that takes values shows each of them`, async () => {
      const table = lang === 'en' ? strings : await loadTable(lang);
      const number = new Intl.NumberFormat(lang);
      const visit = (v: unknown, path: string) => {
        if (typeof v === 'function') {
          const args = SAMPLES[path];
          expect(args, `sample values for ${path}`).to.be.an('array').with.length(v.length);
          const text = (v as (...a: unknown[]) => string)(...args);
          for (const a of args) expect(text, path).to.include(typeof a === 'number' ? number.format(a) : String(a));
        } else if (v && typeof v === 'object' && !Array.isArray(v)) {
          for (const [k, x] of Object.entries(v)) visit(x, path ? `${path}.${k}` : k);
        }
      };
      visit(table, '');
    });
  }

  it('counts with Intl.PluralRules and writes numbers with Intl', async () => {
    const fr = await loadTable('fr');
    expect(fr.checklist.progress(0, 6)).to.equal('0 case cochée sur 6');
    expect(fr.checklist.progress(1, 6)).to.equal('1 case cochée sur 6');
    expect(fr.checklist.progress(2, 6)).to.equal('2 cases cochées sur 6');
    const es = await loadTable('es');
    expect(es.checklist.progress(1, 6)).to.equal('1 de 6 completada');
    expect(es.checklist.progress(0, 6)).to.equal('0 de 6 completadas');
    expect(es.player.speedOption(1.5)).to.equal('1,5×');
    expect((await loadTable('de')).player.keys.seek.what(SEEK_STEP)).to.equal('5 Sekunden zurück oder vor');
    expect(spokenTime(65, 'es')).to.equal('1 minuto 5 segundos');
    expect(spokenTime(3601, 'nl')).to.equal('1 uur 0 minuten 1 seconde');
    expect(spokenTime(2, 'en-GB')).to.equal('2 seconds');
    expect([0, 1, 2].map((x) => fr.runLog.imported(x))).to.deep.equal([
      '0 course importée.',
      '1 course importée.',
      '2 courses importées.',
    ]);
    expect([1, 2].map((x) => (es as Table).runLog.imported(x))).to.deep.equal([
      '1 carrera importada.',
      '2 carreras importadas.',
    ]);
    const de = await loadTable('de');
    expect(de.runLog.page(1, 10, 1800)).to.equal('Läufe 1–10 von 1.800, neueste zuerst');
    expect(de.runLog.problems.distance).to.include('5,2');
  });
});

/**
 * Words each language shares with English, which may stay (tests/fixtures/same-words.json: a language's
 * test table). Everything else the table shows must differ from English.
 */
const SAME = sameWords as unknown as Record<string, { interface: string[]; runLog: string[] } | undefined>;
const SAME_WORD = (lang: string) => SAME[lang]?.interface ?? [];
const RUN_LOG_SAME = (lang: string) => SAME[lang]?.runLog ?? [];
const words = (text: string): string[] => text.match(/\p{L}+/gu) ?? [];
/** The letter keys of the shortcut table ("K", "M"…): key names, the same on every keyboard. */
const KEY_LETTERS = SHORTCUTS.flatMap((s) => Object.keys(s.keys))
  .filter((k) => /^\p{L}$/u.test(k))
  .map((k) => k.toUpperCase());
/** Names that stay in every language: the file formats and CORS, in the player's words for a chapters or captions file it cannot read. */
const FORMAT_NAMES = ['WebVTT', 'WEBVTT', 'SRT', 'CORS'];
/** English words of `english` still in `shown`, except values filled in, key letters, format names and the language's listed same words. */
const englishLeft = (lang: string, english: string, shown: string, values: string[] = []) => {
  const allowed = new Set([...values.flatMap(words), ...KEY_LETTERS, ...FORMAT_NAMES, ...SAME_WORD(lang)]);
  return words(shown).filter((w) => words(english).includes(w) && !allowed.has(w));
};

describe('each shipped locale', () => {
  for (const lang of SHIPPED) {
    it(`${lang}: card, checklist and the whole article show the table's words and no English word from the table`, async () => {
      const t = await loadTable(lang);
      const pairs: [english: string, shown: string, expected: string][] = [];
      const note = (english: string, shown: string | null | undefined, expected: string) =>
        pairs.push([english, shown ?? '', expected]);

      const advice = await fixture<KneeAdvice>(html`<knee-advice lang=${lang}></knee-advice>`);
      note(strings.byline(author), byline(advice), t.byline(author));
      note(strings.calloutPrefix, calloutIn(advice).querySelector('.visually-hidden')!.textContent, t.calloutPrefix);

      const card = await fixture<KneeAdviceCard>(
        html`<knee-advice-card lang=${lang} section="flare-up"></knee-advice-card>`,
      );
      note(strings.calloutPrefix, shadow(card, '.visually-hidden').textContent, t.calloutPrefix);

      const list = await fixture<KneeFlareUpChecklist>(
        html`<knee-flare-up-checklist lang=${lang}></knee-flare-up-checklist>`,
      );
      const c = strings.checklist;
      const l = t.checklist;
      note(c.progress(0, total), shadow(list, '[part=progress]').textContent, l.progress(0, total));
      note(c.why, shadow(list, 'summary').textContent, l.why);
      (shadow(list, '[part=why]') as HTMLDetailsElement).open = true; // the quote renders once its disclosure opens
      await waitUntil(() => list.shadowRoot!.querySelector('blockquote footer'), 'the quote shows');
      note(strings.quoteCredit(author), shadow(list, 'blockquote footer').textContent, t.quoteCredit(author));
      note(c.clearAll, shadow(list, '[part=clear-button]').textContent, l.clearAll);
      shadow(list, '[part=checkbox]').click();
      await list.updateComplete;
      note(c.progress(1, total), shadow(list, '[part=progress]').textContent, l.progress(1, total));
      shadow(list, '[part=clear-button]').click();
      await list.updateComplete;
      note(c.cleared, shadow(list, '.notice').textContent, l.cleared);
      note(c.undo, shadow(list, '[part=undo-button]').textContent, l.undo);
      shadow(list, '[part=undo-button]').click();
      await list.updateComplete;
      note(c.restored, shadow(list, '.notice').textContent, l.restored);

      const authorWords = new Set(words(author));
      for (const [english, shown, expected] of pairs) {
        expect(shown, english).to.equal(expected);
        const left = words(shown).filter(
          (w) => words(english).includes(w) && !authorWords.has(w) && !SAME_WORD(lang).includes(w),
        );
        expect(left, `English left in "${shown}" (English "${english}")`).to.deep.equal([]);
      }
      // No English phrase of the table anywhere in the article's own interface.
      const text = deepText(advice);
      for (const phrase of [strings.byline(author), c.progress(0, total), c.why, c.clearAll])
        expect(text).not.to.include(phrase);
      expect(text).to.include(defaultContent.sections[0].paragraphs[0], 'the article itself stays as its content says');
    });
  }
});

describe('each shipped locale: what stands under the article (issue 18)', () => {
  for (const lang of SHIPPED) {
    it(`${lang}: the adapted-by credit, the dates, the publisher, the sources heading and the notice come from the table`, async () => {
      const t = await loadTable(lang);
      const a = strings.about;
      const content = {
        ...contentCopy(),
        adaptedBy: 'Clínica Norte',
        published: '2026-11-01',
        reviewed: '2027-03-15',
        nextReview: '2099-03-15',
        publisher: { name: 'Clínica Norte', url: 'https://clinica.example/' },
        sources: [{ title: 'Guía', url: 'https://guia.example/' }],
      };
      const el = await fixture<KneeAdvice>(html`<knee-advice lang=${lang} .content=${content}></knee-advice>`);
      await until(() => byline(el), t.byline(t.adaptedBy(author, 'Clínica Norte')));
      const date = (day: string) =>
        new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day));
      const dates = [...el.shadowRoot!.querySelectorAll('[part=dates] li')].map((li) => li.textContent!.trim());
      const values = ['Clínica Norte', date('2026-11-01'), date('2027-03-15'), date('2099-03-15')];
      const pairs: [english: string, shown: string, expected: string][] = [
        [
          strings.byline(strings.adaptedBy(author, 'Clínica Norte')),
          byline(el),
          t.byline(t.adaptedBy(author, 'Clínica Norte')),
        ],
        [a.published(values[1]), dates[0], t.about.published(values[1])],
        [a.reviewed(values[2]), dates[1], t.about.reviewed(values[2])],
        [a.nextReview(values[3]), dates[2], t.about.nextReview(values[3])],
        [a.publisher('Clínica Norte'), shadow(el, '[part=publisher]').textContent!, t.about.publisher('Clínica Norte')],
        [a.sources, shadow(el, '[part=sources-heading]').textContent!, t.about.sources],
        [strings.notice, shadow(el, '[part=notice]').textContent!, t.notice],
        [a.overdue('2001-02-03'), t.about.overdue('2001-02-03'), t.about.overdue('2001-02-03')],
      ];
      for (const [english, shown, expected] of pairs) {
        expect(shown, english).to.equal(expected);
        expect(englishLeft(lang, english, shown, [author, ...values]), `English left in "${shown}"`).to.deep.equal([]);
      }
      expect(dates[0]).to.include(values[1]);
    });
  }
});

describe('each shipped locale: the run log', () => {
  // On 10 May 2024: 14 runs (so the table pages), with open questions in both tenses.
  const now = () => new Date(2024, 4, 10, 12);
  const RUNS: KneeRun[] = [
    ...Array.from({ length: 11 }, (_, i) => ({
      date: `2024-04-${20 + i}`,
      during: i % 11,
      dayAfter: (i * 3) % 11,
      twoDaysAfter: (i * 7) % 11,
    })),
    { date: '2024-05-07', during: 3, dayAfter: 2 },
    { date: '2024-05-08', during: 2 },
    { date: '2024-05-09', during: 4, distance: 5.2, unit: 'km', duration: 35, note: 'x' },
  ];

  for (const lang of SHIPPED) {
    it(`${lang}: every word of <knee-run-log> comes from the table, dates follow the language, and no English word is left`, async () => {
      const t = (await loadTable(lang)).runLog;
      const e = strings.runLog;
      const pairs: [english: string, shown: string, expected: string][] = [];
      const note = (english: string, shown: string | null | undefined, expected: string) =>
        pairs.push([english, (shown ?? '').replace(/[ \t\r\n]+/g, ' ').trim(), expected]);
      const de = (d: string, short?: boolean) => formatDay(d, 'en', short);
      const dl = (d: string, short?: boolean) => formatDay(d, lang, short);
      const texts = (el: Element, selector: string) =>
        [...el.shadowRoot!.querySelectorAll(selector)].map((x) => x.textContent!.replace(/[ \t\r\n]+/g, ' ').trim());
      const click = async (el: KneeRunLog, selector: string) => {
        shadow(el, selector).click();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r));
      };

      const el = await fixture<KneeRunLog>(
        html`<knee-run-log lang=${lang} pain-limit="4" .now=${now} .runs=${RUNS}></knee-run-log>`,
      );
      note(e.heading, shadow(el, '[part=run-log-heading]').textContent, t.heading);
      const headings = texts(el, '[part=section-heading]');
      [e.followUpHeading, e.logHeading, e.patternHeading, e.tableHeading].forEach((english, i) =>
        note(english, headings[i], [t.followUpHeading, t.logHeading, t.patternHeading, t.tableHeading][i]),
      );
      // The open questions: on the day they are about, and later.
      const legends = texts(el, '[part=follow-ups] legend');
      const asked = [
        ['2024-05-07', e.askLater.twoDaysAfter, t.askLater.twoDaysAfter],
        ['2024-05-08', e.askLater.dayAfter, t.askLater.dayAfter],
        ['2024-05-08', e.ask.twoDaysAfter, t.ask.twoDaysAfter],
        ['2024-05-09', e.ask.dayAfter, t.ask.dayAfter],
      ];
      expect(legends).to.have.length(4);
      asked.forEach(([d, english, words], i) => note(e.about(de(d), english), legends[i], t.about(dl(d), words)));
      note(e.scale, texts(el, '.hint')[0], t.scale);
      note(
        `${e.save} – ${e.runOn(de('2024-05-07'))}`,
        texts(el, '[part=save-button]')[0],
        `${t.save} – ${t.runOn(dl('2024-05-07'))}`,
      );
      const labels = texts(el, '[part=form] label[for]');
      [e.date, e.distance('km'), e.duration, e.note].forEach((english, i) =>
        note(english, labels[i], [t.date, t.distance('km'), t.duration, t.note][i]),
      );
      note(e.noteHint, shadow(el, '#note-hint').textContent, t.noteHint);
      note(e.ask.during, shadow(el, '[part=form] legend').textContent, t.ask.during);
      note(e.add, shadow(el, '[part=add-button]').textContent, t.add);
      const [dk, dn] = sameOrBetter(RUNS, 'dayAfter');
      const [tk, tn] = sameOrBetter(RUNS, 'twoDaysAfter');
      note(
        `${e.patternDayAfter(dn, dk)} ${e.patternTwoDays(tn, tk)}`,
        shadow(el, '[part=pattern]').textContent,
        `${t.patternDayAfter(dn, dk)} ${t.patternTwoDays(tn, tk)}`,
      );
      const shown = RUNS.slice(-10);
      note(
        e.chart(10, de(shown[0].date), de('2024-05-09')) + e.chartLimit(e.limitLabel(4), 4),
        shadow(el, '[part=chart]').getAttribute('aria-label'),
        t.chart(10, dl(shown[0].date), dl('2024-05-09')) + t.chartLimit(t.limitLabel(4), 4),
      );
      const legend = texts(el, '[part=legend] li');
      [e.series.during, e.series.dayAfter, e.series.twoDaysAfter, e.limitLabel(4)].forEach((english, i) =>
        note(english, legend[i], [t.series.during, t.series.dayAfter, t.series.twoDaysAfter, t.limitLabel(4)][i]),
      );
      expect(texts(el, '.axis.even, .axis.odd').at(-1), 'chart dates in the language').to.equal(dl('2024-05-09', true));
      note(e.page(1, 10, 14), shadow(el, 'caption').textContent, t.page(1, 10, 14));
      const columns = texts(el, 'thead th');
      const c = [
        e.date,
        e.series.during,
        e.series.dayAfter,
        e.series.twoDaysAfter,
        e.columns.distance,
        e.columns.duration,
        e.columns.note,
        e.columns.actions,
      ];
      const l = [
        t.date,
        t.series.during,
        t.series.dayAfter,
        t.series.twoDaysAfter,
        t.columns.distance,
        t.columns.duration,
        t.columns.note,
        t.columns.actions,
      ];
      c.forEach((english, i) => note(english, columns[i], l[i]));
      expect(texts(el, 'tbody th')[0], 'table dates in the language').to.equal(dl('2024-05-09'));
      note(
        `${e.change} – ${e.runOn(de('2024-05-09'))}`,
        texts(el, '[part=change-button]')[0],
        `${t.change} – ${t.runOn(dl('2024-05-09'))}`,
      );
      note(
        `${e.remove} – ${e.runOn(de('2024-05-09'))}`,
        texts(el, '[part=delete-button]')[0],
        `${t.remove} – ${t.runOn(dl('2024-05-09'))}`,
      );
      const pager = texts(el, '[part=pager] button');
      note(e.newer, pager[0], t.newer);
      note(e.older, pager[1], t.older);
      for (const [part, key] of [
        ['download-button', 'download'],
        ['print-button', 'print'],
        ['import-button', 'import'],
        ['delete-all-button', 'deleteAll'],
      ] as const)
        note(e[key], shadow(el, `[part=${part}]`).textContent, t[key]);

      // A run's ratings opened for a change.
      await click(el, '[part=change-button]');
      const changing = texts(el, 'form.change legend');
      (['during', 'dayAfter'] as const).forEach((f, i) =>
        note(e.about(de('2024-05-09'), e.series[f]), changing[i], t.about(dl('2024-05-09'), t.series[f])),
      );
      note(e.notRated, shadow(el, 'form.change .none').textContent, t.notRated);
      note(e.cancel, texts(el, 'form.change button')[1], t.cancel);
      await click(el, 'form.change [name=dayAfter][value="1"]');
      await click(el, 'form.change [part=save-button]');
      note(e.saved(de('2024-05-09')), shadow(el, '[part=message]').textContent, t.saved(dl('2024-05-09')));

      // Every problem of the form.
      const input = (id: string, value: string) => ((shadow(el, `#${id}`) as HTMLInputElement).value = value);
      input('date', '2024-05-11');
      input('distance', 'abc');
      input('duration', '-1');
      await click(el, '[part=add-button]');
      const errors = texts(el, '[part=form] .error');
      [e.problems.future, e.problems.distance, e.problems.duration, e.problems.rating(e.series.during)].forEach(
        (english, i) =>
          note(
            `${e.errorPrefix}${english}`,
            errors[i],
            `${t.errorPrefix}${[t.problems.future, t.problems.distance, t.problems.duration, t.problems.rating(t.series.during)][i]}`,
          ),
      );
      input('date', 'x');
      await click(el, '[part=add-button]');
      note(
        `${e.errorPrefix}${e.problems.date}`,
        texts(el, '[part=form] .error')[0],
        `${t.errorPrefix}${t.problems.date}`,
      );
      input('date', '2024-05-09');
      input('distance', '');
      input('duration', '');
      (shadow(el, '[name=during][value="2"]') as HTMLInputElement).checked = true;
      await click(el, '[part=add-button]');
      note(
        `${e.errorPrefix}${e.problems.taken}`,
        texts(el, '[part=form] .error')[0],
        `${t.errorPrefix}${t.problems.taken}`,
      );
      input('date', '2024-05-10');
      await click(el, '[part=add-button]');
      note(e.added(de('2024-05-10')), shadow(el, '[part=message]').textContent, t.added(dl('2024-05-10')));

      // Delete, undo, delete all.
      await click(el, '[part=delete-button]');
      note(e.deleted(de('2024-05-10')), shadow(el, '[part=message]').textContent, t.deleted(dl('2024-05-10')));
      note(
        strings.runLog.undo,
        shadow(el, '[part=run-log-undo-button]').textContent,
        (await loadTable(lang)).runLog.undo,
      );
      await click(el, '[part=run-log-undo-button]');
      note(e.restored, shadow(el, '[part=message]').textContent, t.restored);

      // Import: runs added, dates kept, rows that cannot be read.
      const bad = Array.from({ length: 7 }, (_, i) => `2024-03-0${i + 1},,,,12,,,`).join('\r\n');
      await el.importCsv(
        `date,distance,unit,duration_min,during,day_after,two_days_after,note\r\n2024-05-09,,,,1,,,\r\n2024-03-20,,,,1,,,\r\n2024-03-21,5,xx,,1,,,\r\n${bad}\r\n`,
      );
      await el.updateComplete;
      note(`${e.imported(1)} ${e.kept(1)}`, shadow(el, '[part=message]').textContent, `${t.imported(1)} ${t.kept(1)}`);
      const problems = texts(el, '.problems li');
      note(e.badRow(4, e.problems.unit), problems[0], t.badRow(4, t.problems.unit));
      note(
        e.badRow(5, e.problems.rating(e.series.during)),
        problems[1],
        t.badRow(5, t.problems.rating(t.series.during)),
      );
      note(e.moreRows(3), problems[5], t.moreRows(3));
      await el.importCsv('name\r\nx\r\n');
      await el.updateComplete;
      note(e.notCsv, texts(el, '.problems li')[0], t.notCsv);
      await click(el, '[part=delete-all-button]');
      note(e.deletedAll, shadow(el, '[part=message]').textContent, t.deletedAll);
      note(e.noPattern, shadow(el, '[part=pattern]').textContent, t.noPattern);
      note(e.empty, shadow(el, 'section[aria-labelledby=runs] p').textContent, t.empty);

      // What storage can do wrong.
      const key = `knee-advice:v1:run-log:${lang}`;
      const stored = async (value: string) => {
        localStorage.setItem(key, value);
        const log = captureConsole();
        try {
          const one = await fixture<KneeRunLog>(
            html`<knee-run-log lang=${lang} persist storage-key=${lang} .now=${now}></knee-run-log>`,
          );
          const text = shadow(one, '[part=message]').textContent;
          one.remove(); // as if the page closed: the next log opened reads storage afresh
          return text;
        } finally {
          log.restore();
        }
      };
      note(e.unreadable, await stored('{'), t.unreadable);
      note(e.newerVersion, await stored('{"version":3}'), t.newerVersion);
      note(
        e.keptEntries(1),
        await stored(JSON.stringify({ version: 1, runs: [RUNS[0], { date: 'x' }] })),
        t.keptEntries(1),
      );
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const log = captureConsole();
      try {
        await el.importCsv('date,during\r\n2024-05-01,1\r\n');
        el.persist = true;
        el.storageKey = `${lang}-full`;
        await el.updateComplete;
        await el.importCsv('date,during\r\n2024-05-02,1\r\n');
        await el.updateComplete;
        note(e.saveFailed, shadow(el, '[part=message]').textContent, t.saveFailed);
      } finally {
        Storage.prototype.setItem = setItem;
        log.restore();
        localStorage.removeItem(key);
      }

      // Dates are Intl's words, not the table's (German "Apr." is also English "Apr").
      const dates = [...RUNS.map((r) => r.date), '2024-05-10'];
      const undated = (x: string, format: (d: string, short?: boolean) => string) =>
        dates.reduce((out, d) => out.replaceAll(format(d), '').replaceAll(format(d, true), ''), x);
      for (const [english, text, expected] of pairs) {
        expect(text, english).to.equal(expected);
        const left = words(undated(text, dl)).filter(
          (w) => words(undated(english, de)).includes(w) && !RUN_LOG_SAME(lang).includes(w),
        );
        expect(left, `English left in "${text}" (English "${english}")`).to.deep.equal([]);
      }
      expect(pairs.length).to.be.above(60);
    });
  }
});

describe('the language at run time', () => {
  it('follows the element, then an ancestor, then <html lang>, re-rendering on each change', async () => {
    const html0 = document.documentElement.getAttribute('lang');
    const wrap = await fixture<HTMLDivElement>(html`<div><knee-advice></knee-advice></div>`);
    const el = wrap.querySelector('knee-advice')!;
    await el.updateComplete;
    try {
      document.documentElement.lang = 'fr';
      await until(() => byline(el), `Par ${author}`);
      wrap.lang = 'de';
      await until(() => byline(el), `Von ${author}`);
      el.lang = 'nl';
      await until(() => byline(el), `Door ${author}`);
      await until(() => calloutIn(el).querySelector('.visually-hidden')!.textContent!, 'Belangrijk: ');
      el.removeAttribute('lang');
      await until(() => byline(el), `Von ${author}`);
      wrap.removeAttribute('lang');
      await until(() => byline(el), `Par ${author}`);
    } finally {
      if (html0 === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = html0;
    }
    await until(() => byline(el), `By ${author}`);
  });

  it('reads an ancestor across a shadow root, through its host', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><knee-flare-up-checklist></knee-flare-up-checklist></section>';
    const list = root.querySelector('knee-flare-up-checklist')!;
    const progress = () => shadow(list, '[part=progress]')?.textContent ?? '';
    await until(progress, `0 von ${total} erledigt`);
    root.querySelector('section')!.lang = 'es';
    await until(progress, `0 de ${total} completadas`);
  });

  it('falls back from a region to its language and from an unknown language to English', async () => {
    const mx = await fixture<KneeAdvice>(html`<knee-advice lang="es-MX"></knee-advice>`);
    expect(byline(mx)).to.equal(`Por ${author}`);
    const ja = await fixture<KneeAdvice>(html`<knee-advice lang="ja"></knee-advice>`);
    expect(byline(ja)).to.equal(`By ${author}`);
    const log = captureConsole();
    try {
      const bad = await fixture<KneeAdvice>(html`<knee-advice lang="not a language!"></knee-advice>`);
      expect(byline(bad)).to.equal(`By ${author}`);
    } finally {
      log.restore();
    }
    expect(log.errors).to.deep.equal([]);
  });
});

describe('a content pack', () => {
  const pack = (extra: Partial<ArticleContent>): ArticleContent => ({ ...contentCopy(), ...extra });

  it('brings its own words for part of the table; the rest falls back to its language, then English', async () => {
    const content = pack({
      lang: 'es',
      strings: {
        checklist: { clearAll: 'Quitar marcas', progress: { one: '{0} hecha de {1}', other: '{0} hechas de {1}' } },
      },
    });
    expect(validateContent(content).ok).to.be.true;
    const list = await fixture<KneeFlareUpChecklist>(
      html`<knee-flare-up-checklist .content=${content}></knee-flare-up-checklist>`,
    );
    await until(() => shadow(list, '[part=clear-button]').textContent!, 'Quitar marcas');
    expect(shadow(list, '[part=progress]').textContent).to.equal(`0 hechas de ${total}`);
    expect(shadow(list, 'summary').textContent).to.equal('Del artículo', 'from the Spanish table');
    expect(shadow(list, 'section').lang).to.equal('es', 'the text is marked with the pack language');
    shadow(list, '[part=checkbox]').click();
    await list.updateComplete;
    expect(shadow(list, '[part=progress]').textContent).to.equal(
      `1 hecha de ${total}`,
      'plural chosen by Intl.PluralRules',
    );
    // A pack in another language than the element's own `lang` does not put its words on it.
    list.lang = 'de';
    await until(() => shadow(list, '[part=clear-button]').textContent!, 'Alle Häkchen entfernen');
    // A pack without a language changes English words on an English page.
    list.removeAttribute('lang');
    list.content = pack({ strings: { checklist: { clearAll: 'Untick everything' } } });
    await until(() => shadow(list, '[part=clear-button]').textContent!, 'Untick everything');
    expect(shadow(list, 'summary').textContent).to.equal(strings.checklist.why);
  });

  it('brings its words to an element it was set on before the element was defined', async () => {
    const list = document.createElement('knee-early-checklist') as KneeFlareUpChecklist;
    list.content = pack({ lang: 'es', strings: { checklist: { progress: '{0} hechas de {1}' } } });
    document.body.append(list);
    try {
      class EarlyChecklist extends (customElements.get('knee-flare-up-checklist') as typeof KneeFlareUpChecklist) {}
      defineElement('knee-early-checklist', EarlyChecklist);
      await until(() => list.shadowRoot?.querySelector('[part=progress]')?.textContent ?? '', `0 hechas de ${total}`);
      expect(shadow(list, 'summary').textContent).to.equal('Del artículo', 'the pack language’s table, loaded for it');
    } finally {
      list.remove();
    }
  });

  it('the pack language comes after the element lang and before the ancestors', async () => {
    const content = pack({ lang: 'fr' });
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="de"><knee-advice .content=${content}></knee-advice></div>`,
    );
    const el = wrap.querySelector('knee-advice')!;
    await until(() => byline(el), `Par ${author}`);
    el.lang = 'nl';
    await until(() => byline(el), `Door ${author}`);
  });

  it('is refused with each wrong field named', async () => {
    const result = validateContent({
      ...contentCopy(),
      lang: 'not a tag!',
      strings: {
        byline: 42,
        nope: 'x',
        checklist: { progress: { one: '{0}', few: '{5}', several: 'x' }, quoteCredit: '{1}' },
        player: { keys: [['a', 'b']], errors: { decode: '' } },
      },
    });
    expect(result.ok).to.be.false;
    const fields = result.ok ? [] : result.problems.map((p) => p.field);
    expect(fields).to.have.members([
      'lang',
      'strings.byline',
      'strings.nope',
      'strings.checklist.progress',
      'strings.checklist.progress.few',
      'strings.checklist.progress.several',
      'strings.checklist.quoteCredit',
      'strings.player.keys',
      'strings.player.errors.decode',
    ]);
    // The shortcut words are named by row (the keys themselves are code): one row, or one word of it, may be given.
    const second = validateContent({
      ...contentCopy(),
      strings: { player: { keys: { seek: { label: '' }, steps: ['P', 'N'], nope: { what: 'x' } } } },
    });
    expect(second.ok ? [] : second.problems.map((p) => p.field)).to.have.members([
      'strings.player.keys.seek.label',
      'strings.player.keys.steps',
      'strings.player.keys.nope',
    ]);
    expect(
      validateContent({
        ...contentCopy(),
        strings: { player: { keys: { playPause: { label: 'Barra espaciadora o K' } } } },
      }).ok,
    ).to.be.true;
  });

  it('content/example-pack.es.json is valid and turns the interface Spanish through content-src', async () => {
    const data: unknown = examplePack;
    expect(validateContent(data).ok).to.be.true;
    expect(examplePack.title).to.equal(defaultContent.title, 'the example keeps the English article');
    // The test server turns .json into a module, so the file goes to content-src as a blob: URL.
    const src = URL.createObjectURL(new Blob([JSON.stringify(examplePack)], { type: 'application/json' }));
    const el = await fixture<KneeAdvice>(html`<knee-advice content-src=${src}></knee-advice>`);
    await until(() => byline(el), `Por ${author}`);
  });
});

describe('registerLocale and overrideLocale', () => {
  it('adds a language after the elements are defined, and they re-render', async () => {
    const el = await fixture<KneeAdvice>(html`<knee-advice lang="it"></knee-advice>`);
    expect(byline(el)).to.equal(`By ${author}`);
    registerLocale('it', { ...marked('IT '), byline: (a) => `Di ${a}` });
    await until(() => byline(el), `Di ${author}`);
  });

  it('adds a language before an element is defined', async () => {
    registerLocale('pt', { ...marked('PT '), calloutPrefix: 'Importante (pt): ' });
    class LateCard extends KneeAdviceCard {}
    defineElement('knee-late-card', LateCard);
    const el = await fixture<KneeAdviceCard>(html`<knee-late-card lang="pt-BR" section="flare-up"></knee-late-card>`);
    expect(shadow(el, '.visually-hidden').textContent).to.equal('Importante (pt): ');
  });

  it('overrides a few words of a language, keeping the rest', async () => {
    const list = await fixture<KneeFlareUpChecklist>(
      html`<knee-flare-up-checklist lang="en-GB"></knee-flare-up-checklist>`,
    );
    overrideLocale('en-GB', { checklist: { clearAll: 'Untick all' } });
    await until(() => shadow(list, '[part=clear-button]').textContent!, 'Untick all');
    expect(shadow(list, 'summary').textContent).to.equal(strings.checklist.why);
    const us = await fixture<KneeFlareUpChecklist>(
      html`<knee-flare-up-checklist lang="en-US"></knee-flare-up-checklist>`,
    );
    expect(shadow(us, '[part=clear-button]').textContent).to.equal(
      strings.checklist.clearAll,
      'another region keeps its words',
    );
  });

  it('warns once and ignores a language tag that is not one', () => {
    const log = captureConsole();
    try {
      registerLocale('not a tag!', strings);
    } finally {
      log.restore();
    }
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.include('not a language tag');
  });
});

describe('right to left', () => {
  /** Left and right thickness of the card's border, measured from the card and its heading. */
  const sectionEdges = (section: Element) => {
    const box = section.getBoundingClientRect();
    const inner = section.querySelector('[part=card-heading]')!.getBoundingClientRect();
    return { left: inner.left - box.left, right: box.right - inner.right };
  };
  const edges = (card: KneeAdviceCard) => sectionEdges(shadow(card, 'section'));
  /** Where the checkbox stands against its words. */
  const boxSide = (list: KneeFlareUpChecklist) => {
    const box = shadow(list, '[part=checkbox]').getBoundingClientRect();
    const label = shadow(list, '[part=item-label]').getBoundingClientRect();
    return box.right <= label.left ? 'left' : box.left >= label.right ? 'right' : 'overlap';
  };

  it('mirrors the callout edge and the checklist box under dir="rtl" on an ancestor', async () => {
    const ltr = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><knee-advice-card section="flare-up"></knee-advice-card><knee-flare-up-checklist></knee-flare-up-checklist></div>`,
    );
    const rtl = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 600px"><knee-advice-card section="flare-up"></knee-advice-card><knee-flare-up-checklist></knee-flare-up-checklist></div>`,
    );
    const a = edges(ltr.querySelector('knee-advice-card')!);
    const b = edges(rtl.querySelector('knee-advice-card')!);
    expect(a.left, 'callout edge on the left in LTR').to.be.greaterThan(a.right);
    expect(b.right, 'callout edge on the right in RTL').to.be.greaterThan(b.left);
    expect(boxSide(ltr.querySelector('knee-flare-up-checklist')!)).to.equal('left');
    expect(boxSide(rtl.querySelector('knee-flare-up-checklist')!)).to.equal('right');
  });

  it('goes right to left for a pack in a right-to-left language, unless the page set dir', async () => {
    const content: ArticleContent = { ...contentCopy(), lang: 'ar' };
    const card = await fixture<KneeAdviceCard>(
      html`<knee-advice-card section="flare-up" .content=${content}></knee-advice-card>`,
    );
    expect(shadow(card, 'section').dir).to.equal('rtl');
    expect(card.hasAttribute('dir'), 'the host is left as the page made it').to.be.false;
    const e = edges(card);
    expect(e.right).to.be.greaterThan(e.left);
    const list = await fixture<KneeFlareUpChecklist>(
      html`<knee-flare-up-checklist .content=${content}></knee-flare-up-checklist>`,
    );
    expect(boxSide(list)).to.equal('right');
    // A page that set dir keeps it.
    const page = await fixture<HTMLDivElement>(
      html`<div dir="ltr"><knee-advice-card section="flare-up" .content=${content}></knee-advice-card></div>`,
    );
    const kept = page.querySelector('knee-advice-card')!;
    await kept.updateComplete;
    expect(shadow(kept, 'section').hasAttribute('dir')).to.be.false;
    const k = edges(kept);
    expect(k.left).to.be.greaterThan(k.right);
    // ... and a dir set later on the page takes over.
    page.removeAttribute('dir');
    await until(() => shadow(kept, 'section').dir, 'rtl');
    card.dir = 'ltr';
    await until(() => shadow(card, 'section').getAttribute('dir') ?? '', '');
  });

  it('a whole article in a right-to-left pack: the article and every card it renders mirror', async () => {
    const el = await fixture<KneeAdvice>(
      html`<knee-advice .content=${{ ...contentCopy(), lang: 'he' }}></knee-advice>`,
    );
    expect(shadow(el, 'article').dir).to.equal('rtl');
    const e = sectionEdges(calloutIn(el));
    expect(e.right).to.be.greaterThan(e.left);
  });

  it('is axe-clean in right to left, light and dark', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="es"><knee-advice></knee-advice></div>`);
    const el = wrap.querySelector('knee-advice')!;
    await until(() => byline(el), `Por ${author}`);
    await expectAccessibleInEveryTheme(el);
  });
});

describe('the CDN bundle in another language', () => {
  it('loads its table from beside the bundle, under a strict CSP, with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    frame.src = '/tests/pages/csp-es.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { __logs: string[] };
      const el = win.document.querySelector('knee-advice')!;
      await until(() => el.shadowRoot?.querySelector('[part=byline]')?.textContent ?? '', `Por ${author}`);
      const requested = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(requested).to.include('/dist/cdn/locales/es.js');
      expect(win.__logs).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

// ——— <knee-exercise-player> ———

/** A player of the sample clip, its steps and captions read (it requests no video before Play). */
async function samplePlayer({
  lang,
  captionsLang,
  content,
}: { lang?: string; captionsLang?: string; content?: ArticleContent } = {}) {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 700px">
    <knee-exercise-player
      lang=${lang ?? nothing}
      captions-lang=${captionsLang ?? nothing}
      .content=${content ?? defaultContent}
      src=${SAMPLE.webm}
      captions=${SAMPLE.captions}
      chapters=${SAMPLE.chapters}
      poster=${SAMPLE.poster}
    ></knee-exercise-player>
  </div>`);
  const el = holder.querySelector('knee-exercise-player')!;
  await waitUntil(() => el.steps.length === 3 && !!el.shadowRoot!.querySelector('track'), 'steps and captions read', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}
const inPlayer = <T extends Element = HTMLElement>(el: KneeExercisePlayer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const textOf = (el: KneeExercisePlayer, selector: string) => inPlayer(el, selector).textContent!.trim();
const playButton = (el: KneeExercisePlayer) => textOf(el, '.controls .play');
const liveText = (el: KneeExercisePlayer) => textOf(el, '[aria-live]');
const seek = (el: KneeExercisePlayer) => inPlayer<HTMLInputElement>(el, '[part=seek]');
/** Every string the table holds, with its path; words that take values are given the sample values. */
function leaves(
  table: unknown,
  path = '',
  samples: Record<string, unknown[]>,
): [path: string, text: string, values: string[]][] {
  if (typeof table === 'string') return [[path, table, []]];
  if (typeof table === 'function') {
    const args = samples[path] ?? [];
    return [[path, (table as (...a: unknown[]) => string)(...args), args.map(String)]];
  }
  return Object.entries(table as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k, samples));
}

describe('the player in each shipped locale', () => {
  for (const lang of SHIPPED) {
    it(`${lang}: every word of the player's table differs from English (but the listed same words)`, async () => {
      const table = await loadTable(lang);
      const english = new Map(leaves({ player: strings.player }, '', PLAYER_SAMPLES).map(([p, text]) => [p, text]));
      const translated = leaves({ player: table.player }, '', PLAYER_SAMPLES);
      expect(translated.map(([p]) => p)).to.deep.equal([...english.keys()]);
      for (const [path, text, values] of translated)
        expect(englishLeft(lang, english.get(path)!, text, values), `${path}: "${text}"`).to.deep.equal([]);
    });

    it(`${lang}: renders the sample video's player in the table's words, with no English word from the table`, async () => {
      const p = (await loadTable(lang)).player;
      const e = strings.player;
      const pairs: [english: string, shown: string | null | undefined, expected: string, values?: string[]][] = [];
      const el = await samplePlayer({ lang });
      const label = defaultContent.exercise.label;
      const address = el.video!.src;
      pairs.push(
        [e.play, playButton(el), p.play],
        [e.seek, seek(el).getAttribute('aria-label'), p.seek],
        [
          e.position(spokenTime(0, 'en'), spokenTime(18, 'en')),
          seek(el).getAttribute('aria-valuetext'),
          p.position(spokenTime(0, lang), spokenTime(18, lang)),
        ],
        [e.speed, textOf(el, '.speed label'), p.speed],
        [e.speedOption(1.5), textOf(el, 'option[value="1.5"]'), p.speedOption(1.5)],
        [e.steps, inPlayer(el, '[part=step-list]').getAttribute('aria-label'), p.steps],
        [e.transcript, textOf(el, '.transcript summary'), p.transcript],
        [e.shortcuts, textOf(el, '.shortcuts summary'), p.shortcuts],
        [e.frame(label), inPlayer(el, '.frame').getAttribute('aria-label'), p.frame(label), [label]],
        [e.videoAddress(address), textOf(el, '.panel > .print-only'), p.videoAddress(address), [address]],
      );
      const buttons = [...el.shadowRoot!.querySelectorAll('.controls button:not(.play), .step-controls button')].map(
        (b) => b.textContent!.trim(),
      );
      const expectedButtons = [
        p.captions,
        p.mute,
        ...(document.fullscreenEnabled ? [p.fullScreen] : []),
        p.previousStep,
        p.nextStep,
        p.repeatStep,
        p.pauseAfterStep,
      ];
      expect(buttons).to.deep.equal(expectedButtons);
      const englishButtons = [
        e.captions,
        e.mute,
        ...(document.fullscreenEnabled ? [e.fullScreen] : []),
        e.previousStep,
        e.nextStep,
        e.repeatStep,
        e.pauseAfterStep,
      ];
      englishButtons.forEach((english, i) => pairs.push([english, buttons[i], expectedButtons[i]]));
      const rows = [...el.shadowRoot!.querySelectorAll('.shortcuts dl div')];
      expect(rows).to.have.length(SHORTCUTS.length);
      SHORTCUTS.forEach(({ row }, i) => {
        pairs.push([e.keys[row].label, rows[i].querySelector('dt')!.textContent, p.keys[row].label]);
        const said = (what: string | ((seconds: number) => string)) =>
          typeof what === 'function' ? what(SEEK_STEP) : what;
        pairs.push([said(e.keys[row].what), rows[i].querySelector('dd')!.textContent, said(p.keys[row].what)]);
      });
      el.goToStep(1);
      await el.updateComplete;
      pairs.push([e.step(2, 3, 'Quads'), liveText(el), p.step(2, 3, 'Quads'), ['Quads']]);

      // Failures: no video set up (the transcript still reads), and steps or captions that cannot be loaded.
      const broken = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player lang=${lang} captions=${SAMPLE.captions} chapters="/tests/no-such-chapters.vtt"></knee-exercise-player>`,
      );
      await waitUntil(
        () => broken.shadowRoot!.querySelector('.track-note') && broken.shadowRoot!.querySelector('.transcript'),
        'steps failed, captions read',
        {
          timeout: 5000,
        },
      );
      await waitUntil(() => textOf(broken, '[role=alert]').includes(p.errorSuffix), 'the transcript is offered', {
        timeout: 5000,
      });
      pairs.push([
        `${e.errors['no-source']} ${e.errorSuffix}`,
        textOf(broken, '[role=alert] p'),
        `${p.errors['no-source']} ${p.errorSuffix}`,
      ]);
      pairs.push([e.stepsFailed, textOf(broken, '.track-note'), p.stepsFailed]);
      const noCaptions = await fixture<KneeExercisePlayer>(
        html`<knee-exercise-player lang=${lang} src=${SAMPLE.webm} captions="/tests/no-such-captions.vtt"></knee-exercise-player>`,
      );
      await waitUntil(() => noCaptions.shadowRoot!.querySelector('.track-note'), 'captions failed', { timeout: 5000 });
      pairs.push([e.captionsFailed, textOf(noCaptions, '.track-note'), p.captionsFailed]);

      for (const [english, shown, expected, values] of pairs) {
        expect(shown, english).to.equal(expected);
        expect(
          englishLeft(lang, english, shown!, values),
          `English left in "${shown}" (English "${english}")`,
        ).to.deep.equal([]);
      }
      // No English phrase of the table anywhere in the player's text or accessible names.
      const attributes = [...el.shadowRoot!.querySelectorAll('*')].flatMap((n) =>
        ['aria-label', 'aria-valuetext', 'label'].map((a) => n.getAttribute(a) ?? ''),
      );
      const shownText = [deepText(el), ...attributes].join('\n');
      for (const [, english] of leaves({ player: strings.player }, '', PLAYER_SAMPLES).filter(
        ([, t]) => words(t).length > 1,
      ))
        expect(shownText, 'no English phrase').not.to.include(english);
    });
  }
});

describe('the player when the language changes at run time', () => {
  it('re-renders its buttons, live message, spoken times, shortcuts, error and captions language', async () => {
    const el = await samplePlayer();
    el.goToStep(1);
    await el.updateComplete;
    expect(liveText(el)).to.equal('Step 2 of 3: Quads');
    expect(seek(el).getAttribute('aria-valuetext')).to.equal('6 seconds of 18 seconds');
    expect(inPlayer<HTMLTrackElement>(el, 'track').srclang).to.equal('en');
    el.lang = 'de';
    await until(() => playButton(el), 'Abspielen');
    expect(liveText(el), 'the last live message, in the new language').to.equal('Schritt 2 von 3: Quads');
    expect(seek(el).getAttribute('aria-valuetext')).to.equal('6 Sekunden von 18 Sekunden');
    expect(textOf(el, '.shortcuts dt')).to.equal('Leertaste oder K');
    expect(inPlayer(el, '.frame').getAttribute('aria-label')).to.equal(
      `${defaultContent.exercise.label}: Video. Drücken Sie die Leertaste oder K zum Abspielen oder Anhalten.`,
    );
    expect(inPlayer<HTMLTrackElement>(el, 'track').srclang, 'captions follow the interface by default').to.equal('de');
    // An ancestor's lang, once the element has none.
    el.parentElement!.lang = 'fr';
    el.removeAttribute('lang');
    await until(() => playButton(el), 'Lire');
    expect(liveText(el)).to.equal('Étape 2 sur 3\u00a0: Quads');

    const none = await fixture<KneeExercisePlayer>(html`<knee-exercise-player lang="es"></knee-exercise-player>`);
    await until(
      () => textOf(none, '[role=alert] p'),
      'Todavía no se ha configurado ningún vídeo para este reproductor.',
    );
    none.lang = 'nl';
    await until(() => textOf(none, '[role=alert] p'), 'Er is nog geen video ingesteld voor deze speler.');
  });
});

describe('the player’s captions-lang', () => {
  it('gives the captions track its srclang and its label (the language’s name, in the interface’s language)', async () => {
    const el = await samplePlayer({ lang: 'es' });
    const track = () => inPlayer<HTMLTrackElement>(el, 'track');
    expect([track().srclang, track().label], 'default: the interface language').to.deep.equal(['es', 'Español']);
    el.setAttribute('captions-lang', 'en-GB');
    await el.updateComplete;
    expect([track().srclang, track().label]).to.deep.equal(['en-GB', 'Inglés británico']);
    el.lang = 'en';
    await until(() => track().label, 'British English');
    const log = captureConsole();
    try {
      el.captionsLang = 'not a language!';
      await el.updateComplete;
    } finally {
      log.restore();
    }
    expect(track().srclang, 'a bad value falls back to the default').to.equal('en');
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.include('captions-lang').and.include('language tag');
  });

  it('defaults to the content’s language, before the interface’s', async () => {
    const el = await samplePlayer({ lang: 'de', content: { ...contentCopy(), lang: 'nl' } });
    const track = inPlayer<HTMLTrackElement>(el, 'track');
    expect([track.srclang, track.label]).to.deep.equal(['nl', 'Niederländisch']);
  });

  it('<knee-advice video-captions-lang> passes it to its player', async () => {
    const el = await fixture<KneeAdvice>(
      html`<knee-advice video-src=${SAMPLE.webm} video-captions=${SAMPLE.captions} video-captions-lang="fr"></knee-advice>`,
    );
    const player = deepQueryAll<KneeExercisePlayer>(el.shadowRoot!, 'knee-exercise-player')[0];
    await waitUntil(() => player.shadowRoot?.querySelector('track'), 'captions read', { timeout: 5000 });
    expect(inPlayer<HTMLTrackElement>(player, 'track').srclang).to.equal('fr');
    expect(inPlayer<HTMLTrackElement>(player, 'track').label).to.equal('French');
  });
});

describe('the player right to left', () => {
  /** Where `a` stands against `b`, along the line. */
  const side = (a: Element, b: Element) => {
    const [x, y] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
    return x.right <= y.left ? 'left' : x.left >= y.right ? 'right' : 'overlap';
  };
  const layout = (el: KneeExercisePlayer) => {
    const step = inPlayer(el, '[part=step]');
    const time = step.querySelector('.step-time')!;
    const [box, t] = [step.getBoundingClientRect(), time.getBoundingClientRect()];
    return {
      play: side(inPlayer(el, '.play'), seek(el)),
      previousStep: side(inPlayer(el, '.step-controls button'), inPlayer(el, '.step-controls button:nth-of-type(2)')),
      stepTime: t.left - box.left < box.right - t.right ? 'left' : 'right',
      seekDirection: getComputedStyle(seek(el)).direction,
      clockDirection: getComputedStyle(inPlayer(el, '.time')).direction,
    };
  };

  it('mirrors the controls and the step list; the seek bar and its clock keep left to right', async () => {
    const ltr = layout(await samplePlayer());
    expect(ltr).to.deep.equal({
      play: 'left',
      previousStep: 'left',
      stepTime: 'left',
      seekDirection: 'ltr',
      clockDirection: 'ltr',
    });
    const expected = {
      play: 'right',
      previousStep: 'right',
      stepTime: 'right',
      seekDirection: 'ltr',
      clockDirection: 'ltr',
    };
    const rtl = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 700px"></div>`);
    const el = await samplePlayer();
    rtl.append(el);
    await until(() => layout(el).play, 'right');
    expect(layout(el), 'dir="rtl" on an ancestor').to.deep.equal(expected);
    const pack = await samplePlayer({ content: { ...contentCopy(), lang: 'he' } });
    expect(inPlayer(pack, '.player').dir, 'a right-to-left pack sets dir inside the shadow root').to.equal('rtl');
    expect(layout(pack), 'a right-to-left pack').to.deep.equal(expected);
  });

  it('keeps ← back and → forward, as shortcuts and on the seek bar (the media convention)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const el = await samplePlayer();
    wrap.append(el);
    await el.updateComplete;
    el.goToStep(1);
    inPlayer(el, '.frame').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.video!.currentTime, '← goes back 5 seconds').to.be.closeTo(1, 0.05);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.video!.currentTime, '→ goes forward 5 seconds').to.be.closeTo(6, 0.05);
    seek(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.video!.currentTime, '→ on the seek bar goes forward').to.be.closeTo(7, 0.05);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.video!.currentTime, '← on the seek bar goes back').to.be.closeTo(5, 0.05);
  });

  it('is axe-clean right to left, in Spanish, light and dark', async () => {
    const el = await samplePlayer();
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="es"></div>`);
    wrap.append(el);
    await until(() => playButton(el), 'Reproducir');
    await expectAccessibleInEveryTheme(el);
  });
});
