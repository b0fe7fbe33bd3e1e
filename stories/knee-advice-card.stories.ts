import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { darkPage, narrow } from './shared.js';

interface Args {
  section: 'why' | 'adjust' | 'strengthen' | 'flare-up';
  'heading-level'?: number;
  theme?: 'auto' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/knee-advice-card',
  component: 'knee-advice-card',
  args: { section: 'why' },
  argTypes: { section: { control: 'select', options: ['why', 'adjust', 'strengthen', 'flare-up'] } },
  render: (args) => html`<knee-advice-card
    section=${args.section}
    heading-level=${args['heading-level'] ?? nothing}
    theme=${args.theme ?? nothing}
  ></knee-advice-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Why: Story = { args: { section: 'why' } };
export const Adjust: Story = { args: { section: 'adjust' } };
/** Ends with the paragraph about the guided exercise video. */
export const Strengthen: Story = { args: { section: 'strengthen' } };
/** A callout: "Important:" is said in words for screen readers, not only shown in colour. */
export const FlareUp: Story = { args: { section: 'flare-up' } };
export const HeadingLevel3: Story = { args: { section: 'adjust', 'heading-level': 3 } };
export const Dark: Story = { args: { section: 'flare-up', theme: 'dark' }, decorators: [darkPage] };
export const Narrow320: Story = { args: { section: 'adjust' }, decorators: [narrow] };
