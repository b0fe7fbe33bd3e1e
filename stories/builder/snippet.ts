/**
 * The snippet builder's output, as plain functions of what the editor chose: the attributes of the
 * `<knee-advice>` tag, the `--knee-*` colours, and the snippet's text. The builder shows the text as text
 * (a read-only text box) and renders its preview from the same attributes, never from markup.
 */
import { ADVICE_PARTS, type AdvicePart } from '../../src/index.js';

/** The two files a page can load by a script tag. */
export const BUILDS = ['knee-advice.js', 'knee-advice.all.js'] as const;
export type Build = (typeof BUILDS)[number];

/** The colours an editor can set: each a light value and, if wanted, an exact value for dark mode. */
export const COLOURS = {
  accent: '--knee-accent',
  callout: '--knee-callout-surface',
  surface: '--knee-surface',
  text: '--knee-text',
} as const;
export type ColourName = keyof typeof COLOURS;
export type Colours = Record<ColourName, { light: string; dark: string }>;

export interface Choices {
  build: Build;
  /** Address of the release folder on the clinic's site (or a CDN), ending in `/`. */
  folder: string;
  /** Parts of the article to show, in article order. */
  sections: AdvicePart[];
  headingLevel: number;
  theme: 'auto' | 'light' | 'dark';
  /** Interface language (`lang`); empty: the page's own. */
  lang: string;
  persist: boolean;
  log: boolean;
  videoSrc: string;
  videoPoster: string;
  videoCaptions: string;
  videoChapters: string;
  colours: Colours;
}

/** What the release folder knows about itself (builder.html carries it; Storybook has no integrity values). */
export interface Release {
  version: string;
  integrity: Partial<Record<Build, string>>;
}

export const initialChoices = (version: string): Choices => ({
  build: 'knee-advice.js',
  folder: `/knee-advice-${version}/`,
  sections: [...ADVICE_PARTS],
  headingLevel: 2,
  theme: 'auto',
  lang: '',
  persist: false,
  log: false,
  videoSrc: '',
  videoPoster: '',
  videoCaptions: '',
  videoChapters: '',
  colours: {
    accent: { light: '', dark: '' },
    callout: { light: '', dark: '' },
    surface: { light: '', dark: '' },
    text: { light: '', dark: '' },
  },
});

/**
 * Whether `value` is a colour a snippet may carry: a CSS colour the browser reads (hex, `rgb()`, a name …)
 * written only with characters a colour needs, so it can never close the `<style>` block it goes in.
 */
export const isColour = (value: string): boolean =>
  /^[#\w\s.,%()/+-]+$/.test(value) && typeof CSS !== 'undefined' && CSS.supports('color', value);

/** The `--knee-*` values of the chosen colours: a `light-dark()` pair when a dark value is given. */
export function tokens(colours: Colours): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, property] of Object.entries(COLOURS) as [ColourName, string][]) {
    const { light, dark } = colours[name];
    const l = isColour(light.trim()) ? light.trim() : '';
    const d = isColour(dark.trim()) ? dark.trim() : '';
    if (l && d) out[property] = `light-dark(${l}, ${d})`;
    else if (l) out[property] = l;
  }
  return out;
}

/** The `<knee-advice>` attributes for the choices, as the tag carries them (a default is left out). */
export function attributes(c: Choices): [string, string | true][] {
  const out: [string, string | true][] = [];
  const all = ADVICE_PARTS.every((p) => c.sections.includes(p));
  if (!all) out.push(['sections', ADVICE_PARTS.filter((p) => c.sections.includes(p)).join(' ')]);
  if (c.headingLevel !== 2) out.push(['heading-level', String(c.headingLevel)]);
  if (c.theme !== 'auto') out.push(['theme', c.theme]);
  if (c.lang) out.push(['lang', c.lang]);
  if (c.persist) out.push(['persist', true]);
  if (c.log) out.push(['log', true]);
  for (const [name, value] of [
    ['video-src', c.videoSrc],
    ['video-poster', c.videoPoster],
    ['video-captions', c.videoCaptions],
    ['video-chapters', c.videoChapters],
  ] as const)
    if (value.trim()) out.push([name, value.trim()]);
  return out;
}

/** Text as an HTML attribute value between double quotes. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The address of the chosen build in the folder. */
export const scriptUrl = (c: Choices): string => {
  const folder = c.folder.trim() || './';
  return `${folder}${folder.endsWith('/') ? '' : '/'}${c.build}`;
};

/** The snippet to paste: the script tag (with its integrity value when known), the colours, the element. */
export function snippet(c: Choices, release: Release): string {
  const integrity = release.integrity[c.build];
  const lines = [
    `<script type="module" src="${attr(scriptUrl(c))}"${integrity ? ` integrity="${attr(integrity)}" crossorigin="anonymous"` : ''}></script>`,
  ];
  const values = Object.entries(tokens(c.colours));
  if (values.length)
    lines.push('<style>', '  knee-advice {', ...values.map(([k, v]) => `    ${k}: ${v};`), '  }', '</style>');
  const attrs = attributes(c).map(([name, value]) => (value === true ? name : `${name}="${attr(value)}"`));
  const open =
    attrs.length > 2
      ? `<knee-advice\n  ${attrs.join('\n  ')}\n>`
      : `<knee-advice${attrs.map((a) => ` ${a}`).join('')}>`;
  lines.push(`${open}</knee-advice>`);
  return `${lines.join('\n')}\n`;
}
