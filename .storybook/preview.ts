import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/register.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Fail the a11y panel (and the smoke test) on any violation, not just report it.
    a11y: { test: 'error' },
  },
  // Toolbar: the interface language and the reading direction, set on a wrapper the story renders in.
  globalTypes: {
    locale: {
      description: 'Interface language (lang on the story root)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'nl', title: 'Nederlands' },
        ],
      },
    },
    direction: {
      description: 'Reading direction (dir on the story root)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr' },
  decorators: [
    (story, { globals }) =>
      html`<div lang=${globals.locale ?? 'en'} dir=${globals.direction ?? 'ltr'}>${story()}</div>`,
  ],
};

export default preview;
