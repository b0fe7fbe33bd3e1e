import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { VERSION } from '../src/index.js';
import { defineSnippetBuilder } from './builder/snippet-builder.js';

defineSnippetBuilder();

/**
 * The editor's snippet builder (stories/builder/): the same element is `builder.html` in the release folder,
 * where it also knows each file's integrity value.
 */
const meta: Meta = {
  title: 'Editors/Snippet builder',
  render: () => html`<snippet-builder .release=${{ version: VERSION, integrity: {} }}></snippet-builder>`,
};
export default meta;
type Story = StoryObj;

/** Choose sections, colours, language and video; the preview, the contrast check and the snippet follow. */
export const SnippetBuilder: Story = {};
