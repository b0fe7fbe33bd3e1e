// Test-server middleware for tests/prerender.test.ts: /prerendered/<case>.html answers a page holding
// markup made by `knee-advice/prerender` (the built dist/prerender/index.js), as a clinic would paste it.
//   nojs     the article alone, no script, under a CSP without 'unsafe-inline' styles
//   upgrade  the same with a clinic's own content (changed title); the test adds the CDN script itself,
//            after ticking a box, so it can watch the upgrade
//   video    the same with the exercise video (its steps and transcript load after the upgrade)
//   clinic   a Spanish page with a clinic's edition (dates, sources, publisher, adapted-by) and its
//            structured data, under a CSP that also enforces Trusted Types allowing Lit's policy (and
//            the test's own, which adds the script), not the library's `knee-advice`
// Every page loads probe.js (console and CSP log) and layout-shift.js (CLS entries) first.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self' blob:; connect-src 'self'";

export function clinicContent(root) {
  const content = JSON.parse(readFileSync(resolve(root, 'content/article.json'), 'utf8'));
  content.title = 'Running with knee pain: the clinic’s edition';
  return content;
}

/** A clinic's edition with every field its governance asks for (issue 18); the next review far ahead. */
export function clinicEdition(root) {
  return {
    ...clinicContent(root),
    adaptedBy: 'Clínica Norte',
    published: '2026-11-01',
    reviewed: '2027-03-15',
    nextReview: '2099-03-15',
    publisher: { name: 'Clínica Norte', url: 'https://clinica-norte.example/' },
    sources: [{ title: 'Patellofemoral pain: clinical practice guideline', url: 'https://guidelines.example/knee' }],
  };
}

export function prerenderPages(root) {
  const entry = resolve(root, 'dist/prerender/index.js');
  return async (ctx, next) => {
    const match = /^\/prerendered\/(nojs|upgrade|video|spanish|clinic)\.html$/.exec(ctx.path);
    if (!match) return next();
    if (!existsSync(entry)) {
      ctx.status = 500;
      ctx.body = 'dist/prerender/index.js is missing: run `npm run build:lib` first (npm test does).';
      return undefined;
    }
    const { prerender } = await import(pathToFileURL(entry).href);
    const options = { assets: '/dist/cdn/' };
    const markup =
      match[1] === 'nojs'
        ? await prerender('knee-advice', {}, options)
        : match[1] === 'spanish'
          ? await prerender('knee-advice', { lang: 'es' }, options)
          : match[1] === 'clinic'
            ? await prerender(
                'knee-advice',
                { lang: 'es', 'structured-data': true },
                { ...options, content: clinicEdition(root) },
              )
            : match[1] === 'upgrade'
              ? await prerender('knee-advice', {}, { ...options, content: clinicContent(root) })
              : await prerender(
                  'knee-advice',
                  {
                    'video-src': '/content/sample/sample.webm',
                    'video-chapters': '/content/sample/chapters.vtt',
                    'video-captions': '/content/sample/captions.vtt',
                  },
                  { ...options, content: clinicContent(root) },
                );
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${match[1] === 'clinic' ? `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html test-harness` : CSP}" />
    <title>A clinic's page with the article prerendered</title>
    <script src="/tests/pages/probe.js"></script>
    <script src="/tests/pages/layout-shift.js"></script>
  </head>
  <body>
    <main>${markup}</main>
    <footer><p>The clinic's own footer: it would move if the article changed size as it upgrades.</p></footer>
  </body>
</html>`;
    return undefined;
  };
}
