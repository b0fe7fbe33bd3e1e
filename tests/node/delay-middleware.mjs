// Test-server middleware that holds responses back, for the race tests (used by web-test-runner.config.js).
// Each hold is a named gate, so tests decide the order in which answers arrive instead of guessing timings:
// - GET /test-delay/<gate>/<path>  waits until the gate is released, then serves <root>/<path> as it is
//   (404 when there is no such file; JSON is not turned into a module as the dev server does). The query
//   string is ignored, so two requests for one gate can differ (Chrome makes identical GETs wait for each
//   other). The gate "open" never waits. Unreleased gates open by themselves after 10 s, so nothing hangs.
// - GET /test-delay-release/<gate> releases the gate (held requests are answered, later ones at once).
// - GET /test-delay-status/<gate>  answers { arrived, served }: how many requests reached the gate and
//   how many were answered, so a test can wait until its request is really on its way.
import { readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

const gates = new Map();
const gate = (name) => {
  if (!gates.has(name)) {
    let open;
    const opened = new Promise((resolve) => (open = resolve));
    gates.set(name, { arrived: 0, served: 0, opened: name === 'open' ? Promise.resolve() : opened, open });
  }
  return gates.get(name);
};

export function delayMiddleware(root) {
  return async (ctx, next) => {
    const match = /^\/test-delay(-release|-status)?\/([\w-]+)(\/.*)?$/.exec(ctx.path);
    if (!match) return next();
    const [, action, name, path] = match;
    const g = gate(name);
    ctx.set('Cache-Control', 'no-store');
    if (action === '-release') {
      g.open();
      ctx.body = 'released';
      return undefined;
    }
    if (action === '-status') {
      ctx.body = { arrived: g.arrived, served: g.served };
      return undefined;
    }
    g.arrived++;
    await Promise.race([g.opened, new Promise((resolve) => setTimeout(resolve, 10000))]);
    const file = normalize(join(root, path ?? '/'));
    let body;
    try {
      if (!file.startsWith(normalize(root) + sep)) throw new Error('outside the root');
      body = readFileSync(file);
    } catch {
      ctx.status = 404;
      ctx.body = 'Not found';
      g.served++;
      return undefined;
    }
    ctx.type = file.endsWith('.json') ? 'application/json' : 'text/plain';
    ctx.body = body;
    g.served++;
    return undefined;
  };
}
