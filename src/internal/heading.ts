import { html, literal, type StaticValue } from 'lit/static-html.js';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A real `<h1>`…`<h6>` chosen at run time; `level` is already checked (1–6). */
export const heading = (level: number, id: string, part: string, content: unknown) => {
  const tag = TAGS[level - 1];
  return html`<${tag} id=${id} part=${part} class="heading">${content}</${tag}>`;
};
