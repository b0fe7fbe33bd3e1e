/**
 * `<snippet-builder>`: the editor's snippet builder. The same element is a Storybook docs page
 * ("Editors/Snippet builder") and `builder.html` in the release folder (scripts/release.mjs builds it with
 * every element inside, so it opens with a double click).
 *
 * The editor chooses the build, the folder's address, the sections, heading level, language, theme,
 * colours, video files, `persist` and the run log; sees the article live; copies a snippet; and reads, in
 * words, which colour pair falls below WCAG AA (4.5:1) in light or dark mode and what to change. Every
 * value the editor types is rendered as text or bound as an attribute; nothing is parsed as markup.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { ADVICE_PARTS, BUILT_IN_LOCALES, defaultContent, type AdvicePart } from '../../src/index.js';
import { AA, hex, luminance, painted, passingShade, ratio, type Rgb } from './contrast.js';
import {
  attributes,
  BUILDS,
  COLOURS,
  initialChoices,
  isColour,
  snippet,
  tokens,
  type Build,
  type Choices,
  type ColourName,
  type Release,
} from './snippet.js';

type Scheme = 'light' | 'dark';

/**
 * The text/background pairs checked, by the private tokens every element uses (src/internal/styles.ts), and
 * the colours an editor can change to fix each: the text's (`fg`) or the background's (`bg`).
 */
const PAIRS: { label: string; fg: string; bg: string; change: [ColourName, 'fg' | 'bg'][] }[] = [
  {
    label: 'links and buttons (accent on the background)',
    fg: '--_accent',
    bg: '--_surface',
    change: [
      ['accent', 'fg'],
      ['surface', 'bg'],
    ],
  },
  { label: 'a pressed button (text on the accent)', fg: '--_on-accent', bg: '--_accent', change: [['accent', 'bg']] },
  {
    label: 'body text on the background',
    fg: '--_text',
    bg: '--_surface',
    change: [
      ['text', 'fg'],
      ['surface', 'bg'],
    ],
  },
  {
    label: 'secondary text (the byline, hints) on the background',
    fg: '--_muted',
    bg: '--_surface',
    change: [['surface', 'bg']],
  },
  {
    label: 'text in the callout ("During a flare-up")',
    fg: '--_text',
    bg: '--_callout',
    change: [
      ['callout', 'bg'],
      ['text', 'fg'],
    ],
  },
];

const COLOUR_LABELS: Record<ColourName, string> = {
  accent: 'Accent colour (links, buttons, the callout edge)',
  callout: 'Callout background ("During a flare-up")',
  surface: 'Background of the article',
  text: 'Text colour',
};
const COLOUR_NAMES: Record<ColourName, string> = {
  accent: 'the accent colour',
  callout: 'the callout background',
  surface: 'the background',
  text: 'the text colour',
};

interface PairResult {
  scheme: Scheme;
  label: string;
  fg: Rgb;
  bg: Rgb;
  ratio: number;
  advice?: string;
}

const SECTION_LABELS: Record<AdvicePart, string> = {
  ...(Object.fromEntries(defaultContent.sections.map((s) => [s.id, s.heading])) as Record<AdvicePart, string>),
  exercise: `${defaultContent.exercise.label} (the paragraph, and the video if you give one)`,
  checklist: `${defaultContent.checklist.heading} (the checklist)`,
};

const languageName = (lang: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;

const SAMPLE = {
  videoSrc: 'sample/sample.mp4',
  videoPoster: 'sample/poster.jpg',
  videoCaptions: 'sample/captions.vtt',
  videoChapters: 'sample/chapters.vtt',
};

export class SnippetBuilder extends LitElement {
  static properties = {
    release: { attribute: false },
    choices: { state: true },
    previewScheme: { state: true },
    results: { state: true },
    notes: { state: true },
    copied: { state: true },
  };

  /** The version and the integrity values of the release folder (none in Storybook). */
  declare release: Release;
  declare choices: Choices;
  declare previewScheme: Scheme;
  declare results: PairResult[];
  declare notes: string[];
  declare copied: string;

  constructor() {
    super();
    this.release = { version: '', integrity: {} };
    this.choices = initialChoices('');
    this.previewScheme = 'light';
    this.results = [];
    this.notes = [];
    this.copied = '';
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    // the folder's default address names the release's version
    if (changed.has('release') && this.choices.folder === initialChoices('').folder)
      this.choices = { ...this.choices, folder: initialChoices(this.release.version).folder };
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('choices')) void this.#measure();
  }

  #set(patch: Partial<Choices>) {
    this.choices = { ...this.choices, ...patch };
    this.copied = '';
  }

  #setColour(name: ColourName, which: 'light' | 'dark', value: string) {
    this.#set({ colours: { ...this.choices.colours, [name]: { ...this.choices.colours[name], [which]: value } } });
  }

  #toggleSection(part: AdvicePart, on: boolean) {
    const chosen = new Set(this.choices.sections);
    if (on) chosen.add(part);
    else chosen.delete(part);
    this.#set({ sections: ADVICE_PARTS.filter((p) => chosen.has(p)) });
  }

  /** The schemes the chosen theme can show. */
  get #schemes(): Scheme[] {
    return this.choices.theme === 'auto' ? ['light', 'dark'] : [this.choices.theme];
  }

  /** Reads every pair as the elements resolve it, on the hidden probes (one per scheme), in words. */
  async #measure() {
    const results: PairResult[] = [];
    const notes: string[] = [];
    for (const scheme of this.#schemes) {
      const probe = this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
        `.probes knee-advice-card[theme=${scheme}]`,
      );
      if (!probe?.shadowRoot) continue;
      await probe.updateComplete;
      const span = document.createElement('span');
      probe.shadowRoot.append(span);
      const read = (token: string): Rgb => {
        span.style.color = `var(${token})`;
        return painted(getComputedStyle(span).color);
      };
      for (const pair of PAIRS) {
        const fg = read(pair.fg);
        const bg = read(pair.bg);
        const r = ratio(fg, bg);
        results.push({
          scheme,
          label: pair.label,
          fg,
          bg,
          ratio: r,
          advice: r < AA ? this.#advice(scheme, pair.change, fg, bg) : undefined,
        });
      }
      // say when the elements changed a colour to keep it readable
      for (const name of ['accent', 'callout'] as const) {
        const set = this.#entered(name, scheme);
        if (!set) continue;
        const entered = painted(set);
        const shown = read(name === 'accent' ? '--_accent' : '--_callout');
        if (entered.some((v, i) => Math.abs(v - shown[i]) > 2))
          notes.push(
            `In ${scheme} mode, ${COLOUR_NAMES[name]} ${set} shows as ${hex(shown)} (${luminance(shown) < luminance(entered) ? 'darker' : 'lighter'}) so that text stays readable. To choose the exact shade, give ${COLOUR_NAMES[name]} a colour for ${scheme} mode.`,
          );
      }
      span.remove();
    }
    this.results = results;
    this.notes = notes;
  }

  /** The colour the editor set for `name` in `scheme` (its dark value, else its value), or ''. */
  #entered(name: ColourName, scheme: Scheme): string {
    const { light, dark } = this.choices.colours[name];
    const pick = scheme === 'dark' && isColour(dark.trim()) ? dark : light;
    return isColour(pick.trim()) ? pick.trim() : '';
  }

  #advice(scheme: Scheme, change: [ColourName, 'fg' | 'bg'][], fg: Rgb, bg: Rgb): string {
    const found = change.find(([n]) => this.#entered(n, scheme));
    if (!found) return 'This browser cannot derive the shade itself: set exact colours for this mode.';
    const [name, role] = found;
    const field =
      scheme === 'dark' && !isColour(this.choices.colours[name].dark.trim())
        ? `give ${COLOUR_NAMES[name]} a colour for dark mode`
        : `change ${COLOUR_NAMES[name]}${scheme === 'dark' ? ' for dark mode' : ''}`;
    const shade = role === 'fg' ? passingShade(fg, bg) : passingShade(bg, fg);
    return shade
      ? `To fix it, ${field}: a ${shade.darker ? 'darker' : 'lighter'} one such as ${hex(shade.rgb)} passes.`
      : `To fix it, ${field}.`;
  }

  async #copy() {
    const text = snippet(this.choices, this.release);
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet')!;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      box.select();
      document.execCommand('copy');
    }
    this.copied = 'Copied. Paste it into your page where the article should appear.';
  }

  render() {
    const c = this.choices;
    const failures = this.results.filter((r) => r.advice);
    const colours = tokens(c.colours);
    const given = Object.fromEntries(attributes(c));
    /** An attribute's value for the preview, or nothing when the snippet leaves it out. */
    const attr = (name: string) => (typeof given[name] === 'string' ? given[name] : nothing);
    const probeStyle = styleMap(colours);
    return html`
      <div class="builder">
        <form class="choices" @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>Files</legend>
            ${BUILDS.map(
              (build) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="build"
                    .value=${build}
                    .checked=${c.build === build}
                    @change=${() => this.#set({ build: build as Build })}
                  />
                  ${
                    build === 'knee-advice.js'
                      ? 'knee-advice.js: loads the video player, the run log and other languages from the folder only when a page uses them (recommended)'
                      : 'knee-advice.all.js: everything in one file, for sites that require an integrity value on every script'
                  }</label
                >`,
            )}
            <label for="folder">Address of the folder on your site</label>
            <input
              id="folder"
              type="text"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="folder-hint"
              .value=${c.folder}
              @input=${(e: Event) => this.#set({ folder: (e.target as HTMLInputElement).value })}
            />
            <p class="hint" id="folder-hint">
              Where you uploaded the folder, for example /knee-advice-${this.release.version || '0.0.0'}/ (keep the
              version in the name; do not add ?v=…).
            </p>
          </fieldset>

          <fieldset>
            <legend>Sections</legend>
            ${ADVICE_PARTS.map(
              (part) =>
                html`<label class="choice"
                  ><input
                    type="checkbox"
                    name="section"
                    .value=${part}
                    .checked=${c.sections.includes(part)}
                    @change=${(e: Event) => this.#toggleSection(part, (e.target as HTMLInputElement).checked)}
                  />
                  ${SECTION_LABELS[part]}</label
                >`,
            )}
            ${c.sections.length ? nothing : html`<p class="hint">With none ticked, the whole article shows.</p>`}
          </fieldset>

          <fieldset>
            <legend>Headings and language</legend>
            <label for="heading-level">Level of the article's title</label>
            <select
              id="heading-level"
              aria-describedby="heading-hint"
              @change=${(e: Event) => this.#set({ headingLevel: Number((e.target as HTMLSelectElement).value) })}
            >
              ${[1, 2, 3, 4, 5, 6].map(
                (n) =>
                  html`<option .value=${String(n)} ?selected=${c.headingLevel === n}>Heading ${n} (h${n})</option>`,
              )}
            </select>
            <p class="hint" id="heading-hint">
              One below the heading above it on your page; the sections use the next level.
            </p>
            <label for="lang">Language of the buttons and messages</label>
            <select id="lang" @change=${(e: Event) => this.#set({ lang: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!c.lang}>The language of your page</option>
              ${BUILT_IN_LOCALES.map(
                (lang) =>
                  html`<option .value=${lang} ?selected=${c.lang === lang}>${languageName(lang)} (${lang})</option>`,
              )}
            </select>
          </fieldset>

          <fieldset>
            <legend>Colours</legend>
            ${(['auto', 'light', 'dark'] as const).map(
              (theme) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="theme"
                    .value=${theme}
                    .checked=${c.theme === theme}
                    @change=${() => this.#set({ theme })}
                  />
                  ${
                    theme === 'auto'
                      ? 'Follow the page: dark only when your page supports dark mode and the visitor uses it'
                      : theme === 'light'
                        ? 'Always light'
                        : 'Always dark'
                  }</label
                >`,
            )}
            <p class="hint">
              Leave a colour empty to keep the built-in one. One accent colour is enough: the article derives a
              readable shade for dark mode itself. Colours are written as on your site, for example #6b2c91.
            </p>
            ${(Object.keys(COLOURS) as ColourName[]).map((name) => this.#colourFields(name))}
          </fieldset>

          <fieldset>
            <legend>Video</legend>
            ${(
              [
                ['videoSrc', 'Video file (MP4 or WebM)'],
                ['videoPoster', 'Poster image (shown before play)'],
                ['videoCaptions', 'Captions file (WebVTT; also the transcript)'],
                ['videoChapters', 'Chapters file (WebVTT; one cue per step, its text the step title)'],
              ] as const
            ).map(
              ([key, label]) =>
                html`<label for=${key}>${label}</label
                  ><input
                    id=${key}
                    type="text"
                    inputmode="url"
                    autocomplete="off"
                    spellcheck="false"
                    .value=${c[key]}
                    @input=${(e: Event) => this.#set({ [key]: (e.target as HTMLInputElement).value })}
                  />`,
            )}
            <button type="button" class="sample" @click=${() => this.#set(SAMPLE)}>Use the sample clip from the folder</button>
          </fieldset>

          <fieldset>
            <legend>On the patient's device</legend>
            <label class="choice"
              ><input
                type="checkbox"
                name="persist"
                .checked=${c.persist}
                @change=${(e: Event) => this.#set({ persist: (e.target as HTMLInputElement).checked })}
              />
              Remember the ticked checklist items (and the video position, and the run log) on the patient's device</label
            >
            <p class="hint">
              Off: nothing is stored anywhere. On: kept in this browser only (localStorage), never sent to anyone.
            </p>
            <label class="choice"
              ><input
                type="checkbox"
                name="log"
                .checked=${c.log}
                @change=${(e: Event) => this.#set({ log: (e.target as HTMLInputElement).checked })}
              />
              Add the run log (how the knee felt during and after each run), after the flare-up card</label
            >
          </fieldset>
        </form>

        <div class="results">
          <section aria-labelledby="contrast-heading">
            <h2 id="contrast-heading">Colour contrast</h2>
            <p role="status" class="summary ${failures.length ? 'fail' : 'pass'}">
              ${
                !this.results.length
                  ? 'Checking the colours…'
                  : failures.length
                    ? `${failures.length} of ${this.results.length} colour pairs fail WCAG AA (at least 4.5:1): see below.`
                    : `All ${this.results.length} colour pairs pass WCAG AA (at least 4.5:1) in ${this.#schemes.join(' and ')} mode.`
              }
            </p>
            ${failures.length ? html`<ul class="pairs">${failures.map((r) => this.#pair(r))}</ul>` : nothing}
            <details>
              <summary>Every pair checked (${this.results.length})</summary>
              <ul class="pairs">
                ${this.results.map((r) => this.#pair(r))}
              </ul>
            </details>
            ${this.notes.map((n) => html`<p class="note">${n}</p>`)}
          </section>

          <section aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">Your snippet</h2>
            <label for="snippet">Paste this where the article should appear on your page</label>
            <textarea id="snippet" readonly rows="12" spellcheck="false" .value=${snippet(c, this.release)}></textarea>
            <button type="button" class="copy" @click=${() => this.#copy()}>Copy snippet</button>
            <p role="status" class="copied">${this.copied}</p>
            <p class="hint">
              ${
                this.release.integrity[c.build]
                  ? c.build === 'knee-advice.js'
                    ? 'The integrity value pins knee-advice.js; the files it loads from the folder are listed with theirs in integrity.txt. If your site requires an integrity value on every script, choose knee-advice.all.js.'
                    : 'The integrity value pins the one file: the browser refuses any other file at that address.'
                  : 'The integrity value of each file is in integrity.txt in the release folder (builder.html in that folder fills it in).'
              }
            </p>
          </section>

          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview</h2>
            <fieldset class="inline">
              <legend>Show it on</legend>
              ${(['light', 'dark'] as const).map(
                (scheme) =>
                  html`<label class="choice"
                    ><input
                      type="radio"
                      name="preview-scheme"
                      .value=${scheme}
                      .checked=${this.previewScheme === scheme}
                      @change=${() => (this.previewScheme = scheme)}
                    />
                    a ${scheme} page${scheme === 'dark' ? ' (that supports dark mode, visitor in dark mode)' : ''}</label
                  >`,
              )}
            </fieldset>
            <div class="preview" style=${styleMap({ ...colours, colorScheme: this.previewScheme })}>
              <knee-advice
                sections=${attr('sections')}
                heading-level=${attr('heading-level')}
                theme=${attr('theme')}
                lang=${attr('lang')}
                ?persist=${c.persist}
                ?log=${c.log}
                video-src=${attr('video-src')}
                video-poster=${attr('video-poster')}
                video-captions=${attr('video-captions')}
                video-chapters=${attr('video-chapters')}
              ></knee-advice>
            </div>
          </section>
        </div>
        <div class="probes" hidden style=${probeStyle}>
          <knee-advice-card section="flare-up" theme="light"></knee-advice-card>
          <knee-advice-card section="flare-up" theme="dark"></knee-advice-card>
        </div>
      </div>
    `;
  }

  #pair(r: PairResult) {
    return html`<li class=${r.advice ? 'fail' : 'pass'}>
      <span class="swatches" aria-hidden="true"
        ><span style=${styleMap({ background: hex(r.fg) })}></span
        ><span style=${styleMap({ background: hex(r.bg) })}></span
      ></span>
      <span
        >${r.advice ? 'Fails' : 'Passes'}: in ${r.scheme} mode, ${r.label}, ${hex(r.fg)} on ${hex(r.bg)}:
        ${r.ratio.toFixed(2)}:1.${r.advice ? ` ${r.advice}` : ''}</span
      >
    </li>`;
  }

  #colourFields(name: ColourName) {
    const { light, dark } = this.choices.colours[name];
    const field = (which: 'light' | 'dark', value: string, label: string) => {
      const id = `${name}-${which}`;
      const bad = value.trim() !== '' && !isColour(value.trim());
      return html`<div class="colour">
        <label for=${id}>${label}</label>
        <span class="swatch" aria-hidden="true" style=${styleMap({ background: bad || !value.trim() ? 'transparent' : value.trim() })}></span>
        <input
          id=${id}
          type="text"
          autocomplete="off"
          spellcheck="false"
          placeholder="built-in"
          aria-invalid=${bad ? 'true' : 'false'}
          aria-describedby=${bad ? `${id}-error` : nothing}
          .value=${value}
          @input=${(e: Event) => this.#setColour(name, which, (e.target as HTMLInputElement).value)}
        />
        ${bad ? html`<p class="error" id=${`${id}-error`}>Not a colour this browser reads: write it like #6b2c91.</p>` : nothing}
      </div>`;
    };
    return html`<div class="colour-pair">
      ${field('light', light, COLOUR_LABELS[name])}
      ${field('dark', dark, `${COLOUR_LABELS[name].replace(/ \(.*\)$/, '')} in dark mode (optional)`)}
    </div>`;
  }

  static styles = css`
    :host {
      display: block;
      container-type: inline-size;
      font: inherit;
      line-height: 1.5;
      color: CanvasText;
      background: Canvas;
    }
    .builder {
      display: grid;
      gap: 1.5em;
    }
    @container (min-width: 56em) {
      .builder {
        grid-template-columns: minmax(18em, 26em) minmax(0, 1fr);
        align-items: start;
      }
    }
    .results {
      display: grid;
      gap: 1.5em;
      min-width: 0;
    }
    fieldset {
      margin: 0 0 1em;
      padding: 0.75em 1em 1em;
      border: 1px solid GrayText;
      border-radius: 0.5em;
      min-width: 0;
    }
    fieldset.inline {
      margin-block-end: 0.75em;
    }
    legend {
      font-weight: 700;
      padding-inline: 0.25em;
    }
    label {
      display: block;
      margin-block: 0.5em 0.25em;
    }
    label.choice {
      display: flex;
      gap: 0.5em;
      align-items: flex-start;
      min-height: 44px;
      margin: 0;
    }
    label.choice input {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      margin-block-start: 0.15em;
    }
    input[type='text'],
    select,
    textarea {
      font: inherit;
      box-sizing: border-box;
      width: 100%;
      min-height: 44px;
      padding: 0.375em 0.5em;
      border: 2px solid GrayText;
      border-radius: 0.25em;
      background: Field;
      color: FieldText;
    }
    textarea {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.875em;
      white-space: pre;
      overflow: auto;
    }
    input[aria-invalid='true'] {
      border-color: light-dark(#b3261e, #ffb4ab);
    }
    button {
      font: inherit;
      min-height: 44px;
      margin-block-start: 0.5em;
      padding: 0.375em 1em;
      border: 2px solid ButtonText;
      border-radius: 0.375em;
      background: ButtonFace;
      color: ButtonText;
      font-weight: 600;
      cursor: pointer;
    }
    :focus-visible {
      outline: 3px solid light-dark(#b35c00, #ffbf47);
      outline-offset: 2px;
    }
    .hint,
    .note {
      margin: 0.25em 0 0.5em;
      font-size: 0.9375em;
    }
    .error {
      margin: 0.25em 0;
      color: light-dark(#b3261e, #ffb4ab);
    }
    h2 {
      margin: 0 0 0.5em;
      font-size: 1.25em;
    }
    .colour-pair {
      display: grid;
      gap: 0 1em;
      margin-block-end: 0.5em;
    }
    .colour {
      display: grid;
      grid-template-columns: 2.75em minmax(0, 1fr);
      gap: 0 0.5em;
      align-items: center;
    }
    .colour label,
    .colour .error {
      grid-column: 1 / -1;
    }
    .swatch {
      width: 2.75em;
      height: 2.75em;
      border: 1px solid GrayText;
      border-radius: 0.25em;
      background-image: linear-gradient(45deg, transparent 45%, GrayText 45% 55%, transparent 55%);
    }
    .summary {
      font-weight: 700;
      margin: 0 0 0.5em;
    }
    .pairs {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5em;
    }
    .pairs li {
      display: flex;
      gap: 0.75em;
      align-items: flex-start;
    }
    .pairs li.fail {
      font-weight: 600;
    }
    .swatches {
      display: flex;
      flex: none;
    }
    .swatches span {
      width: 1.5em;
      height: 1.5em;
      border: 1px solid GrayText;
    }
    details {
      margin-block: 0.5em;
    }
    summary {
      cursor: pointer;
      min-height: 44px;
      display: flex;
      align-items: center;
      width: fit-content;
    }
    .copied:empty {
      /* the live region stays in the page, empty, so "Copied" is announced when it appears */
      margin: 0;
    }
    .preview {
      padding: 1em;
      border: 1px dashed GrayText;
      border-radius: 0.5em;
      background: Canvas;
      color: CanvasText;
      min-width: 0;
    }
  `;
}

/**
 * Registers `<snippet-builder>` (a function, not a side effect of the import: package.json's `sideEffects`
 * lets bundlers drop imports of files it does not list).
 */
export function defineSnippetBuilder(): void {
  if (!customElements.get('snippet-builder')) customElements.define('snippet-builder', SnippetBuilder);
}

declare global {
  interface HTMLElementTagNameMap {
    'snippet-builder': SnippetBuilder;
  }
}
