// Where the triangle's captions go: under or over the node, never on it, lines in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAPTION_SPACE_ABOVE, captionBoxes, captionLayout } from '../src/caption-layout.js';

test('a caption below its node starts under the node and runs down: label lines, then the state', () => {
  const layout = captionLayout('below', 24, 2, false);
  assert.ok(layout.labelY[0]! - 15 > 24, 'the first line’s top is below the node');
  assert.ok(layout.labelY[1]! > layout.labelY[0]! && layout.stateY > layout.labelY[1]!);
});

test('a caption above its node ends above it, and fits in the room the diagram keeps above the triangle', () => {
  for (const lines of [1, 2]) {
    for (const truncated of [false, true]) {
      const layout = captionLayout('above', 24, lines, truncated);
      assert.ok(layout.stateY + 4 < -24, 'the state’s baseline is above the node');
      // The child's node is 42 units below the top of the triangle's own box.
      assert.ok(42 + layout.labelY[0]! - 15 >= -CAPTION_SPACE_ABOVE, `${lines} lines fit above`);
    }
  }
});

test('the centre’s cut-out boxes cover each line of its caption, each as wide as its words', () => {
  const layout = captionLayout('below', 30, 2, false);
  const boxes = captionBoxes('below', 30, ['Fælles', 'forståelse'], 'Ikke påbegyndt', false);
  const baselines = [...layout.labelY, layout.stateY];
  assert.equal(boxes.length, 3);
  boxes.forEach((box, index) => {
    assert.ok(box.y < baselines[index]! - 10 && box.y + box.height > baselines[index]!, `box ${index} spans its line`);
    assert.equal(box.x, -box.width / 2);
  });
  assert.ok(boxes[1]!.width > boxes[0]!.width, 'a longer line gets a wider box');
  assert.ok(boxes[1]!.width < 'forståelse'.length * 15, 'no wider than the words need');
});
