// Frame time while dragging a person in a 300-person, 1,500-tie map. "Frame work": for each
// pointer move, the handler plus the next frame's drag step plus the style and layout it causes
// (forced, so it is counted; paint is not). "Frame to frame": the time between animation frames
// while dragging, which includes paint but is floored by the display's 16.7 ms. Synthetic
// pointer events, as the test harness drags.
import '../src/define.js';
import { median, nextFrame } from '../../core/test-suites/test-support.js';
import { generateGroup } from '../src/layout/index.js';
import type { SammenRelationMap } from '../src/relation-map.js';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export async function dragFrameTimes(): Promise<Record<string, number>> {
  const element = document.createElement('sammen-relation-map') as SammenRelationMap;
  element.style.cssText = 'display: block; inline-size: 1100px; block-size: 800px';
  element.map = generateGroup({ people: 300, ties: 1_500 });
  document.body.append(element);
  await element.loaded;
  await element.updateComplete;
  const root = element.shadowRoot!;
  for (let wait = 0; wait < 200 && root.querySelectorAll('.proxy').length < 300; wait += 1) await nextFrame();
  const proxies = [...root.querySelectorAll<HTMLElement>('.proxy')];
  if (proxies.length < 300) return { 'drag 300/1500: people drawn (count)': proxies.length };
  const proxy = proxies[150]!;
  proxy.scrollIntoView({ block: 'center' });
  const box = proxy.getBoundingClientRect();
  let at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const fire = (type: string) =>
    proxy.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 9, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: at.x, clientY: at.y }));
  const startX = proxy.style.getPropertyValue('--x');
  fire('pointerdown');
  const work: number[] = [];
  const frames: number[] = [];
  await frame();
  for (let step = 0; step < 90; step += 1) {
    // Registered before the move, so it runs first in the next frame, before the drag's own step.
    const frameStart = frame().then(() => performance.now());
    at = { x: at.x + (step % 30 < 15 ? 3 : -3), y: at.y + (step % 20 < 10 ? 2 : -2) };
    const before = performance.now();
    fire('pointermove');
    const handler = performance.now() - before;
    const frameEnd = frame().then(() => {
      proxy.getBoundingClientRect();
      return performance.now();
    });
    // The frame after: when it starts, the drag's frame has been painted.
    const nextFrame = frameEnd.then(() => frame()).then(() => performance.now());
    const [start, end, next] = await Promise.all([frameStart, frameEnd, nextFrame]);
    if (step < 10) continue; // warm-up
    work.push(handler + (end - start));
    frames.push(next - start);
  }
  const moved = proxy.style.getPropertyValue('--x') !== startX;
  fire('pointerup');
  await element.updateComplete;
  element.remove();
  if (!moved) throw new Error('the dragged person did not move');
  const sorted = [...work].sort((a, b) => a - b);
  return {
    'drag 300/1500: frame work, median (ms)': median(work),
    'drag 300/1500: frame work, 95th percentile (ms)': sorted[Math.floor(sorted.length * 0.95)]!,
    // With paint: a frame that takes longer than the display's 16.7 ms shows here.
    'drag 300/1500: frame incl. paint (floor 16.7), median (ms)': median(frames),
    'drag 300/1500: frame incl. paint (floor 16.7), 95th percentile (ms)': [...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)]!,
  };
}
