import { html } from 'lit';

/**
 * A real `<h1>`…`<h6>` chosen at run time; `level` is already checked (1–6). One plain template per
 * level: lighter and quicker than `lit/static-html.js`, and each renders on the server as well.
 */
export const heading = (level: number, id: string, part: string, content: unknown) =>
  level === 1
    ? html`<h1 id=${id} part=${part} class="heading">${content}</h1>`
    : level === 2
      ? html`<h2 id=${id} part=${part} class="heading">${content}</h2>`
      : level === 3
        ? html`<h3 id=${id} part=${part} class="heading">${content}</h3>`
        : level === 4
          ? html`<h4 id=${id} part=${part} class="heading">${content}</h4>`
          : level === 5
            ? html`<h5 id=${id} part=${part} class="heading">${content}</h5>`
            : html`<h6 id=${id} part=${part} class="heading">${content}</h6>`;

/**
 * Article words in the content's language where it differs from the interface language
 * (`LocaleController.contentLang`), so a screen reader reads them in their own voice; as they are otherwise.
 */
export const inLang = (words: unknown, lang: string | undefined) =>
  lang ? html`<span lang=${lang}>${words}</span>` : words;
