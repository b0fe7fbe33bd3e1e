// The visual check's comparison (tests/node/visual.mjs), on pictures made here: a card's border 1 px
// wider fails it; a few faintly different pixels (anti-aliasing) do not; nothing is lost in storing.
import assert from 'node:assert/strict';
import test from 'node:test';
import { PNG } from 'pngjs';
import { MAX_PIXELS, compare, mask, shrink } from './visual.mjs';

/** A 320 × 200 page with a card: a grey border `border` px wide round a white box, text-like marks inside. */
function card(border, { fringe = 0 } = {}) {
  const img = new PNG({ width: 320, height: 200 });
  for (let y = 0; y < 200; y++)
    for (let x = 0; x < 320; x++) {
      const inCard = x >= 16 && x < 304 && y >= 16 && y < 184;
      const inside = x >= 16 + border && x < 304 - border && y >= 16 + border && y < 184 - border;
      const ink = inside && y % 12 < 2 && x % 7 < 4 && x < 280; // lines of "text"
      const grey = !inCard ? 246 : !inside ? 138 : ink ? 27 : 255;
      img.data.set([grey, grey, grey, 255], (y * 320 + x) * 4);
    }
  // anti-aliasing: the edge of a few letters a shade lighter
  for (let i = 0; i < fringe; i++) img.data.set([40, 40, 40, 255], ((36 + i * 12) * 320 + 42) * 4);
  return PNG.sync.write(img);
}

test('a card border 1 px wider fails the comparison', () => {
  const result = compare(card(1), card(2));
  assert.ok(result.differing > MAX_PIXELS, `${result.differing} pixels differ`);
  assert.ok(result.diff, 'a diff image is made');
});

test('a faint fringe on a few letters passes it', () => {
  const [plain, fringed] = [card(1), card(1, { fringe: 10 })];
  assert.notDeepEqual(PNG.sync.read(plain).data, PNG.sync.read(fringed).data, 'the pictures differ');
  assert.equal(compare(plain, fringed).differing, 0);
});

test('a picture of another size fails it', () => {
  const small = new PNG({ width: 10, height: 10 });
  assert.equal(compare(card(1), PNG.sync.write(small)).differing, Infinity);
});

test('the stored picture has exactly the pixels taken, and masks paint boxes one colour', () => {
  const png = card(1, { fringe: 3 });
  assert.deepEqual(PNG.sync.read(shrink(png)).data, PNG.sync.read(png).data);
  const masked = PNG.sync.read(mask(png, [{ x: 20, y: 20, width: 10, height: 5 }]));
  assert.deepEqual([...masked.data.subarray((22 * 320 + 25) * 4, (22 * 320 + 25) * 4 + 4)], [255, 0, 255, 255]);
  assert.equal(compare(png, mask(png, [])).differing, 0);
});
