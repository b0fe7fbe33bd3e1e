import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { KneeFlareUpChecklist } from '../src/index.js';
import { darkPage, narrow } from './shared.js';

interface Args {
  'heading-level'?: number;
  persist?: boolean;
  'storage-key'?: string;
  theme?: 'auto' | 'light' | 'dark';
  checked?: string[];
}

const meta: Meta<Args> = {
  title: 'Elements/knee-flare-up-checklist',
  component: 'knee-flare-up-checklist',
  render: (args) => html`<knee-flare-up-checklist
    heading-level=${args['heading-level'] ?? nothing}
    ?persist=${args.persist}
    storage-key=${args['storage-key'] ?? nothing}
    theme=${args.theme ?? nothing}
    .checkedIds=${args.checked ?? []}
  ></knee-flare-up-checklist>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing is stored: ticks last until the page is left. */
export const Default: Story = {};

/** Ticks are remembered on this device: tick some, reload the story, and they are still there. */
export const Persisted: Story = { args: { persist: true, 'storage-key': 'storybook' } };

/** Two items ticked, as a host restoring from its own back end would set `checkedIds`. */
export const SomeTicked: Story = { args: { checked: ['shorter-easier-runs', 'easier-day-after-sore-run'] } };

export const Dark: Story = { args: { theme: 'dark', checked: ['hip-and-thigh-strength'] }, decorators: [darkPage] };

export const Narrow320: Story = { decorators: [narrow] };

/** Inside the whole article: after the four section cards, with `persist` passed down. */
export const InsideKneeAdvice: Story = {
  render: () => html`<knee-advice persist storage-key="storybook-article"></knee-advice>`,
};

/** Listening to `knee-checklist-change`: each change is written below the list. */
export const Events: Story = {
  render: () => {
    const log = (e: CustomEvent) => {
      const out = (e.target as KneeFlareUpChecklist).nextElementSibling!;
      out.textContent = `knee-checklist-change: ${JSON.stringify(e.detail)}`;
    };
    return html`<knee-flare-up-checklist @knee-checklist-change=${log}></knee-flare-up-checklist>
      <output>Tick a box to see the event's detail.</output>`;
  },
};
