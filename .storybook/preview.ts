import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { BUILT_IN_LOCALES } from '../src/internal/locale.js';
import '../src/register.js';

setCustomElementsManifest(manifest);

const languageName = (lang: string) => {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
};

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
        // Every built-in language (one file each in src/locales/), named in itself: "español", "Deutsch".
        items: BUILT_IN_LOCALES.map((lang) => ({ value: lang, title: languageName(lang) })),
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
