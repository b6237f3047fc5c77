// The example network map on a desktop page (1280 px) and a phone (320 px), as the Storybook story
// shows it: no person's circle covers a sector's name, in every language, and no circle covers
// another (at 320 px, where the whole circle is ~250 px across, they may touch by a few pixels).
// Before, the family sector's closest ring held Mor, Far and Lillebror 38 drawing units apart
// (circles ~46 across: 4.8 px overlap at 1280, 9.9 at 320), and the people alone on the outer ring
// stood on their sector's name ("Fritid" under the swimming coach at 1280, "Sundhed" and
// "Socialområdet" under the psychologist and the social worker at 320: 11.2 px deep).
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { loadExampleNetwork } from '@sammen/content';
import { parseRelationMap, type RelationMap } from '@sammen/sdk';
import { MapHarness } from './harness.js';

const network = async (lang: string): Promise<RelationMap> => {
  const parsed = parseRelationMap(await loadExampleNetwork(lang === 'da' ? 'da' : 'nb'));
  if (!parsed.ok) throw new Error('example not valid');
  return parsed.value;
};

const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

interface Disc {
  x: number;
  y: number;
  r: number;
}
const discOf = (circle: Element): Disc => {
  const box = circle.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2, r: box.width / 2 };
};

/** How far a disc runs into a rectangle, in px (≤ 0: clear of it). */
function intrusion(disc: Disc, box: DOMRect): number {
  const nearestX = Math.max(box.left, Math.min(disc.x, box.right));
  const nearestY = Math.max(box.top, Math.min(disc.y, box.bottom));
  return disc.r - Math.hypot(disc.x - nearestX, disc.y - nearestY);
}

after(async () => {
  document.documentElement.lang = 'da';
  await setViewport({ width: 800, height: 600 });
});

for (const [width, overlap] of [
  [1280, 0],
  [320, 6],
] as const) {
  describe(`<sammen-relation-map> network at ${width} px`, () => {
    before(async () => {
      await setViewport({ width, height: 900 });
    });

    for (const lang of ['da', 'nb', 'nn']) {
      it(`no circle covers a sector's name, nor another by more than ${overlap} px (${lang})`, async function () {
        this.timeout(30_000);
        document.documentElement.lang = lang;
        const map = await MapHarness.mount(html`<sammen-relation-map style="margin-inline: 16px" .map=${await network(lang)}></sammen-relation-map>`);
        await map.settle();
        await nextFrames();
        const circles = [...map.root.querySelectorAll('.node__circle')].map(discOf);
        expect(circles.length).to.equal(12);
        for (const [at, p] of circles.entries()) {
          for (const q of circles.slice(at + 1)) {
            expect(p.r + q.r - Math.hypot(p.x - q.x, p.y - q.y), 'two circles overlap').to.be.at.most(overlap);
          }
        }
        const labels = [...map.root.querySelectorAll('.sector-label')];
        expect(labels.length).to.equal(6);
        for (const label of labels) {
          const box = label.getBoundingClientRect();
          for (const circle of circles) expect(intrusion(circle, box), `a circle on “${label.textContent}”`).to.be.at.most(0);
        }
      });
    }
  });
}
