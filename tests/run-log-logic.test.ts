import { expect } from '@open-wc/testing';
import { bars, CHART_RUNS, MIN_HEIGHT, PLOT, yOf } from '../src/components/knee-run-log/chart.js';
import { parseCsv, readCsv, safeNote, toCsv, unsafeNote } from '../src/components/knee-run-log/csv.js';
import { dayNumber, daysBetween, formatAmount, formatDay, isoDay } from '../src/components/knee-run-log/dates.js';
import { checkRun, followUps, mergeRuns, sameOrBetter, sortRuns } from '../src/components/knee-run-log/runs.js';
import { runLogStrings } from '../src/components/knee-run-log/strings.js';
import type { KneeRun } from '../src/index.js';

describe('run log: pure logic', () => {
  describe('dates', () => {
    it('reads only real calendar dates written YYYY-MM-DD', () => {
      expect(dayNumber('1970-01-02')).to.equal(1);
      expect(dayNumber('2024-02-29')).to.equal(19782);
      for (const bad of ['2023-02-29', '2024-13-01', '2024-5-6', '06/05/2024', '', 'yesterday', null, 20240506])
        expect(dayNumber(bad)).to.be.NaN;
    });

    it('writes dates and amounts in the language asked for, through Intl, with the right weekday', () => {
      expect(formatDay('2024-05-06')).to.equal('Mon, May 6, 2024');
      expect(formatDay('2024-05-06', 'en', true)).to.equal('May 6');
      expect(formatDay('1969-12-31', 'en-GB')).to.equal('Wed, 31 Dec 1969');
      expect(formatDay('2000-02-29', 'de')).to.equal('Di., 29. Feb. 2000');
      expect(formatDay('2024-05-06', 'nl', true)).to.equal('6 mei');
      expect(formatDay('1970-01-01', 'not a language!'), 'English for a tag that is not one').to.equal(
        'Thu, Jan 1, 1970',
      );
      expect(formatAmount(5.2, 'km', 'de')).to.equal('5,2 km');
      expect(formatAmount(3.1, 'mi')).to.equal('3.1 mi');
      expect(formatAmount(35, 'min', 'de')).to.equal('35 Min.');
    });

    it('takes today from the local calendar day of the clock, across month, year and DST changes', () => {
      expect(isoDay(new Date(2024, 4, 10, 23, 59))).to.equal('2024-05-10');
      expect(isoDay(new Date(2024, 0, 1, 0, 0))).to.equal('2024-01-01');
      expect(daysBetween('2023-12-31', '2024-01-02')).to.equal(2);
      expect(daysBetween('2024-03-30', '2024-04-01')).to.equal(2);
      expect(daysBetween('2024-10-26', '2024-10-28')).to.equal(2);
    });
  });

  describe('checkRun', () => {
    it('gives one normal form: only the fields present, the unit exactly with a distance', () => {
      expect(checkRun({ date: '2024-05-06', during: 3, unit: 'mi', note: '' })).to.deep.equal({
        date: '2024-05-06',
        during: 3,
      });
      expect(checkRun({ date: '2024-05-06', during: 0, distance: 5 })).to.deep.equal({
        date: '2024-05-06',
        during: 0,
        distance: 5,
        unit: 'km',
      });
      expect(checkRun({ date: '2024-05-06', during: 10, dayAfter: null, twoDaysAfter: 0, duration: 0 })).to.deep.equal({
        date: '2024-05-06',
        during: 10,
        twoDaysAfter: 0,
        duration: 0,
      });
    });

    it('lists every problem: ratings outside 0–10, bad dates, negative or non-numeric amounts, the future', () => {
      expect(
        checkRun({
          date: '2024-02-30',
          during: 11,
          dayAfter: 2.5,
          twoDaysAfter: -1,
          distance: -2,
          duration: NaN,
          note: 5,
        }),
      ).to.deep.equal(['date', 'during', 'dayAfter', 'twoDaysAfter', 'distance', 'duration', 'note']);
      expect(checkRun({ date: '2024-05-11', during: 2 }, '2024-05-10')).to.deep.equal(['future']);
      expect(checkRun({ date: '2024-05-10', during: 2, distance: 3, unit: 'miles' })).to.deep.equal(['unit']);
      expect(checkRun('<script>')).to.deep.equal(['date', 'during']);
      expect(checkRun(null)).to.deep.equal(['date', 'during']);
    });

    it('sorts runs oldest first with one run per date, rejecting the rest without losing them', () => {
      const bad = { date: 'x', during: 1 };
      const dup = { date: '2024-05-01', during: 9 };
      const { runs, rejected } = sortRuns([
        { date: '2024-05-03', during: 1 },
        { date: '2024-05-01', during: 2 },
        bad,
        dup,
      ]);
      expect(runs.map((r) => r.date)).to.deep.equal(['2024-05-01', '2024-05-03']);
      expect(runs[0].during).to.equal(2);
      expect(rejected).to.deep.equal([bad, dup]);
    });

    it('merges by date, keeping the run already in the log', () => {
      const mine: KneeRun[] = [{ date: '2024-05-01', during: 2 }];
      const merged = mergeRuns(mine, [
        { date: '2024-05-01', during: 7 },
        { date: '2024-04-30', during: 1 },
      ]);
      expect(merged).to.deep.equal({
        runs: [
          { date: '2024-04-30', during: 1 },
          { date: '2024-05-01', during: 2 },
        ],
        added: 1,
        kept: 1,
      });
    });
  });

  describe('follow-up questions', () => {
    const runs: KneeRun[] = [
      { date: '2024-05-01', during: 1 },
      { date: '2024-05-02', during: 1 },
      { date: '2024-05-07', during: 2, dayAfter: 2 },
      { date: '2024-05-09', during: 3 },
      { date: '2024-05-10', during: 4 },
    ];
    const asked = (today: string) => followUps(runs, today).map((q) => `${q.run.date} ${q.field} ${q.days}`);

    it('asks nothing on the day of a run, the day after from the next day, two days after from the day after that', () => {
      expect(asked('2024-05-10')).to.deep.equal(['2024-05-07 twoDaysAfter 3', '2024-05-09 dayAfter 1']);
      expect(asked('2024-05-11')).to.deep.equal([
        '2024-05-07 twoDaysAfter 4',
        '2024-05-09 dayAfter 2',
        '2024-05-09 twoDaysAfter 2',
        '2024-05-10 dayAfter 1',
      ]);
    });

    it('keeps asking for up to 7 days after a run, then stops', () => {
      expect(asked('2024-05-08')).to.deep.equal([
        '2024-05-01 dayAfter 7',
        '2024-05-01 twoDaysAfter 7',
        '2024-05-02 dayAfter 6',
        '2024-05-02 twoDaysAfter 6',
      ]);
      expect(asked('2024-05-09')).to.deep.equal([
        '2024-05-02 dayAfter 7',
        '2024-05-02 twoDaysAfter 7',
        '2024-05-07 twoDaysAfter 2',
      ]);
      expect(asked('2024-05-18')).to.deep.equal([]);
    });
  });

  describe('CSV', () => {
    const log: KneeRun[] = [
      {
        date: '2024-05-01',
        during: 2,
        dayAfter: 1,
        twoDaysAfter: 0,
        distance: 5.2,
        unit: 'km',
        duration: 35,
        note: '=HYPERLINK("http://x.example","click")',
      },
      { date: '2024-05-03', during: 4, distance: 3.1, unit: 'mi', note: 'hilly, "steep"\nand wet' },
      { date: '2024-05-04', during: 0 },
    ];

    it('writes RFC 4180 with CRLF, doubled quotes and a spreadsheet-safe note', () => {
      expect(toCsv(log)).to.equal(
        '\ufeffdate,distance,unit,duration_min,during,day_after,two_days_after,note\r\n' +
          `2024-05-01,5.2,km,35,2,1,0,"'=HYPERLINK(""http://x.example"",""click"")"\r\n` +
          '2024-05-03,3.1,mi,,4,,,"hilly, ""steep""\nand wet"\r\n' +
          '2024-05-04,,,,0,,,\r\n',
      );
    });

    it('makes every formula start safe and gives back exactly the note written', () => {
      for (const note of [
        '=1+1',
        '+44 20',
        '-3 km',
        '@SUM(A1)',
        '\tx',
        "'=x",
        "''+x",
        "'plain",
        'plain',
        "it's fine",
      ]) {
        expect(/^[=+\-@\t\r]/.test(safeNote(note)), note).to.be.false;
        expect(unsafeNote(safeNote(note)), note).to.equal(note);
      }
    });

    it('reads back exactly what it wrote', () => {
      const read = readCsv(toCsv(log), '2024-05-10');
      expect(read).to.deep.equal({ runs: log, problems: [] });
    });

    it('parses quoted fields with commas, quotes and line breaks; LF or CR line ends; skips blank lines', () => {
      expect(parseCsv('a,"b,c","d""e"\n\n"f\r\ng",h\rlast,')).to.deep.equal([
        ['a', 'b,c', 'd"e'],
        ['f\r\ng', 'h'],
        ['last', ''],
      ]);
      expect(parseCsv('')).to.deep.equal([]);
    });

    it('finds columns by name, and names each row it cannot read with its problems', () => {
      const text = 'during,date,note\n3,2024-05-01,ok\n11,2024-05-02,\nabc,2024-13-01,\n2,2099-01-01,\n';
      const read = readCsv(text, '2024-05-10');
      expect(read.runs).to.deep.equal([{ date: '2024-05-01', during: 3, note: 'ok' }]);
      expect(read.problems).to.deep.equal([
        { row: 3, problems: ['during'] },
        { row: 4, problems: ['date', 'during'] },
        { row: 5, problems: ['future'] },
      ]);
      expect(readCsv('name,age\nx,3\n', '2024-05-10').notCsv).to.be.true;
      expect(readCsv('', '2024-05-10').notCsv).to.be.true;
    });
  });

  describe('pattern and chart', () => {
    it('says the pattern in plain words, for one rated run as for several', () => {
      expect(runLogStrings.patternDayAfter(1, 1)).to.equal(
        'The day after, your knee felt the same as or better than during the run after 1 of the 1 run you rated the day after.',
      );
      expect(runLogStrings.patternDayAfter(5, 4)).to.equal(
        'The day after, your knee felt the same as or better than during the run after 4 of the last 5 runs you rated the day after.',
      );
    });

    it('counts, over the last 5 rated runs, the day after rated the same as or lower than during', () => {
      const runs: KneeRun[] = [
        { date: '2024-04-01', during: 1, dayAfter: 9 },
        { date: '2024-04-02', during: 3, dayAfter: 3, twoDaysAfter: 5 },
        { date: '2024-04-03', during: 3, dayAfter: 4 },
        { date: '2024-04-04', during: 3 },
        { date: '2024-04-05', during: 5, dayAfter: 2 },
        { date: '2024-04-06', during: 2, dayAfter: 1, twoDaysAfter: 2 },
        { date: '2024-04-07', during: 2, dayAfter: 2 },
      ];
      expect(sameOrBetter(runs, 'dayAfter')).to.deep.equal([4, 5]);
      expect(sameOrBetter(runs, 'twoDaysAfter')).to.deep.equal([1, 2]);
      expect(sameOrBetter([], 'dayAfter')).to.deep.equal([0, 0]);
    });

    it('draws one bar per rating given, its height proportional to the rating', () => {
      const b = bars([
        { date: '2024-04-01', during: 10, dayAfter: 0 },
        { date: '2024-04-02', during: 5, twoDaysAfter: 2 },
      ]);
      expect(b.map((x) => [x.field, x.value])).to.deep.equal([
        ['during', 10],
        ['dayAfter', 0],
        ['during', 5],
        ['twoDaysAfter', 2],
      ]);
      const full = PLOT.bottom - PLOT.top;
      b.forEach((x) => {
        expect(x.height).to.be.closeTo(Math.max((full * x.value) / 10, MIN_HEIGHT), 1e-9);
        expect(x.y + x.height).to.be.closeTo(yOf(0), 1e-9);
        expect(x.x).to.be.within(PLOT.left, 100);
      });
      expect(b[1].height, 'a 0 still shows').to.equal(MIN_HEIGHT);
      expect(b[2].x).to.be.closeTo(b[0].x + (100 - PLOT.left) / CHART_RUNS, 1e-9);
    });
  });
});
