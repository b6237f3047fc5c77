// Frame time while dragging a person in the 300-person, 1,500-tie map, measured from outside the
// page: real pointer input (DevTools protocol `Input.dispatchMouseEvent` through playwright's
// `page.mouse`) while Chromium records a trace with the categories DevTools' Performance panel
// uses. A frame's main-thread work is everything the page's main thread did for it: the
// `ProxyMain::BeginMainFrame` task (requestAnimationFrame callbacks — the drag's step —, style,
// layout, pre-paint, paint, layerize, commit) plus every task since the previous drawn frame
// (the pointer events and their handlers, timers, garbage collection). Frames whose main-frame
// task painted nothing are not counted on their own; their tasks go to the next drawn frame, so
// nothing is left out. Raster and drawing happen off the main thread; frames the compositor could
// not present on time are counted as dropped (`DroppedFrame` events), beside the number of
// display intervals the drag lasted.

import { writeFileSync } from 'node:fs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame'];
/** Pointer moves in the drag (after the press): about two seconds of dragging. */
const MOVES = 150;
const VSYNC_MS = 1000 / 60;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
};

/** Per-frame main-thread work (ms) and dropped frames between `from` and `to` (trace µs). */
export function framesOf(events, from, to) {
  const threadNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const mainKeys = [...threadNames].filter(([, name]) => name === 'CrRendererMain').map(([key]) => key);
  // The renderer whose main thread did the most work is the page's.
  const busiest = mainKeys
    .map((key) => [key, events.filter((e) => `${e.pid}:${e.tid}` === key && e.name === 'RunTask').reduce((sum, e) => sum + (e.dur ?? 0), 0)])
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === busiest);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const frameStarts = onMain.filter((e) => e.name === 'BeginMainThreadFrame').map((e) => e.ts);
  const paints = onMain.filter((e) => e.name === 'Paint' || e.name === 'PaintImage').map((e) => e.ts);
  const inside = (task, ts) => ts >= task.ts && ts <= task.ts + task.dur;
  const frames = [];
  let pending = 0;
  for (const task of tasks) {
    if (task.ts < from || task.ts > to) continue;
    pending += task.dur;
    const isFrame = frameStarts.some((ts) => inside(task, ts));
    if (!isFrame || !paints.some((ts) => inside(task, ts))) continue;
    frames.push(pending / 1000);
    pending = 0;
  }
  const dropped = events.filter((e) => e.name === 'DroppedFrame' && e.ts >= from && e.ts <= to).length;
  return { frames, dropped, intervals: Math.round((to - from) / 1000 / VSYNC_MS) };
}

export default async function drive({ page }) {
  const start = await page.evaluate(() => window.__dragBench.prepare());
  if (start.error) throw new Error(start.error);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // Past the click slop, so every measured move is a drag.
  let { x, y } = start;
  await page.mouse.move((x += 8), (y += 6), { steps: 2 });
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] } });
  const marks = async () => (await cdp.send('Runtime.evaluate', { expression: 'console.timeStamp("drag-bench")', returnByValue: true }), undefined);
  await marks();
  for (let step = 0; step < MOVES; step += 1) {
    // To and fro across the middle of the drawing, as a person being placed is moved.
    x += step % 60 < 30 ? 4 : -4;
    y += step % 40 < 20 ? 3 : -3;
    await page.mouse.move(x, y);
  }
  await marks();
  // Let the last moves' frames be drawn before the drop.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await marks();
  await page.mouse.up();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // BENCH_TRACE=file.json keeps the trace, to open in DevTools' Performance panel.
  if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, JSON.stringify({ traceEvents: events }));
  const stamps = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'drag-bench').map((e) => e.ts).sort((a, b) => a - b);
  if (stamps.length < 3) throw new Error('the trace has no marks');
  const { frames, dropped, intervals } = framesOf(events, stamps[0], stamps[1]);
  const drop = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= stamps[2]).reduce((longest, e) => Math.max(longest, e.dur / 1000), 0);
  const { moved, pinned } = await page.evaluate(() => window.__dragBench.check());
  if (!moved || !pinned) throw new Error(`after the drag: moved ${moved}, pinned ${pinned}`);
  return {
    'drag 300/1500: frames drawn (count)': frames.length,
    'drag 300/1500: frame main-thread work, median (ms)': quantile(frames, 0.5),
    'drag 300/1500: frame main-thread work, 95th percentile (ms)': quantile(frames, 0.95),
    'drag 300/1500: frames over 12 ms (count)': frames.filter((ms) => ms > 12).length,
    'drag 300/1500: dropped frames (count)': dropped,
    'drag 300/1500: display intervals of the drag (count)': intervals,
    'drag 300/1500: drop, longest task (ms)': drop,
  };
}
