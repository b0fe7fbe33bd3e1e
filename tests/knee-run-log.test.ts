import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, generatedContent, sendKeys } from './engine.js';
import './define-all.js';
import type { KneeAdvice } from '../src/components/knee-advice/knee-advice.js';
import { MIN_HEIGHT, yOf } from '../src/components/knee-run-log/chart.js';
import { formatDay } from '../src/components/knee-run-log/dates.js';
import { KneeRunLog } from '../src/components/knee-run-log/knee-run-log.js';
import { defaultContent } from '../src/internal/content.js';
import type { KneeRun } from '../src/index.js';
import { forgetStoredData } from '../src/internal/storage.js';
import {
  breakStorage,
  captureConsole,
  contentCopy,
  deepText,
  expectAccessibleInEveryTheme,
  failOnUnhandledRejections,
} from './helpers.js';

const KEY = 'knee-advice:v1:run-log';
/** A fake clock: noon on 10 May 2024 plus `days`. */
const day =
  (days = 0) =>
  () =>
    new Date(2024, 4, 10 + days, 12);

const $ = <T extends Element = HTMLElement>(el: KneeRunLog, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: KneeRunLog, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const message = (el: KneeRunLog) => $(el, '[part=message]').textContent!.trim();
const active = (el: KneeRunLog) => el.shadowRoot!.activeElement as HTMLElement | null;

async function make(runs: KneeRun[] = [], attrs = '', now = day()) {
  const el = await fixture<KneeRunLog>(html`<knee-run-log .now=${now} .runs=${runs}></knee-run-log>`);
  for (const [, name, value] of attrs.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) el.setAttribute(name, value ?? '');
  await el.updateComplete;
  return el;
}

/** Presses Tab until focus is on an element of the log matching `selector`. */
async function tabTo(el: KneeRunLog, selector: string) {
  for (let i = 0; i < 40; i++) {
    if (active(el)?.matches(selector)) return active(el)!;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Hands a file to the hidden file input, as choosing it in the file picker does. */
async function chooseFile(el: KneeRunLog, text: string | Uint8Array) {
  const input = $<HTMLInputElement>(el, 'input[type=file]');
  const files = new DataTransfer();
  files.items.add(new File([text as BlobPart], 'runs.csv', { type: 'text/csv' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

/** The numbers the table shows, newest first: [date, during, day after, two days after] as text. */
const tableRows = (el: KneeRunLog) =>
  $$(el, 'tbody tr').map((tr) => [
    tr.querySelector('th')!.textContent!.trim(),
    ...[...tr.querySelectorAll('td')].slice(0, 3).map((s) => s.textContent!.trim()),
  ]);

const LOG: KneeRun[] = [
  {
    date: '2024-05-01',
    during: 2,
    dayAfter: 1,
    twoDaysAfter: 0,
    distance: 5.2,
    unit: 'km',
    duration: 35,
    note: '=HYPERLINK("http://evil.example","Click")',
  },
  { date: '2024-05-03', during: 4, dayAfter: 5, distance: 3.1, unit: 'mi', note: 'hilly, "steep"' },
  { date: '2024-05-06', during: 3, dayAfter: 3, twoDaysAfter: 2 },
];
const CSV_HEADER = 'date,distance,unit,duration_min,during,day_after,two_days_after,note';
const LOG_CSV =
  '\ufeffdate,distance,unit,duration_min,during,day_after,two_days_after,note\r\n' +
  `2024-05-01,5.2,km,35,2,1,0,"'=HYPERLINK(""http://evil.example"",""Click"")"\r\n` +
  '2024-05-03,3.1,mi,,4,5,,"hilly, ""steep"""\r\n' +
  '2024-05-06,,,,3,3,2,\r\n';

/** `n` runs on consecutive days ending on 10 May 2024, each rated. */
const many = (n: number): KneeRun[] =>
  Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(2024, 4, 10 - (n - 1 - i))).toISOString().slice(0, 10);
    return {
      date,
      during: i % 11,
      dayAfter: (i * 3) % 11,
      twoDaysAfter: (i * 7) % 11,
      distance: 5,
      unit: 'km' as const,
    };
  });

describe('<knee-run-log>', () => {
  failOnUnhandledRejections();
  const forget = () => {
    localStorage.clear();
    forgetStoredData();
  };
  beforeEach(forget);
  afterEach(forget);

  it('credits its quote to the author, and to the clinic that adapted the words (issue 18)', async () => {
    const el = await make();
    expect($(el, '[part=quote] footer').textContent).to.equal('— Nicola Tik');
    el.content = { ...contentCopy(), adaptedBy: 'Northside Physiotherapy' };
    await el.updateComplete;
    expect($(el, '[part=quote] footer').textContent).to.equal('— Nicola Tik, adapted by Northside Physiotherapy');
  });

  it("renders its heading and the article's own sentences about the day or two after, from the content", async () => {
    const el = await make();
    expect($(el, 'h2').textContent).to.equal('Your runs and your knee');
    const flare = defaultContent.sections.find((s) => s.id === 'flare-up')!.paragraphs.at(-1)!;
    const quote = $(el, '[part=quote] p').textContent!;
    expect(quote).to.equal(
      'Pay attention to how the knee feels in the day or two after a run as much as during it. That pattern often gives the clearest signal about whether your current load is working for you.',
    );
    expect(flare.endsWith(quote)).to.be.true;
    const content = contentCopy();
    content.sections[3].paragraphs.push('First sentence. Second one here. Third, last one.');
    el.content = content;
    await el.updateComplete;
    expect($(el, '[part=quote] p').textContent).to.equal('Second one here. Third, last one.');
    expect($(el, 'button[part=add-button]').textContent).to.equal('Add run');
    expect($(el, '[part=form] legend').textContent).to.equal('How did your knee feel during the run?');
    expect($(el, '[part=form] .scale').previousElementSibling!.textContent).to.equal(
      '0 = no pain, 10 = the worst pain you can imagine',
    );
    expect($$(el, '[name=during]').map((r) => (r as HTMLInputElement).value)).to.deep.equal([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('is usable by keyboard alone: log a run, then answer the day after tomorrow and two days after the day after', async () => {
    const el = await make();
    const seen: KneeRun[][] = [];
    el.addEventListener('knee-run-log-change', (e) => seen.push(e.detail.runs));
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();

    expect($<HTMLInputElement>(el, '#date').value).to.equal('2024-05-10');
    await tabTo(el, '#distance');
    await sendKeys({ type: '5.2' });
    await tabTo(el, '#duration');
    await sendKeys({ type: '35' });
    await tabTo(el, '#note');
    await sendKeys({ type: 'hilly route' });
    await tabTo(el, '[name=during]');
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await tabTo(el, '[part=add-button]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const logged = { date: '2024-05-10', during: 3, distance: 5.2, unit: 'km', duration: 35, note: 'hilly route' };
    expect(el.runs).to.deep.equal([logged]);
    expect(seen).to.deep.equal([[logged]]);
    expect(message(el)).to.equal(`Run on ${formatDay('2024-05-10')} added.`);
    expect($<HTMLInputElement>(el, '#note').value, 'the form is ready for the next run').to.equal('');
    expect($(el, '[part=follow-ups]'), 'nothing to ask on the day of the run').to.equal(null);

    el.now = day(1);
    await el.updateComplete;
    expect($$(el, '[part=follow-ups] legend').map((l) => l.textContent)).to.deep.equal([
      `Run on ${formatDay('2024-05-10')}: How does your knee feel the day after?`,
    ]);
    before.focus();
    await tabTo(el, '[part=follow-ups] [type=radio]');
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'ArrowRight' });
    await tabTo(el, '[part=save-button]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.runs[0].dayAfter).to.equal(2);
    expect($(el, '[part=follow-ups]')).to.equal(null);
    expect(active(el)).to.equal($(el, '[part=message]'));
    expect(message(el)).to.equal(`Run on ${formatDay('2024-05-10')} saved.`);

    el.now = day(2);
    await el.updateComplete;
    expect($$(el, '[part=follow-ups] legend').map((l) => l.textContent)).to.deep.equal([
      `Run on ${formatDay('2024-05-10')}: How does your knee feel two days after?`,
    ]);
    before.focus();
    await tabTo(el, '[part=follow-ups] [type=radio]');
    await sendKeys({ press: 'ArrowRight' });
    await tabTo(el, '[part=save-button]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.runs).to.deep.equal([{ ...logged, dayAfter: 2, twoDaysAfter: 1 }]);
    expect(seen).to.have.length(3);
    before.remove();
  });

  it('shows every open question at the top when the person comes back, for up to 7 days after a run', async () => {
    const el = await make(
      [
        { date: '2024-05-02', during: 1 },
        { date: '2024-05-03', during: 1 },
        { date: '2024-05-08', during: 2, dayAfter: 2 },
      ],
      '',
      day(0),
    );
    const legends = () => $$(el, '[part=follow-ups] legend').map((l) => l.textContent);
    expect(legends()).to.deep.equal([
      `Run on ${formatDay('2024-05-03')}: How did your knee feel the day after?`,
      `Run on ${formatDay('2024-05-03')}: How did your knee feel two days after?`,
      `Run on ${formatDay('2024-05-08')}: How does your knee feel two days after?`,
    ]);
    const followUps = $(el, '[part=follow-ups]');
    expect(followUps.compareDocumentPosition($(el, '[part=form]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    el.now = day(8);
    await el.updateComplete;
    expect(legends()).to.deep.equal([]);
  });

  it('asks for a number before saving a follow-up, and says so next to the question', async () => {
    const el = await make([{ date: '2024-05-09', during: 1 }]);
    $<HTMLButtonElement>(el, '[part=save-button]').click();
    await el.updateComplete;
    const error = $(el, '[part=follow-ups] .error');
    expect(error.textContent).to.equal('Error: The day after: choose a number from 0 to 10.');
    expect($(el, '[part=follow-ups] fieldset').getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(el.runs[0].dayAfter).to.equal(undefined);
  });

  it('changes the ratings of a run from the table with the same 0–10 scales, deletes a run, and deletes all with Undo', async () => {
    const el = await make(LOG.slice());
    const seen: number[] = [];
    el.addEventListener('knee-run-log-change', (e) => seen.push(e.detail.runs.length));
    const on = `Run on ${formatDay('2024-05-06')}`;
    const open = async () => {
      const change = $$<HTMLButtonElement>(el, '[part=change-button]')[0];
      change.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      return change;
    };
    const choose = (name: string, value: string) =>
      $<HTMLInputElement>(el, `form.change [name=${name}][value="${value}"]`).click();
    const change = await open();
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Change – ${on}`);
    expect($$(el, 'form.change legend').map((l) => l.textContent)).to.deep.equal([
      `${on}: During the run`,
      `${on}: The day after`,
      `${on}: Two days after`,
    ]);
    expect(
      $$<HTMLInputElement>(el, 'form.change :checked').map((r) => r.value),
      'the scales start at the ratings given',
    ).to.deep.equal(['3', '3', '2']);
    expect(active(el), 'focus on the first rating').to.equal($(el, 'form.change [name=during]:checked'));
    expect($$(el, 'form.change [part=rating]')).to.have.length(3);
    choose('dayAfter', '7');
    $<HTMLButtonElement>(el, 'form.change [part=save-button]').click();
    await el.updateComplete;
    expect(el.runs[2].dayAfter).to.equal(7);
    expect(message(el)).to.equal(`${on} saved.`);
    expect($(el, 'form.change')).to.equal(null);

    await open();
    choose('twoDaysAfter', '');
    $<HTMLButtonElement>(el, 'form.change [part=save-button]').click();
    await el.updateComplete;
    expect('twoDaysAfter' in el.runs[2], 'back to not rated').to.be.false;
    expect(tableRows(el)[0]).to.deep.equal([formatDay('2024-05-06'), '3', '7', '–']);

    const again = await open();
    choose('during', '9');
    $$<HTMLButtonElement>(el, 'form.change button')[1].click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect($(el, 'form.change'), 'Cancel closes the scales').to.equal(null);
    expect(el.runs[2].during, 'and changes nothing').to.equal(3);
    expect(active(el)).to.equal(again);

    const remove = $$<HTMLButtonElement>(el, '[part=delete-button]')[0];
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Delete – ${on}`);
    remove.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.runs.map((r) => r.date)).to.deep.equal(['2024-05-01', '2024-05-03']);
    expect(active(el)).to.equal($(el, '[part=run-log-undo-button]'));

    $<HTMLButtonElement>(el, '[part=delete-all-button]').click();
    await el.updateComplete;
    expect(el.runs).to.deep.equal([]);
    expect(message(el)).to.equal('Every run deleted.');
    expect($(el, 'table')).to.equal(null);
    $<HTMLButtonElement>(el, '[part=run-log-undo-button]').click();
    await el.updateComplete;
    expect(el.runs.map((r) => r.date)).to.deep.equal(['2024-05-01', '2024-05-03']);
    expect(message(el)).to.equal('Runs restored.');
    expect(seen).to.deep.equal([3, 3, 2, 0, 2]);
  });

  it('offers only the ratings due so far when a recent run is changed', async () => {
    const el = await make([{ date: '2024-05-09', during: 4 }]);
    $<HTMLButtonElement>(el, '[part=change-button]').click();
    await el.updateComplete;
    expect($$(el, 'form.change legend').map((l) => l.textContent!.split(': ')[1])).to.deep.equal([
      'During the run',
      'The day after',
    ]);
    expect($$<HTMLInputElement>(el, 'form.change :checked').map((r) => r.value)).to.deep.equal(['4', '']);
    expect($(el, 'form.change [name=during][value=""]'), 'during is never "not rated"').to.equal(null);
  });

  describe('CSV', () => {
    it('downloads one row per run, RFC 4180 quoted, with a note starting with = made safe for spreadsheets', async () => {
      const el = await make(LOG);
      expect(el.toCsv()).to.equal(LOG_CSV);
      const { createObjectURL } = URL;
      const { click } = HTMLAnchorElement.prototype;
      let blob: Blob | undefined;
      let name = '';
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return 'blob:test';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        name = this.download;
      };
      try {
        $<HTMLButtonElement>(el, '[part=download-button]').click();
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(name).to.equal('knee-run-log-2024-05-10.csv');
      expect(blob!.type).to.equal('text/csv;charset=utf-8');
      expect(new Uint8Array(await blob!.arrayBuffer()).slice(0, 3)).to.deep.equal(new Uint8Array([0xef, 0xbb, 0xbf]));
      expect(await blob!.text()).to.equal(LOG_CSV.slice(1));
    });

    it('importing that file into an empty log restores exactly the same log', async () => {
      const el = await make();
      const changed = oneEvent(el, 'knee-run-log-change');
      await chooseFile(el, LOG_CSV);
      expect((await changed).detail.runs).to.deep.equal(LOG);
      expect(el.runs).to.deep.equal(LOG);
      expect(el.toCsv()).to.equal(LOG_CSV);
      expect(message(el)).to.equal('3 runs imported.');
    });

    it('merges by date, keeping runs already here, and names each row it cannot read', async () => {
      const el = await make([{ date: '2024-05-03', during: 9 }]);
      await chooseFile(el, `${LOG_CSV}2024-05-07,abc,km,,3,,,\r\n2099-01-01,,,,3,,,\r\n2024-05-08,,,,12,,,\r\n`);
      expect(el.runs.map((r) => [r.date, r.during])).to.deep.equal([
        ['2024-05-01', 2],
        ['2024-05-03', 9],
        ['2024-05-06', 3],
      ]);
      expect(message(el)).to.equal('2 runs imported. 1 date was already in your log and kept as it is.');
      expect($$(el, '.problems li').map((li) => li.textContent)).to.deep.equal([
        'Row 5: Distance: enter 0 or more, like 5.2, or leave it empty.',
        'Row 6: Date: it cannot be in the future.',
        'Row 7: During the run: choose a number from 0 to 10.',
      ]);
    });

    describe('as spreadsheets save it (issue 16, point 7)', () => {
      it('a file Excel saved in German: semicolons, decimal commas, Windows-1252, and the person is told how it was read', async () => {
        const el = await make();
        const text =
          'date;distance;unit;duration_min;during;note\r\n2024-05-01;5,2;km;35;2;Caf\u00e9 \u2014 \u201eberg\u201c\r\n';
        const bytes = Uint8Array.from(
          text,
          (c) => ({ '\u00e9': 0xe9, '\u2014': 0x97, '\u201e': 0x84, '\u201c': 0x93 })[c] ?? c.charCodeAt(0),
        );
        await chooseFile(el, bytes);
        expect(el.runs).to.deep.equal([
          {
            date: '2024-05-01',
            during: 2,
            distance: 5.2,
            unit: 'km',
            duration: 35,
            note: 'Caf\u00e9 \u2014 \u201eberg\u201c',
          },
        ]);
        expect(message(el)).to.equal(
          '1 run imported. Read as Windows-1252 (the file is not UTF-8): check accented letters in your notes.',
        );
      });

      it('a UTF-16 file with its byte order mark, as Numbers and Excel save "Unicode text"', async () => {
        const el = await make();
        const text = '\ufeffdate\tduring\tnote\r\n2024-05-02\t4\t\u00fcber den Berg\r\n';
        const bytes = new Uint8Array(text.length * 2);
        for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 255, text.charCodeAt(i) >> 8], i * 2);
        await chooseFile(el, bytes);
        expect(el.runs).to.deep.equal([{ date: '2024-05-02', during: 4, note: '\u00fcber den Berg' }]);
        expect(message(el)).to.equal('1 run imported.');
      });

      it('reports a date repeated in the file as such, not as already in the log, and names rows with stray quotes', async () => {
        const el = await make([{ date: '2024-05-03', during: 9 }]);
        const added = await el.importCsv(
          'date,during,note\n2024-05-01,1,\n2024-05-02,2,\n2024-05-01,3,\n2024-05-03,4,\n2024-05-04,5,"open\n',
        );
        expect(added).to.equal(2);
        await el.updateComplete;
        expect(message(el)).to.equal('2 runs imported. 1 date was already in your log and kept as it is.');
        expect($$(el, '.problems li').map((li) => li.textContent)).to.deep.equal([
          'Row 4: Same date as row 2, which was imported.',
          'Row 6: Quotes: a quoted cell does not close where it should.',
        ]);
      });

      it('reads a big file a slice at a time with a progress bar, and stops, adding nothing, when the log shown changes meanwhile', async () => {
        const el = await make([], 'persist storage-key="patient-a"');
        const rows = (n: number) =>
          Array.from(
            { length: n },
            (_, i) => `${new Date(Date.UTC(1900, 0, 1 + i)).toISOString().slice(0, 10)},,,,${i % 11},,,note ${i}`,
          );
        const file = new File([`${CSV_HEADER}\n${rows(10000).join('\n')}\n`], 'big.csv');
        const labels: string[] = [];
        const seen = new MutationObserver(() => {
          const label = el.shadowRoot!.querySelector('progress')?.closest('label')?.textContent?.trim();
          if (label) labels.push(label);
        });
        seen.observe(el.shadowRoot!, { subtree: true, childList: true });
        try {
          expect(await el.importCsv(file)).to.equal(10000);
        } finally {
          seen.disconnect();
        }
        expect(labels[0], 'a progress bar while the file is read').to.equal('Importing the file…');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('progress')).to.equal(null);
        expect(el.runs).to.have.length(10000);
        expect(message(el)).to.equal('10000 runs imported.');
        // Another file, but patient B's log is opened before it is read: nothing goes anywhere.
        const again = el.importCsv(`${CSV_HEADER}\n${rows(50000).slice(10000).join('\n')}\n`);
        el.storageKey = 'patient-b';
        expect(await again).to.equal(0);
        await el.updateComplete;
        expect(el.runs).to.deep.equal([]);
        expect(localStorage.getItem(`${KEY}:patient-b`)).to.equal(null);
        expect(message(el)).to.equal('Import stopped: the log shown changed before it finished. Nothing was added.');
        el.storageKey = 'patient-a';
        expect(el.runs).to.have.length(10000);
      });
    });

    it('refuses a file that is not a run log, changing nothing', async () => {
      const el = await make(LOG);
      let fired = 0;
      el.addEventListener('knee-run-log-change', () => fired++);
      await chooseFile(el, 'name,email\nAna,ana@example.com\n');
      expect($$(el, '.problems li').map((li) => li.textContent)).to.deep.equal([
        'This file is not a run log: its first row should name the columns, starting with date.',
      ]);
      expect(el.runs).to.deep.equal(LOG);
      expect(fired).to.equal(0);
    });
  });

  describe('without persist', () => {
    it('stores nothing anywhere, whatever the person does', async () => {
      const el = await make();
      await el.importCsv(LOG_CSV);
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part=delete-button]').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part=delete-all-button]').click();
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
    });

    it('does not read saved runs either', async () => {
      localStorage.setItem(KEY, JSON.stringify({ version: 1, runs: LOG }));
      const el = await make();
      expect(el.runs).to.deep.equal([]);
    });
  });

  describe('with persist', () => {
    it('saves under a namespaced, versioned key and shows the same runs after a reload', async () => {
      const first = await make([], 'persist');
      await first.importCsv(LOG_CSV);
      const saved = JSON.parse(localStorage.getItem(KEY)!);
      expect(saved.version).to.equal(2);
      expect(Object.values(saved.data.runs).map((e) => (e as { value: unknown }).value)).to.deep.equal(LOG);
      first.remove();
      const again = await make([], 'persist');
      expect(again.runs).to.deep.equal(LOG);
      expect(tableRows(again)[0]).to.deep.equal([formatDay('2024-05-06'), '3', '3', '2']);
      const other = await make([], 'persist storage-key="clinic"');
      expect(other.runs).to.deep.equal([]);
      expect(other.storageKeyInUse).to.equal(`${KEY}:clinic`);
    });

    it('keeps the valid runs when one saved entry is corrupt, and never drops the corrupt one', async () => {
      const bad = { date: '2024-05-02', during: 'very sore' };
      localStorage.setItem(KEY, JSON.stringify({ version: 1, runs: [LOG[0], bad, LOG[2]] }));
      const log = captureConsole();
      try {
        const el = await make([], 'persist');
        expect(el.runs).to.deep.equal([LOG[0], LOG[2]]);
        expect(message(el)).to.equal('1 saved run could not be read; kept in storage unchanged.');
        await el.importCsv(LOG_CSV);
        expect(el.runs).to.deep.equal(LOG);
        expect(JSON.parse(localStorage.getItem(KEY)!).data.kept).to.deep.equal([bad]);
        expect(log.warnings).to.have.length(1);
      } finally {
        log.restore();
      }
    });

    it('says so when saved runs are unreadable, and keeps working in memory', async () => {
      localStorage.setItem(KEY, '{"version":1,"runs":[');
      const log = captureConsole();
      try {
        const el = await make([], 'persist');
        expect(message(el)).to.equal('Your saved runs could not be read on this device.');
        await el.importCsv(LOG_CSV);
        expect(el.runs).to.deep.equal(LOG);
        expect(log.warnings).to.have.length(1);
      } finally {
        log.restore();
      }
    });

    it('never saves over runs written by a newer version, and offers the CSV instead', async () => {
      const future = JSON.stringify({ version: 3, entries: [{ when: '2024-05-01' }] });
      localStorage.setItem(KEY, future);
      const log = captureConsole();
      try {
        const el = await make([], 'persist');
        expect(message(el)).to.match(/saved by a newer version/);
        await el.importCsv(LOG_CSV);
        await el.updateComplete;
        expect(localStorage.getItem(KEY)).to.equal(future);
        expect(el.runs).to.deep.equal(LOG);
        expect($$(el, '.status button').map((b) => b.textContent)).to.deep.equal(['Download CSV']);
      } finally {
        log.restore();
      }
    });

    it('keeps every run and offers the CSV when storage is full', async () => {
      const el = await make([], 'persist');
      const fix = breakStorage('setItem');
      const log = captureConsole();
      try {
        await el.importCsv(LOG_CSV);
        await el.importCsv('date,during\n2024-05-09,1\n');
        await el.updateComplete;
        expect(el.runs).to.have.length(4);
        expect(message(el)).to.equal(
          'Your runs could not be saved on this device. They stay until you leave this page: download the CSV to keep them.',
        );
        expect($$(el, '.status button').map((b) => b.textContent)).to.deep.equal(['Download CSV']);
        expect(log.warnings).to.have.length(1);
        expect(log.errors).to.deep.equal([]);
      } finally {
        fix();
        log.restore();
      }
    });

    it('works in memory when storage cannot be read at all', async () => {
      const fix = breakStorage('getItem', new DOMException('Access is denied.', 'SecurityError'));
      const log = captureConsole();
      try {
        const el = await make([], 'persist');
        expect(message(el)).to.equal('Your saved runs could not be read on this device.');
        await el.importCsv(LOG_CSV);
        expect(el.runs).to.deep.equal(LOG);
      } finally {
        fix();
        log.restore();
      }
    });

    it('follows changes made in another tab (one still on the version 1 format, here)', async () => {
      const el = await make([], 'persist');
      const newValue = JSON.stringify({ version: 1, runs: [LOG[1]] });
      localStorage.setItem(KEY, newValue);
      const changed = oneEvent(el, 'knee-run-log-change');
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue, storageArea: localStorage }));
      expect((await changed).detail.runs).to.deep.equal([LOG[1]]);
    });
  });

  describe('the pattern', () => {
    it('the chart and the table show the same numbers for the last 10 runs', async () => {
      const runs = many(12);
      const el = await make(runs);
      const rects = $$<SVGRectElement>(el, 'svg[part=chart] rect.bar');
      expect(rects).to.have.length(30);
      const fromChart = new Map<string, string[]>();
      for (const r of rects) {
        const date = r.dataset.date!;
        fromChart.set(date, [...(fromChart.get(date) ?? []), r.dataset.value!]);
        expect(r.querySelector('title')!.textContent).to.match(new RegExp(`: ${r.dataset.value}$`));
        const value = Number(r.dataset.value);
        expect(parseFloat(r.getAttribute('height')!)).to.be.closeTo(Math.max(yOf(0) - yOf(value), MIN_HEIGHT), 1e-9);
      }
      const fromTable = tableRows(el);
      expect(fromTable).to.have.length(10);
      expect([...fromChart.keys()].reverse().map((d) => formatDay(d))).to.deep.equal(fromTable.map((r) => r[0]));
      expect([...fromChart.values()].reverse()).to.deep.equal(fromTable.map((r) => r.slice(1)));
      expect($(el, 'svg[part=chart]').getAttribute('aria-label')).to.equal(
        `Bar chart of your last 10 runs, ${formatDay(runs[2].date)} to ${formatDay(runs[11].date)}: knee pain during the run, the day after and two days after, from 0 to 10. The table of runs has every number.`,
      );
    });

    it('describes the pattern in plain words that only describe', async () => {
      const el = await make([
        { date: '2024-04-01', during: 1, dayAfter: 9 },
        { date: '2024-04-02', during: 3, dayAfter: 3, twoDaysAfter: 5 },
        { date: '2024-04-03', during: 3, dayAfter: 4 },
        { date: '2024-04-05', during: 5, dayAfter: 2 },
        { date: '2024-04-06', during: 2, dayAfter: 1, twoDaysAfter: 2 },
        { date: '2024-04-07', during: 2, dayAfter: 2 },
      ]);
      expect($(el, '[part=pattern]').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'The day after, your knee felt the same as or better than during the run after 4 of the last 5 runs you rated the day after. ' +
          'Two days after, your knee felt the same as or better than during the run after 1 of the last 2 runs you rated two days after.',
      );
      const empty = await make();
      expect($(empty, '[part=pattern]').textContent!.trim()).to.equal(
        'Rate how your knee feels the day after a few runs, and the pattern is described here.',
      );
      expect($(empty, 'svg')).to.equal(null);
    });

    it("draws the clinic's line only when pain-limit is set, with its label, and shows the clinic's guidance", async () => {
      const el =
        await fixture<KneeRunLog>(html`<knee-run-log .now=${day()} .runs=${LOG} pain-limit="4" pain-limit-label="Talk to us above 4">
        <p slot="guidance">Call us if it keeps rising.</p>
      </knee-run-log>`);
      const line = $(el, 'line[part=limit-line]');
      expect(line.getAttribute('y1')).to.equal(`${yOf(4)}%`);
      expect($(el, '[part=legend] .limit-label').textContent).to.equal('Talk to us above 4');
      expect($(el, 'svg[part=chart]').getAttribute('aria-label')).to.match(/ A line marks Talk to us above 4 at 4\.$/);
      expect(deepText(el)).to.contain('Call us if it keeps rising.');
      el.removeAttribute('pain-limit-label');
      await el.updateComplete;
      expect($(el, '[part=legend] .limit-label').textContent).to.equal("Your clinic's line (4)");
      const log = captureConsole();
      try {
        for (const bad of ['11', 'abc', '-1']) {
          el.setAttribute('pain-limit', bad);
          await el.updateComplete;
          expect($(el, '[part=limit-line]')).to.equal(null);
        }
        expect(log.warnings).to.have.length(3);
        expect(log.warnings[0]).to.equal(
          '<knee-run-log> pain-limit="11" is not a number from 0 to 10; no line is drawn.',
        );
      } finally {
        log.restore();
      }
      el.removeAttribute('pain-limit');
      await el.updateComplete;
      expect($(el, '[part=limit-line]')).to.equal(null);
    });

    it('pages the table, newest first, and stays small with five years of daily runs', async () => {
      const el = await make(many(1800));
      expect($(el, 'caption').textContent).to.equal('Runs 1–10 of 1800, newest first');
      expect($$(el, 'tbody tr')).to.have.length(10);
      expect($$(el, 'svg[part=chart] rect.bar')).to.have.length(30);
      const [newer, older] = $$<HTMLButtonElement>(el, '[part=pager] button');
      expect(newer.disabled).to.be.true;
      older.click();
      await el.updateComplete;
      expect($(el, 'caption').textContent).to.equal('Runs 11–20 of 1800, newest first');
      expect(tableRows(el)[0][0]).to.equal(formatDay(el.runs[1789].date));
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(800);
    });
  });

  describe('bad input', () => {
    it('explains every field it cannot use, marks it, focuses the first, and adds nothing', async () => {
      const el = await make();
      $<HTMLInputElement>(el, '#date').value = '2024-05-11';
      $<HTMLInputElement>(el, '#distance').value = 'abc';
      $<HTMLInputElement>(el, '#duration').value = '-5';
      $<HTMLButtonElement>(el, '[part=add-button]').click();
      await el.updateComplete;
      await el.updateComplete;
      const errors = $$(el, '.error').map((e) => e.textContent);
      expect(errors).to.deep.equal([
        'Error: Date: it cannot be in the future.',
        'Error: Distance: enter 0 or more, like 5.2, or leave it empty.',
        'Error: Duration: enter 0 or more minutes, like 35, or leave it empty.',
        'Error: During the run: choose a number from 0 to 10.',
      ]);
      for (const id of ['date', 'distance', 'duration']) {
        const input = $<HTMLInputElement>(el, `#${id}`);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain(`${id}-error`);
      }
      expect(active(el)).to.equal($(el, '#date'));
      expect(el.runs).to.deep.equal([]);

      $<HTMLInputElement>(el, '#date').value = '';
      $<HTMLInputElement>(el, '#distance').value = '-3';
      $<HTMLInputElement>(el, '#duration').value = '';
      $<HTMLInputElement>(el, '[name=during][value="4"]').checked = true;
      $<HTMLButtonElement>(el, '[part=add-button]').click();
      await el.updateComplete;
      expect($$(el, '.error').map((e) => e.textContent)).to.deep.equal([
        'Error: Date: enter a real date, like 2024-05-06.',
        'Error: Distance: enter 0 or more, like 5.2, or leave it empty.',
      ]);
      expect(el.runs).to.deep.equal([]);
    });

    it('refuses a second run on a date already logged, and reads a decimal comma', async () => {
      const el = await make([{ date: '2024-05-10', during: 1 }], 'units="mi"');
      expect($(el, 'label[for=distance]').textContent).to.equal('Distance in mi (optional)');
      $<HTMLInputElement>(el, '[name=during][value="2"]').checked = true;
      $<HTMLInputElement>(el, '#distance').value = '3,5';
      $<HTMLButtonElement>(el, '[part=add-button]').click();
      await el.updateComplete;
      expect($(el, '.error').textContent).to.equal(
        'Error: Date: there is already a run on this date; change it in the table.',
      );
      $<HTMLInputElement>(el, '#date').value = '2024-05-09';
      $<HTMLButtonElement>(el, '[part=add-button]').click();
      await el.updateComplete;
      expect(el.runs[0]).to.deep.equal({ date: '2024-05-09', during: 2, distance: 3.5, unit: 'mi' });
      expect($(el, '.error')).to.equal(null);
    });

    it('renders hostile note text as text', async () => {
      const note = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const el = await make([{ date: '2024-05-01', during: 1, note }]);
      expect($(el, 'td.note').textContent).to.equal(note);
      expect(el.shadowRoot!.querySelector('td.note img, td.note script')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('leaves out invalid runs set by a host with one warning, and falls back to km for unknown units', async () => {
      const log = captureConsole();
      try {
        const el = await make([
          { date: '2024-05-01', during: 11 },
          { date: '2024-02-30', during: 1 },
          { date: '2024-05-02', during: 1, distance: -4, unit: 'km' },
          { date: '2024-05-03', during: 1 },
        ] as KneeRun[]);
        expect(el.runs).to.deep.equal([{ date: '2024-05-03', during: 1 }]);
        el.setAttribute('units', 'miles');
        await el.updateComplete;
        expect($(el, 'label[for=distance]').textContent).to.equal('Distance in km (optional)');
        el.runs = 'nonsense' as unknown as KneeRun[];
        expect(el.runs).to.deep.equal([]);
        expect(log.warnings).to.deep.equal([
          '<knee-run-log> 3 of the runs set were left out (not valid, or a date repeated).',
          '<knee-run-log> units="miles" is not valid; use one of km, mi. Using "km".',
        ]);
      } finally {
        log.restore();
      }
    });
  });

  it('takes only the digits 1–6 as heading-level, not 1e0 or 0x3 (issue 16, point 13)', async () => {
    const log = captureConsole();
    try {
      for (const [value, level, warned] of [
        ['1e0', 2, true],
        ['0x3', 2, true],
        [' 2 ', 2, false],
        [' 4 ', 4, false],
        ['4', 4, false],
      ] as const) {
        const el = await make([], `heading-level="${value}"`);
        expect(el.shadowRoot!.querySelector('[part=run-log-heading]')!.localName, value).to.equal(`h${level}`);
        expect(
          log.warnings.some((w) => w.includes(`heading-level="${value}"`)),
          value,
        ).to.equal(warned);
        el.remove();
      }
      expect(log.warnings[0]).to.equal(
        '<knee-run-log> heading-level="1e0" is not valid; use one of 1, 2, 3, 4, 5, 6. Using "2".',
      );
    } finally {
      log.restore();
    }
  });

  it('keeps attributes and properties in agreement', async () => {
    const el = await make(
      [],
      'persist storage-key="a" heading-level="3" units="mi" pain-limit="5" pain-limit-label="L"',
    );
    expect([el.persist, el.storageKey, el.headingLevel, el.units, el.painLimit, el.painLimitLabel]).to.deep.equal([
      true,
      'a',
      3,
      'mi',
      5,
      'L',
    ]);
    expect($(el, 'h3').textContent).to.equal('Your runs and your knee');
    expect($$(el, 'h4')).to.have.length(3);
    el.units = 'km';
    el.painLimit = 2;
    await el.updateComplete;
    expect(el.getAttribute('units')).to.equal('km');
    expect(el.getAttribute('pain-limit')).to.equal('2');
  });

  it('prints the chart and a plain table without its form controls', async () => {
    const el = await make(LOG, 'pain-limit="4"');
    await emulateMedia({ media: 'print' });
    try {
      for (const sel of [
        '[part=form]',
        '[part=actions]',
        '[part=change-button]',
        '[part=delete-button]',
        '[part=add-button]',
        'input',
      ])
        expect($(el, sel).checkVisibility(), sel).to.be.false;
      for (const sel of ['svg[part=chart]', '[part=limit-line]', 'table', 'td.num', '[part=legend]'])
        expect($(el, sel).checkVisibility(), sel).to.be.true;
      expect(tableRows(el)[0]).to.deep.equal([formatDay('2024-05-06'), '3', '3', '2']);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('prints every run, not only the page shown', async () => {
    const el = await make(many(25));
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(25);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(10);
  });

  it('the Print button opens the browser print dialog', async () => {
    const el = await make(LOG);
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      $<HTMLButtonElement>(el, '[part=print-button]').click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  for (const width of [640, 320]) {
    it(`fits ${width} px: each run is a block with every value labelled and its actions in reach; nothing scrolls sideways (issue 16, point 15)`, async () => {
      const runs = many(12).map((r, i) => (i === 11 ? { date: r.date, during: r.during } : r));
      // positioned and scrolling, like a page: whatever escapes the element widens it
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px; position: relative; overflow: auto"><knee-run-log .now=${day(1)} .runs=${runs}></knee-run-log></div>`,
      );
      const el = wrapper.firstElementChild as KneeRunLog;
      await el.updateComplete;
      expect(wrapper.scrollWidth, 'nothing widens the page, hidden words included').to.be.at.most(width);
      expect($(el, '[part=follow-ups]')).to.exist;
      const { left, right } = el.getBoundingClientRect();
      for (const node of $$(el, '*')) {
        const box = node.getBoundingClientRect();
        if (!box.width || node.closest('.visually-hidden, thead')) continue;
        expect(box.right, node.outerHTML.slice(0, 60)).to.be.at.most(right + 0.5);
        expect(box.left, node.outerHTML.slice(0, 60)).to.be.at.least(left - 0.5);
      }
      const wrap = $(el, '.table-wrap');
      expect(wrap.scrollWidth, 'the table does not scroll').to.be.at.most(wrap.clientWidth);
      // The newest run (12 days of runs, the last with only "during"): one block, its cells one under another.
      const [row] = $$(el, 'tbody tr');
      const cells = [...row.children] as HTMLElement[];
      const tops = cells.filter((c) => c.getBoundingClientRect().height).map((c) => c.getBoundingClientRect().top);
      expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
      expect(new Set(tops).size, 'stacked, not side by side').to.equal(tops.length);
      const labelled = cells
        .filter((c) => c.matches('td[data-label]') && c.getBoundingClientRect().height)
        .map((c) => `${generatedContent(c, '::before')} ${c.textContent!.trim()}`);
      expect(labelled).to.deep.equal(['"During the run" 0', '"The day after" –', '"Two days after" –']);
      const second = $$(el, 'tbody tr')[1].textContent!.replace(/\s+/g, ' ');
      expect(second).to.contain('5 km');
      for (const b of $$(el, '[part=change-button], [part=delete-button]')) {
        expect(b.checkVisibility(), b.textContent!).to.be.true;
        expect(b.getBoundingClientRect().right).to.be.at.most(right + 0.5);
      }
      for (const b of $$(el, 'button')) expect(b.getBoundingClientRect().height, b.textContent!).to.be.at.least(44);
      for (const l of $$(el, '.scale label')) expect(l.getBoundingClientRect().height).to.be.at.least(44);
      // Every action is reachable by keyboard: Tab reaches the last run's Delete on the page.
      const deletes = $$<HTMLButtonElement>(el, '[part=delete-button]');
      expect(await tabTo(el, '[part=delete-button]')).to.equal(deletes[0]);
    });
  }

  it('fits 1200 px: the scale stays on one line', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1200px"><knee-run-log .now=${day()} .runs=${LOG}></knee-run-log></div>`,
    );
    const el = wrapper.firstElementChild as KneeRunLog;
    await el.updateComplete;
    const tops = new Set($$(el, '[part=form] .scale label').map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(tops.size).to.equal(1);
    expect($(el, '.table-wrap').scrollWidth).to.be.at.most($(el, '.table-wrap').clientWidth);
  });

  it('mirrors under dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><knee-run-log .now=${day()}></knee-run-log></div>`,
    );
    const el = wrapper.firstElementChild as KneeRunLog;
    await el.updateComplete;
    const quote = getComputedStyle($(el, 'blockquote'));
    expect(quote.borderRightStyle).to.equal('solid');
    expect(quote.borderLeftStyle).to.equal('none');
  });

  it('is accessible in light and dark, with runs, open questions and errors', async () => {
    const el = await make(
      many(12).map((r, i) => (i > 9 ? { date: r.date, during: r.during } : r)),
      'pain-limit="4"',
    );
    $<HTMLButtonElement>(el, '[part=add-button]').click();
    await el.updateComplete;
    expect($(el, '[part=follow-ups]')).to.exist;
    await expectAccessibleInEveryTheme(el);
  });

  it('is accessible when empty', async () => {
    await expectAccessibleInEveryTheme(await make());
  });

  describe('inside <knee-advice>', () => {
    it('is off by default', async () => {
      const advice = await fixture<KneeAdvice>(html`<knee-advice></knee-advice>`);
      expect(advice.shadowRoot!.querySelector('knee-run-log')).to.equal(null);
    });

    it('with log, stands right after the flare-up card, with persist and storage-key passed down', async () => {
      const advice = await fixture<KneeAdvice>(html`<knee-advice log persist storage-key="clinic"></knee-advice>`);
      const log = advice.shadowRoot!.querySelector<KneeRunLog>('knee-run-log')!;
      expect(log).to.exist;
      expect(log.previousElementSibling!.querySelector('[part~=card-heading]')!.id, 'the flare-up card').to.equal(
        'knee-card-flare-up',
      );
      expect([log.persist, log.storageKey, log.headingLevel]).to.deep.equal([true, 'clinic', 3]);
      expect(log.storageKeyInUse).to.equal(`${KEY}:clinic`);
      const changed = oneEvent(advice, 'knee-run-log-change');
      await log.importCsv(LOG_CSV);
      expect((await changed).detail.runs).to.deep.equal(LOG);
      expect(Object.keys(JSON.parse(localStorage.getItem(`${KEY}:clinic`)!).data.runs)).to.deep.equal(
        LOG.map((r) => r.date),
      );
    });
  });

  it('registers twice without throwing', async () => {
    const { defineElement } = await import('../src/internal/define.js');
    const log = captureConsole();
    try {
      defineElement('knee-run-log', KneeRunLog);
      expect(customElements.get('knee-run-log')).to.equal(KneeRunLog);
      expect(log.warnings).to.deep.equal([]);
    } finally {
      log.restore();
    }
  });
});
