// The committed sample media stays small, short and honest: a labelled stand-in, steps named after the
// article's muscle groups, no exercise instructions of its own.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';

const dir = 'content/sample';
const cues = (file) =>
  readFileSync(`${dir}/${file}`, 'utf8')
    .split(/\n\n+/)
    .filter((b) => b.includes('-->'))
    .map((b) => {
      const [timing, ...text] = b.split('\n').slice(b.split('\n').findIndex((l) => l.includes('-->')));
      const [start, end] = timing.split(' --> ').map((t) => t.split(':').reduce((acc, n) => acc * 60 + Number(n), 0));
      return { start, end, text: text.join(' ').trim() };
    });

test('each clip is under 400 KB', () => {
  for (const clip of ['sample.webm', 'sample.mp4'])
    assert.ok(statSync(`${dir}/${clip}`).size < 400_000, `${clip} is ${statSync(`${dir}/${clip}`).size} bytes`);
});

test('the steps are named after the article’s muscle groups and last under 30 s in all', () => {
  const steps = cues('chapters.vtt');
  assert.deepEqual(
    steps.map((s) => s.text),
    ['Glutes', 'Quads', 'Hamstrings'],
  );
  assert.ok(steps.at(-1).end < 30);
  const article = readFileSync('content/article.json', 'utf8');
  assert.match(article, /glutes, quads, and hamstrings/);
});

test('the captions say it is a sample and give no exercise instructions', () => {
  const text = cues('captions.vtt')
    .map((c) => c.text)
    .join(' ');
  assert.match(text, /sample clip/i);
  assert.doesNotMatch(text, /\b(lift|bend|squat|stretch|hold|repeat|raise|lower|press|push|rep|set)s?\b/i);
});
