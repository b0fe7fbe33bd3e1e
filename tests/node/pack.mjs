// Packs the package as it is built in dist/ (`npm pack --ignore-scripts`: no second build; run
// `npm run build` first, as CI and `npm run examples` do) and checks the tarball before an app installs
// it: every file package.json points to is in it, and nothing but what `files` names.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Every file that package.json's entry points name (exports, main, types, bin, web-types, customElements). */
export function entryFiles(pkg) {
  const found = new Set();
  const walk = (value) => {
    if (typeof value === 'string') found.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([pkg.exports, pkg.main, pkg.module, pkg.types, pkg.bin, pkg['web-types'], pkg.customElements]);
  return [...found];
}

/** What is wrong with a tarball's file list (`npm pack --json`'s `files`), as sentences; empty when nothing is. */
export function tarballProblems(pkg, paths) {
  const have = new Set(paths);
  const problems = entryFiles(pkg)
    .filter((f) => !have.has(f))
    .map((f) => `${f} is named in package.json but not in the tarball: run \`npm run build\` first`);
  const allowed = [...pkg.files, 'package.json', 'README.md'];
  for (const path of paths)
    if (!allowed.some((a) => path === a || path.startsWith(`${a}/`)))
      problems.push(`${path} is in the tarball but not in package.json's "files"`);
  return problems;
}

/** Packs the current folder into `destination` without running any script; returns the tarball's path. */
export function pack(destination, root = process.cwd()) {
  const out = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--silent', '--pack-destination', destination],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  ).toString();
  const [result] = JSON.parse(out);
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const problems = tarballProblems(
    pkg,
    result.files.map((f) => f.path),
  );
  if (problems.length)
    throw new Error(`the packed tarball is not what package.json promises:\n  ${problems.join('\n  ')}`);
  return resolve(destination, result.filename);
}
