// The library build refuses a broken content edit, naming the file, the field and the problem.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { build, loadConfigFromFile } from 'vite';

const article = JSON.parse(readFileSync('content/article.json', 'utf8'));

async function buildWith(content) {
  const { config } = await loadConfigFromFile(
    { command: 'build', mode: 'lib' },
    'vite.config.ts',
    process.cwd(),
    'silent',
  );
  const plugin = config.plugins.flat().find((p) => p && p.name === 'knee-content-check');
  const root = mkdtempSync(join(tmpdir(), 'knee-content-'));
  const cwd = process.cwd();
  try {
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'article.json'), content);
    writeFileSync(join(root, 'entry.js'), "import a from './content/article.json'; console.log(a);");
    process.chdir(root);
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [plugin],
      build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'] } },
    });
  } finally {
    process.chdir(cwd);
    rmSync(root, { recursive: true, force: true });
  }
}

test('the shipped content builds', async () => {
  await buildWith(JSON.stringify(article));
});

test('a heading left empty fails the build, naming file, field and problem', async () => {
  const broken = structuredClone(article);
  broken.sections[1].heading = '';
  await assert.rejects(buildWith(JSON.stringify(broken)), (error) => {
    assert.match(error.message, /content[\\/]article\.json: sections\[1\]\.heading: must be a non-empty string/);
    return true;
  });
});

test('a checklist label that is not the article’s words fails the build', async () => {
  const broken = structuredClone(article);
  broken.checklist.items[2].label = 'Run through the pain';
  await assert.rejects(
    buildWith(JSON.stringify(broken)),
    /checklist\.items\[2\]\.label: must be words taken from its source quote/,
  );
});

test('a file that is not JSON fails the build', async () => {
  await assert.rejects(buildWith('{ "title": '), /content[\\/]article\.json: \(file\): not valid JSON/);
});
