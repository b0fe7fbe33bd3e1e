import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifestJson from '../custom-elements.json';
import { BUILT_IN_LOCALES } from '../src/internal/locale.js';
import '../src/register.js';

/**
 * The docs tables list the public API, as docs/reference.md does: the manifest keeps no `#private` or
 * protected member already; static fields (each element's `parts` list, Lit's `shadowRootOptions`) are not
 * attributes or properties of an element on the page either.
 */
interface Member {
  static?: boolean;
}
interface Manifest {
  modules: { declarations?: { members?: Member[] }[] }[];
}
// Typed here, not from the file: custom-elements.json is generated (by `npm test`, `npm start`), so a fresh
// clone lints before it exists.
const manifest = manifestJson as unknown as Manifest;
const publicApi = {
  ...manifest,
  modules: manifest.modules.map((mod) => ({
    ...mod,
    declarations: mod.declarations?.map((d) => (d.members ? { ...d, members: d.members.filter((m) => !m.static) } : d)),
  })),
};
setCustomElementsManifest(publicApi);

const languageName = (lang: string) => {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
};

/** What each "Page colours" choice declares on the story root (the first declares nothing, as most pages). */
const SCHEMES: Record<string, string> = {
  'page-light': '',
  'page-light-dark': 'color-scheme: light dark; ',
  'page-dark': 'color-scheme: dark; ',
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
    // `theme="auto"` follows the page: what the page around the story declares (`color-scheme` on the story
    // root, whose background follows it). The smoke test's dark pass uses `page-light-dark` with a dark system.
    scheme: {
      description: "The page's colour scheme (color-scheme on the story root)",
      toolbar: {
        title: 'Page colours',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'page-light', title: 'Page declares nothing (light)' },
          { value: 'page-light-dark', title: 'Page supports light and dark (follows the system)' },
          { value: 'page-dark', title: 'Dark page' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr', scheme: 'page-light' },
  decorators: [
    (story, { globals }) =>
      html`<div
        data-story-root
        lang=${globals.locale ?? 'en'}
        dir=${globals.direction ?? 'ltr'}
        style=${`${SCHEMES[globals.scheme as string] ?? ''}background: Canvas; color: CanvasText`}
      >
        ${story()}
      </div>`,
  ],
};

export default preview;
