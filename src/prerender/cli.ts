#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx knee-advice prerender [<tag>] [options]`: prints an element's HTML with its shadow content
 * (declarative shadow DOM), to paste into a page before the `<script type="module">` tag. Its options
 * are the element's attributes, read from the package's custom-elements.json, so the CLI, its help and
 * the element never disagree.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ArticleContent } from '../internal/content.js';
import { today } from '../internal/dates.js';

interface Attribute {
  name: string;
  description?: string;
  type?: { text: string };
  parsedType?: { text: string };
}
interface Declaration {
  tagName?: string;
  summary?: string;
  attributes?: Attribute[];
}

// The package's manifest, two folders up from dist/prerender/ (a path, not `new URL(…, import.meta.url)`,
// which bundlers would treat as an asset to copy).
const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, '../../custom-elements.json'), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const ELEMENTS = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName, d] as const] : [])),
);
const DEFAULT_TAG = 'knee-advice';

const LANG: Attribute = {
  name: 'lang',
  type: { text: 'string' },
  description: "The element's language: its interface words are written in it (es, fr, de, nl or any language tag).",
};
/** The options every element takes, besides its attributes. */
const COMMON = {
  content: {
    type: 'string',
    value: 'file.json',
    text: 'the article to use (shape of content/article.json); carried in the markup',
  },
  assets: {
    type: 'string',
    value: 'URL',
    text: 'folder holding knee-advice.js and the .css files: a path or an http(s) URL (default /assets/)',
  },
  nonce: {
    type: 'string',
    value: 'VALUE',
    text: 'inline the styles in <style nonce="VALUE"> instead of linking the .css files',
  },
  'inline-styles': {
    type: 'boolean',
    value: '',
    text: 'inline the styles in plain <style> elements (pages without a strict CSP)',
  },
  'no-structured-data': {
    type: 'boolean',
    value: '',
    text: 'leave out the schema.org data (JSON-LD) written after <knee-advice>, for a page that has its own',
  },
} as const;

const typeOf = (a: Attribute) => (a.parsedType ?? a.type)?.text.replace(/\s*\|\s*undefined/g, '') ?? 'string';
const attributesOf = (tag: string) => [LANG, ...(ELEMENTS.get(tag)?.attributes ?? [])];

/** Wraps `text` at 100 columns, each line after the first indented by `indent`. */
function wrap(text: string, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/`/g, '').split(/\s+/)) {
    if (line && line.length + word.length + 1 > 100 - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

function usage(tag: string): string {
  const column = 28;
  const row = (flag: string, text: string) => `  ${flag.padEnd(column - 2)}${wrap(text, column)}`;
  const own = attributesOf(tag).map((a) => {
    const type = typeOf(a);
    const value =
      type === 'boolean' ? '' : type.includes("'") ? ` ${type.replace(/'| /g, '')}` : ` ${type.toUpperCase()}`;
    return row(`--${a.name}${value}`, a.description ?? '');
  });
  return `Usage: npx knee-advice prerender [<tag>] [options]

Prints <${tag}> as declarative shadow DOM: it shows, styled, before any script runs (and without
JavaScript); the script then takes it over. <tag> is one of: ${[...ELEMENTS.keys()].join(', ')}
(default ${DEFAULT_TAG}); \`npx knee-advice prerender <tag> --help\` lists that element's options.

Options of <${tag}> (its attributes):
${own.join('\n')}

Options of every element:
${Object.entries(COMMON)
  .map(([name, o]) => row(`--${name}${o.value ? ` ${o.value}` : ''}`, o.text))
  .join('\n')}
  -h, --help`;
}

/** Every message of the CLI starts with this, once. */
const PREFIX = 'knee-advice prerender: ';
function fail(message: string, tag = DEFAULT_TAG): never {
  process.stderr.write(
    `${PREFIX}${message.startsWith(PREFIX) ? message.slice(PREFIX.length) : message}\n\n${usage(tag)}\n`,
  );
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === undefined) {
    process.stdout.write(`${usage(DEFAULT_TAG)}\n`);
    return;
  }
  if (command !== 'prerender') fail(`unknown command "${command}"`);
  const tag = rest[0] && !rest[0].startsWith('-') ? rest.shift()! : DEFAULT_TAG;
  if (!ELEMENTS.has(tag)) fail(`unknown element "${tag}"; use one of ${[...ELEMENTS.keys()].join(', ')}`);
  const attributes = attributesOf(tag);
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const a of attributes) options[a.name] = { type: typeOf(a) === 'boolean' ? 'boolean' : 'string' };
  for (const [name, o] of Object.entries(COMMON)) options[name] = { type: o.type };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: rest, strict: true, options }) as { values: typeof values });
  } catch (error) {
    fail((error as Error).message, tag);
  }
  if (values.help) {
    process.stdout.write(`${usage(tag)}\n`);
    return;
  }
  // Attribute values checked against the element's types; anything else the element itself checks below.
  const given: Record<string, string | number | boolean> = {};
  for (const a of attributes) {
    const value = values[a.name];
    if (value === undefined) continue;
    const type = typeOf(a);
    const choices = type.includes("'") ? type.split('|').map((t) => t.trim().replace(/^'|'$/g, '')) : undefined;
    if (choices && !choices.includes(String(value)))
      fail(`--${a.name} must be one of ${choices.join(', ')}, not "${String(value)}"`, tag);
    if (type === 'number' && !Number.isFinite(Number(value)))
      fail(`--${a.name} must be a number, not "${String(value)}"`, tag);
    given[a.name] = value;
  }
  let content: ArticleContent | undefined; // checked by prerender(), which refuses invalid content
  if (typeof values.content === 'string') {
    try {
      content = JSON.parse(readFileSync(values.content, 'utf8')) as ArticleContent;
    } catch (error) {
      fail(`--content ${values.content}: ${(error as Error).message}`, tag);
    }
  }
  // What the element would warn about on a page (a heading level of 9, a section it does not have) is
  // refused here: a build step should stop rather than ship the fallback.
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    const { prerender } = await import('./index.js');
    const out = await prerender(tag as 'knee-advice', given, {
      content,
      assets: values.assets as string | undefined,
      nonce: values.nonce as string | undefined,
      styles: values['inline-styles'] ? 'inline' : 'link',
      structuredData: !values['no-structured-data'],
    });
    if (warnings.length) fail(warnings.join('\n'), tag);
    process.stdout.write(`${out}\n`);
    // An overdue review changes nothing for the reader, so it does not stop a build: the editor is told.
    const due = content?.nextReview;
    if (due && due < today())
      process.stderr.write(
        `${PREFIX}note: the next review of this article was due on ${due}; the markup was written.\n`,
      );
  } catch (error) {
    fail((error as Error).message, tag);
  } finally {
    console.warn = warn;
  }
}

await main(process.argv.slice(2));
