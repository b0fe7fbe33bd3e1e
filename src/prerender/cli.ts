#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx knee-advice prerender [options]`: prints the article's HTML with its shadow content
 * (declarative shadow DOM), to paste into a page before the `<script type="module">` tag.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prerender } from './index.js';
import type { ArticleContent } from '../internal/content.js';

const USAGE = `Usage: npx knee-advice prerender [options]

Prints <knee-advice> with the whole article as declarative shadow DOM: it shows, styled, before any
script runs (and without JavaScript); the script then takes it over.

Options (the same as the element's attributes):
  --heading-level N       level of the title, 1-6 (default 2); sections use the next level
  --sections "why adjust" parts to show: why adjust strengthen exercise flare-up checklist
  --content file.json     the article to use (shape of content/article.json); carried in the markup
  --lang es               lang attribute of the element (passed through; no translation is done)
  --theme auto|light|dark
  --persist               the checklist remembers its ticks on the device
  --storage-key NAME
  --video-src URL  --video-poster URL  --video-captions URL  --video-chapters URL
  --assets URL            folder holding knee-advice.js and the .css files (default /assets/)
  --nonce VALUE           inline the styles in <style nonce="VALUE"> instead of linking the .css files
  --inline-styles         inline the styles in plain <style> elements (pages without a strict CSP)
  -h, --help`;

function fail(message: string): never {
  process.stderr.write(`knee-advice prerender: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command !== 'prerender') fail(`unknown command "${command}"`);
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      options: {
        'heading-level': { type: 'string' },
        sections: { type: 'string' },
        content: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        persist: { type: 'boolean' },
        'storage-key': { type: 'string' },
        'video-src': { type: 'string' },
        'video-poster': { type: 'string' },
        'video-captions': { type: 'string' },
        'video-chapters': { type: 'string' },
        assets: { type: 'string' },
        nonce: { type: 'string' },
        'inline-styles': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const level = values['heading-level'];
  if (level !== undefined && !/^[1-6]$/.test(level)) fail(`--heading-level must be 1 to 6, not "${level}"`);
  const theme = values.theme;
  if (theme !== undefined && !['auto', 'light', 'dark'].includes(theme))
    fail(`--theme must be auto, light or dark, not "${theme}"`);
  let content: ArticleContent | undefined; // checked by prerender(), which refuses invalid content
  if (values.content) {
    try {
      content = JSON.parse(readFileSync(values.content, 'utf8')) as ArticleContent;
    } catch (error) {
      fail(`--content ${values.content}: ${(error as Error).message}`);
    }
  }
  try {
    const out = await prerender({
      headingLevel: level === undefined ? undefined : Number(level),
      sections: values.sections,
      content,
      lang: values.lang,
      theme: theme as 'auto' | 'light' | 'dark' | undefined,
      persist: values.persist,
      storageKey: values['storage-key'],
      videoSrc: values['video-src'],
      videoPoster: values['video-poster'],
      videoCaptions: values['video-captions'],
      videoChapters: values['video-chapters'],
      assets: values.assets,
      nonce: values.nonce,
      styles: values['inline-styles'] ? 'inline' : 'link',
    });
    process.stdout.write(`${out}\n`);
  } catch (error) {
    fail((error as Error).message);
  }
}

await main(process.argv.slice(2));
