// Test-server middleware for tests/cdn.test.ts: the built CDN folder (dist/cdn/) served under another
// address, to show what a clinic's page sees when the files beside knee-advice.js fail or arrive late.
//   /test-cdn/missing/<path>      dist/cdn/<path>, except that chunks/… answer 404 (a copy without them)
//   /test-cdn/held-<gate>/<path>  dist/cdn/<path>; the elements' chunks (chunks/knee-…) wait until the gate
//                                 is released (or 10 s)
//   /test-cdn-hold/<gate>         (re)closes the gate, so each test starts held
//   /test-cdn-release/<gate>      releases it
import { readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

const gates = new Map();
function close(name) {
  let open;
  const opened = new Promise((resolve) => (open = resolve));
  gates.set(name, { opened, open });
  setTimeout(open, 10000); // nothing hangs
  return gates.get(name);
}

export function cdnCopyMiddleware(root) {
  const dir = normalize(join(root, 'dist/cdn'));
  return async (ctx, next) => {
    const control = /^\/test-cdn-(hold|release)\/([\w-]+)$/.exec(ctx.path);
    if (control) {
      if (control[1] === 'hold') close(control[2]);
      else (gates.get(control[2]) ?? close(control[2])).open();
      ctx.set('Cache-Control', 'no-store');
      ctx.body = control[1];
      return undefined;
    }
    const match = /^\/test-cdn\/(missing|held-([\w-]+))\/(.+)$/.exec(ctx.path);
    if (!match) return next();
    const [, mode, gate, path] = match;
    const chunk = path.startsWith('chunks/');
    ctx.set('Cache-Control', 'no-store');
    if (chunk && mode === 'missing') {
      ctx.status = 404;
      ctx.body = 'Not found';
      return undefined;
    }
    if (gate && path.startsWith('chunks/knee-')) await (gates.get(gate) ?? close(gate)).opened;
    const file = normalize(join(dir, path));
    try {
      if (!file.startsWith(dir + sep)) throw new Error('outside dist/cdn');
      ctx.body = readFileSync(file);
    } catch {
      ctx.status = 404;
      ctx.body = 'Not found';
      return undefined;
    }
    ctx.type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.css')
        ? 'text/css'
        : 'application/octet-stream';
    return undefined;
  };
}
