// Test-server middleware for media, used by web-test-runner.config.js:
// - serves .webm/.mp4/.vtt with HTTP Range support (as real servers do; koa's static server does not);
// - records every media request, so a test can prove that no video byte is requested before Play;
// - /test-media/not-a-video.webm answers 200 with bytes that are no video (an unsupported file);
// - /test-media/cut-off.webm starts the sample clip, then drops the connection (a network error);
// - /no-range/<path> serves <path> as a simple static server without HTTP Range support does: 200 with
//   the whole file whatever Range asks, and no Accept-Ranges (the browser then cannot seek in a video).
import { existsSync, readFileSync } from 'node:fs';
import { sendFile } from './static-server.mjs';

export const mediaRequests = [];

export function mediaMiddleware(root) {
  return async (ctx, next) => {
    const path = ctx.path;
    if (!/\.(webm|mp4|vtt)$/.test(path)) return next();
    mediaRequests.push({ path, method: ctx.method, range: ctx.get('range') || null });
    if (path === '/test-media/not-a-video.webm') {
      ctx.type = 'video/webm';
      ctx.body = Buffer.from('This is plain text pretending to be a video file.\n'.repeat(40));
      return undefined;
    }
    if (path === '/test-media/cut-off.webm') {
      const clip = readFileSync(`${root}/content/sample/sample.webm`);
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'video/webm', 'Content-Length': clip.length });
      ctx.res.write(clip.subarray(0, 2000));
      setTimeout(() => ctx.res.destroy(), 50);
      return undefined;
    }
    if (path.startsWith('/no-range/')) {
      const file = `${root}/${path.slice('/no-range/'.length)}`;
      if (!existsSync(file)) return next();
      ctx.respond = false;
      const body = readFileSync(file);
      ctx.res.writeHead(200, {
        'Content-Type': /\.vtt$/.test(path) ? 'text/vtt' : 'video/webm',
        'Content-Length': body.length,
      });
      ctx.res.end(ctx.method === 'HEAD' ? undefined : body);
      return undefined;
    }
    ctx.respond = false;
    if (!sendFile(root, path, ctx.req, ctx.res)) {
      ctx.res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
    return undefined;
  };
}

/** A test-runner plugin: `executeServerCommand('media-requests')` returns the log; `'media-requests-clear'` empties it. */
export function mediaLogPlugin() {
  return {
    name: 'knee-media-log',
    executeCommand({ command }) {
      if (command === 'media-requests') return mediaRequests;
      if (command === 'media-requests-clear') {
        mediaRequests.length = 0;
        return true;
      }
      return undefined;
    },
  };
}
