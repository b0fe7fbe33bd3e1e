// "Adding a language is one file in src/locales/": a throwaway language, added to a temporary copy of
// the repository, is picked up by the generated index (`npm run generate`), the CDN build, the Storybook
// toolbar (which lists BUILT_IN_LOCALES) and every test of the shipped languages (tests/locale.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COPY = [
  'src',
  'content',
  'scripts',
  'tests',
  '.storybook',
  'package.json',
  'tsconfig.json',
  'vite.config.ts',
  'web-test-runner.config.js',
  'web-test-runner.base.config.js',
  'custom-elements.json',
  '.prettierrc.json',
];

test(
  'a new file in src/locales/ reaches the build, the Storybook toolbar and the locale tests',
  { timeout: 300_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'knee-add-language-'));
    try {
      for (const item of COPY) if (existsSync(item)) cpSync(item, join(dir, item), { recursive: true });
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
      // A throwaway Catalan (ca): the Spanish table with a marked byline (Catalan formats numbers and
      // units as Spanish does), and its test table: the words it shares with English.
      const spanish = readFileSync('src/locales/es.ts', 'utf8');
      writeFileSync(
        join(dir, 'src/locales/ca.ts'),
        spanish.replace('byline: (author) => `Por ${author}`', 'byline: (author) => `Qaa ${author}`'),
      );
      const same = JSON.parse(readFileSync('tests/fixtures/same-words.json', 'utf8'));
      writeFileSync(join(dir, 'tests/fixtures/same-words.json'), JSON.stringify({ ...same, ca: same.es }));
      const run = (cmd, args) => {
        const result = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
        assert.equal(result.status, 0, `${cmd} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
        return result.stdout;
      };
      run(process.execPath, ['scripts/generate.mjs']);
      assert.match(readFileSync(join(dir, 'src/locales/index.ts'), 'utf8'), /ca: \(\) => import\('\.\/ca\.js'\)/);

      run(process.execPath, [
        resolve('node_modules/vite/bin/vite.js'),
        'build',
        '--mode',
        'cdn',
        '--logLevel',
        'error',
      ]);
      assert.ok(existsSync(join(dir, 'dist/cdn/locales/ca.js')), 'the build writes locales/ca.js');
      assert.match(readFileSync(join(dir, 'dist/cdn/locales/ca.js'), 'utf8'), /Qaa /);

      // The toolbar's items are BUILT_IN_LOCALES, named in themselves (.storybook/preview.ts).
      assert.match(readFileSync(join(dir, '.storybook/preview.ts'), 'utf8'), /items: BUILT_IN_LOCALES\.map/);
      const list = run(process.execPath, [
        '--input-type=module',
        '-e',
        "const { runnerImport } = await import('vite'); const { module } = await runnerImport('./src/internal/locale.ts', { configFile: false, logLevel: 'silent' }); console.log(JSON.stringify(module.BUILT_IN_LOCALES));",
      ]);
      assert.deepEqual(JSON.parse(list.trim().split('\n').at(-1)), ['en', 'ca', 'de', 'es', 'fr', 'nl']);

      // The shipped-language tests run for it too: every key, every word shown, no English left.
      const tests = run(process.execPath, [
        resolve('node_modules/@web/test-runner/dist/bin.js'),
        'tests/locale.test.ts',
        '--config',
        'web-test-runner.config.js',
      ]);
      assert.match(tests, /locale tests cover: en, ca, de, es, fr, nl/, 'the locale tests ran for the new language');
      assert.match(tests, /\d+ passed, 0 failed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
