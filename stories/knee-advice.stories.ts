import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { defaultContent, type ArticleContent } from '../src/index.js';
import { clinicBranding, darkPage, narrow, oneBrandColour } from './shared.js';

interface Args {
  'heading-level'?: number;
  sections?: string;
  theme?: 'auto' | 'light' | 'dark';
  'content-src'?: string;
  content?: ArticleContent;
}

const meta: Meta<Args> = {
  title: 'Elements/knee-advice',
  component: 'knee-advice',
  render: (args) => html`<knee-advice
    heading-level=${args['heading-level'] ?? nothing}
    sections=${args.sections ?? nothing}
    theme=${args.theme ?? nothing}
    content-src=${args['content-src'] ?? nothing}
    .content=${args.content ?? defaultContent}
  ></knee-advice>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The whole article, as a clinic gets it with one tag. */
export const WholeArticle: Story = {};

/** Only some parts, always shown in article order. */
export const SectionsSubset: Story = { args: { sections: 'adjust flare-up' } };

/** Under a page heading: the title is an `<h3>` and the sections `<h4>`. */
export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };

export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };

/** A 320 px phone or a narrow sidebar. */
export const Narrow320: Story = { decorators: [narrow] };

/**
 * A clinic's colours, corners and font through `--knee-*` custom properties. A brand with its own light
 * surface sets `theme="light"` (or its own `--knee-text`), so text never turns light on it in dark mode.
 */
export const ClinicBranding: Story = { args: { theme: 'light' }, decorators: [clinicBranding] };

/**
 * Only `--knee-accent: #6b2c91` and `--knee-callout-surface: #f3e8fa`: links, buttons and the callout stay
 * readable in light and in dark (switch "Page colours" to a dark page), the elements deriving each scheme's
 * shade from the one colour.
 */
export const OneBrandColour: Story = { decorators: [oneBrandColour] };

/** The clinic's own content before and after the article. */
export const WithClinicSlots: Story = {
  render: () => html`<knee-advice>
    <p slot="before">Shared by the physiotherapy team at your clinic.</p>
    <p slot="after">Questions? Call the clinic on 0000 000 000 or <a href="#book">book an appointment</a>.</p>
  </knee-advice>`,
};

/** The `content` property replaced by a host page: here only the title is the clinic's own. */
export const ContentOverride: Story = {
  args: { content: { ...defaultContent, title: 'Running with knee pain: reading from your physiotherapy team' } },
};

/**
 * For clinics: a complete clinic's edition, as its content governance asks for it. The content names who
 * adapted the words (every credit then reads "By Nicola Tik, adapted by …"), when it was published and
 * reviewed, when the next review is due, who publishes it and the sources it rests on; the clinic's own
 * words stand in the `safety-net` slot inside "During a flare-up". The notice ends the article. The next
 * review is far ahead, so the story never warns that it is overdue.
 */
export const ForClinics: Story = {
  render: () => html`<knee-advice
    structured-data
    .content=${
      {
        ...defaultContent,
        adaptedBy: 'Northside Physiotherapy',
        published: '2026-11-01',
        reviewed: '2027-03-15',
        nextReview: '2099-03-15',
        publisher: { name: 'Northside Physiotherapy', url: 'https://northside-physio.example/' },
        sources: [
          {
            title: 'The clinic’s reading list on knee pain in runners',
            url: 'https://northside-physio.example/reading',
          },
        ],
      } satisfies ArticleContent
    }
  >
    <p slot="safety-net">
      <strong>Northside Physiotherapy:</strong> if you are unsure about your knee, call us on 0000 000 000 (Monday to
      Friday, 8 am to 6 pm).
    </p>
  </knee-advice>`,
};
