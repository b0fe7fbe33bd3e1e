/**
 * The article's structured data for search engines: schema.org `MedicalWebPage` as JSON-LD, written by
 * the prerenderer after `<knee-advice>` and, with `structured-data`, kept there by the live element. A
 * module of its own (in the CDN build a chunk, loaded only by a page that asks for it).
 */
import type { ArticleContent } from './content.js';

/** schema.org data of the article: only what the content has, never an empty value. */
export function structuredData(content: ArticleContent): Record<string, unknown> {
  const { publisher, sources } = content;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    headline: content.title,
    inLanguage: content.lang ?? 'en',
    about: { '@type': 'MedicalCondition', name: 'Knee pain' },
    audience: { '@type': 'Patient' },
    author: { '@type': 'Person', name: content.author },
    ...(content.published && { datePublished: content.published }),
    ...(content.reviewed && { lastReviewed: content.reviewed }),
    ...(publisher && {
      publisher: { '@type': 'Organization', name: publisher.name, ...(publisher.url && { url: publisher.url }) },
    }),
    ...(sources?.length && {
      citation: sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
    }),
  };
}

/**
 * The text of the `<script type="application/ld+json">`: JSON with every `<` escaped (`\u003c`, which JSON
 * reads back as `<`), so no `</script>` or `<!--` in the content can end the element or open a comment.
 */
export const structuredDataText = (content: ArticleContent): string =>
  JSON.stringify(structuredData(content)).replace(/</g, '\\u003c');

/** Marks the script the library writes and keeps (prerendered, or added by the live element). */
export const MARK = 'data-knee-structured-data';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
let policy: ScriptPolicy | Error | undefined;

/**
 * Script text the page accepts: under Trusted Types (`require-trusted-types-for 'script'`) a TrustedScript
 * from the library's own policy, `knee-advice`, which turns nothing but JSON into script text (the page
 * allows it with `trusted-types lit-html knee-advice`). The policy is asked for once; when the page does
 * not allow it, every call throws saying so.
 */
function scriptText(text: string): string {
  const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } })
    .trustedTypes;
  if (!types) return text;
  if (!policy) {
    try {
      policy = types.createPolicy('knee-advice', { createScript: (s: string) => (JSON.parse(s), s) });
    } catch (error) {
      policy = new Error(
        `the page's Content-Security-Policy does not allow the Trusted Types policy "knee-advice" (add it: trusted-types lit-html knee-advice; ${(error as Error).message})`,
      );
    }
  }
  if (policy instanceof Error) throw policy;
  return policy.createScript(text) as string;
}

/**
 * Makes the element after `host` the article's JSON-LD: `script` (the one placed before), else a
 * prerendered one standing there, else a new one. Its text is written only when it differs, so
 * prerendered data that is still right is left as it is (no Trusted Types needed then). Returns it.
 */
export function placeStructuredData(host: Element, content: ArticleContent, script?: HTMLScriptElement) {
  const text = structuredDataText(content);
  const next = host.nextElementSibling;
  script ??= next?.matches(`script[${MARK}]`) ? (next as HTMLScriptElement) : undefined;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, '');
  }
  if (script.text !== text) script.text = scriptText(text);
  if (host.nextElementSibling !== script) host.after(script);
  return script;
}
