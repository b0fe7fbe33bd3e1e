import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { KneeRun } from '../src/index.js';
import { darkPage, narrow } from './shared.js';

interface Args {
  'heading-level'?: number;
  units?: 'km' | 'mi';
  'pain-limit'?: number;
  'pain-limit-label'?: string;
  persist?: boolean;
  'storage-key'?: string;
  theme?: 'auto' | 'light' | 'dark';
  runs?: KneeRun[];
}

/**
 * The stories' clock: "today" is always Monday 16 June 2025 (local time), so that the dates they show,
 * and their pictures in tests/visual/, do not change by the day. A page leaves `now` alone.
 */
const now = () => new Date(2025, 5, 16, 12);

/** `YYYY-MM-DD` of the day `n` days before the stories' today, in local time. */
const daysAgo = (n: number) => {
  const d = now();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A month of runs every other day, with the day-after and two-days-after ratings given. */
const month: KneeRun[] = Array.from({ length: 15 }, (_, i) => {
  const ago = 30 - i * 2;
  const during = [2, 3, 2, 4, 3, 5, 3, 2, 4, 3, 2, 3, 1, 2, 2][i];
  const run: KneeRun = {
    date: daysAgo(ago),
    during,
    distance: [5, 6.5, 5, 8, 5, 10, 6][i % 7],
    unit: 'km',
    duration: [32, 41, 30, 52, 31, 64, 40][i % 7],
  };
  if (ago >= 1) run.dayAfter = Math.max(0, during + [-1, 0, 1, 2, 0, 3, -1][i % 7]);
  if (ago >= 2) run.twoDaysAfter = Math.max(0, during + [-1, -1, 0, 1, -1, 2, -2][i % 7]);
  if (i === 5) run.note = 'hilly route';
  if (i === 9) run.note = 'intervals, 6 × 400 m';
  return run;
});

const meta: Meta<Args> = {
  title: 'Elements/knee-run-log',
  component: 'knee-run-log',
  // Runs are handed in through the `runs` property: nothing is written to storage unless `persist` is on.
  render: (args) => html`<knee-run-log
    heading-level=${args['heading-level'] ?? nothing}
    units=${args.units ?? nothing}
    pain-limit=${args['pain-limit'] ?? nothing}
    pain-limit-label=${args['pain-limit-label'] ?? nothing}
    ?persist=${args.persist}
    storage-key=${args['storage-key'] ?? nothing}
    theme=${args.theme ?? nothing}
    .runs=${args.runs ?? []}
    .now=${now}
  ></knee-run-log>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing logged yet; nothing is stored. */
export const Empty: Story = {};

/** One run yesterday: its day-after question waits at the top. */
export const DayAfterPending: Story = {
  args: { runs: [{ date: daysAgo(1), during: 3, distance: 5, unit: 'km', duration: 31 }] },
};

/** A month of runs: chart of the last 10, the pattern in words, the table paged. */
export const AMonthOfRuns: Story = { args: { runs: month } };

/** The clinic draws its own line and puts its own guidance in the `guidance` slot; the log itself advises nothing. */
export const WithClinicLimit: Story = {
  args: { runs: month, 'pain-limit': 4, 'pain-limit-label': 'Tell us if it goes above 4' },
  render: (args) => html`<knee-run-log
    pain-limit=${args['pain-limit']!}
    pain-limit-label=${args['pain-limit-label']!}
    .runs=${args.runs!}
    .now=${now}
  >
    <p slot="guidance">Bring this log to your next appointment, or send us the CSV file.</p>
  </knee-run-log>`,
};

/** Distances in miles. */
export const Miles: Story = {
  args: { units: 'mi', runs: [{ date: daysAgo(2), during: 2, dayAfter: 2, distance: 3.1, unit: 'mi' }] },
};

export const Dark: Story = { args: { theme: 'dark', runs: month, 'pain-limit': 4 }, decorators: [darkPage] };

export const Narrow320: Story = { args: { runs: month }, decorators: [narrow] };

/** Runs are remembered on this device: log one, reload the story, and it is still there. */
export const Persisted: Story = { args: { persist: true, 'storage-key': 'storybook' } };

/** Inside the whole article, right after the flare-up card (opt-in with `log`). */
export const InsideKneeAdvice: Story = {
  render: () => html`<knee-advice log sections="flare-up"></knee-advice>`,
  // The log inside the article keeps the stories' clock too.
  play: async ({ canvasElement }) => {
    const advice = canvasElement.querySelector('knee-advice')!;
    await advice.updateComplete;
    await customElements.whenDefined('knee-run-log');
    const log = advice.shadowRoot!.querySelector('knee-run-log')!;
    log.now = now;
    await log.updateComplete;
  },
};
