import { html, type TemplateResult } from 'lit';

/** Story wrappers shared by every element's stories. */
export const narrow = (story: () => unknown): TemplateResult =>
  html`<div style="width: 320px; max-width: 100%">${story()}</div>`;

export const darkPage = (story: () => unknown): TemplateResult =>
  html`<div style="background: #0e1116; color: #eceff3; padding: 1rem; color-scheme: dark">${story()}</div>`;

export const clinicBranding = (story: () => unknown): TemplateResult =>
  html`<div
    style="--knee-accent: #6b2c91; --knee-on-accent: #ffffff; --knee-focus: #b35c00; --knee-surface: #fbf8fd; --knee-callout-surface: #f3eaf8; --knee-border: #8d7a99; --knee-radius: 0; --knee-font: Georgia, 'Times New Roman', serif"
  >
    ${story()}
  </div>`;

/** Only a clinic's brand colour and a callout tint: the elements derive what each scheme needs from them. */
export const oneBrandColour = (story: () => unknown): TemplateResult =>
  html`<div style="--knee-accent: #6b2c91; --knee-callout-surface: #f3e8fa">${story()}</div>`;
