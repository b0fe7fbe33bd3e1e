/**
 * builder.html's script (scripts/release.mjs bundles it into the page with every element, so the page opens
 * from the release folder with a double click): the builder, told the release's version and integrity values.
 */
import '../../src/register.js';
import { defineSnippetBuilder } from './snippet-builder.js';
import type { Release } from './snippet.js';

defineSnippetBuilder();

const data = document.getElementById('knee-release')?.textContent;
const builder = document.querySelector('snippet-builder');
if (builder && data) builder.release = JSON.parse(data) as Release;
