import { adoptContent, type ArticleContent, type ContentProblem } from '../../internal/content.js';
import type { Intent } from '../../internal/latest.js';
import { withinTimeout } from '../../internal/timeout.js';

/** What reading a `content-src` file came to, unless a later intent took over (`undefined`). */
export type ContentFile = { content: ArticleContent } | { problems: ContentProblem[]; gaveUp: boolean };

/**
 * Reads and checks a `content-src` file (sent with the page's own credentials only). A file that never
 * answers is given up after `timeouts.load`: `gaveUp` says so, and `giveUp` cancels its request. A
 * result for an intent that is no longer current is dropped.
 */
export async function readContentFile(
  src: string,
  intent: Intent,
  giveUp: () => void,
): Promise<ContentFile | undefined> {
  let gaveUp = false;
  try {
    const read = fetch(src, { signal: intent.signal, credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    const data = await withinTimeout(read).catch((error: Error) => {
      gaveUp = intent.current;
      if (gaveUp) giveUp();
      throw error;
    });
    if (!intent.current) return undefined;
    const result = await adoptContent(data);
    if (!intent.current) return undefined;
    return result.ok ? { content: result.content } : { problems: result.problems, gaveUp };
  } catch (error) {
    // a later intent took over (its request aborted), unless this one was given up
    if (!intent.current && !gaveUp) return undefined;
    return { problems: [{ field: '(file)', problem: (error as Error).message }], gaveUp };
  }
}
