import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { routeConnectors, type Connector, type Rect, type RoutingInput } from '../../src/logic/connector-routing.js';
import { anyModel, branchesAndCycle } from './fixtures.js';
import type { ChangeModel } from '@sammen/sdk';

/** A grid layout as the element would measure it: columns 300 px apart, cards of varying height. */
function layout(m: ChangeModel, heights: (i: number) => number = () => 60): RoutingInput {
  const rects = new Map<string, Rect>();
  m.columns.forEach((column, c) => {
    let y = 0;
    column.items.forEach((item, i) => {
      const height = heights(c * 7 + i);
      rects.set(item.id, { x: c * 300, y, width: 220, height });
      y += height + 16;
    });
  });
  return { columns: m.columns.map((column) => column.items.map((item) => item.id)), rects, links: m.links };
}

const byId = (connectors: Connector[]) => new Map(connectors.map((connector) => [connector.id, connector]));
const within = (y: number, rect: Rect) => y > rect.y && y < rect.y + rect.height;

describe('connector routing', () => {
  it('draws each kind: neighbour, distant, within a column, back (a cycle) and self', () => {
    const m = branchesAndCycle();
    const input = layout(m);
    const extra = [
      { id: 'a1->m1', from: 'a1', to: 'm1' },
      { id: 's1->s3', from: 's1', to: 's3' },
      { id: 'm1->m1', from: 'm1', to: 'm1' },
    ];
    const { connectors, bounds } = routeConnectors({ ...input, links: [...input.links, ...extra] });
    const c = byId(connectors);
    assert.equal(c.get('a1->s1')!.kind, 'neighbour');
    assert.match(c.get('a1->s1')!.d, /^M220 \d+(\.\d)?C/);
    assert.equal(c.get('a1->m1')!.kind, 'distant');
    assert.equal(c.get('s1->s3')!.kind, 'same-column');
    assert.equal(c.get('l1->s1')!.kind, 'back');
    assert.equal(c.get('m1->m1')!.kind, 'self');
    // A back link runs along a lane above every card it passes, and enters its target from the left.
    const back = c.get('l1->s1')!;
    assert.ok(Math.min(...back.points.map((p) => p.y)) < 0, 'the lane is above the top cards');
    assert.equal(back.end.x, 300, 'into s1’s left edge');
    assert.ok(bounds.y < 0, 'the bounds include the lane');
    // A distant link passes column 1 between its cards, not through one.
    const distant = c.get('a1->m1')!;
    const inColumn = distant.points.filter((p) => p.x >= 300 - 4 && p.x <= 520 + 4);
    assert.equal(inColumn.length, 2);
    for (const p of inColumn) for (const id of ['s1', 's2', 's3']) assert.ok(!within(p.y, input.rects.get(id)!), `passes ${id} by`);
  });

  it('mirrors for right-to-left columns', () => {
    const m = branchesAndCycle();
    const ltr = layout(m);
    const mirrored = new Map([...ltr.rects].map(([id, r]) => [id, { ...r, x: 1000 - r.x - r.width }]));
    const rtl = routeConnectors({ ...ltr, rects: mirrored, direction: 'rtl' });
    const plain = byId(routeConnectors(ltr).connectors);
    for (const connector of rtl.connectors) {
      const twin = plain.get(connector.id)!;
      assert.deepEqual(
        connector.points.map((p) => [Math.round(1000 - p.x), Math.round(p.y)]),
        twin.points.map((p) => [Math.round(p.x), Math.round(p.y)]),
      );
    }
  });

  it('a link to an item without a box (not shown) gets no connector', () => {
    const m = branchesAndCycle();
    const input = layout(m);
    const rects = new Map(input.rects);
    rects.delete('m1');
    assert.ok(!routeConnectors({ ...input, rects }).connectors.some((c) => c.from === 'm1' || c.to === 'm1'));
  });

  it('property: lanes in gutters stay between the columns, however many links share a gutter', () => {
    fc.assert(
      fc.property(anyModel, (m) => {
        const input = layout(m);
        for (const connector of routeConnectors(input).connectors) {
          if (connector.kind !== 'same-column' && connector.kind !== 'back') continue;
          for (const p of connector.points.slice(1, -1)) {
            for (const rect of input.rects.values()) assert.ok(!(p.x > rect.x && p.x < rect.x + rect.width && p.y >= rect.y && p.y <= rect.y + rect.height), `${connector.id} runs through a card`);
            m.columns.forEach((column, c) => {
              if (column.items.length > 0) assert.ok(p.x <= c * 300 || p.x >= c * 300 + 220, `${connector.id}: lane at x ${p.x} is in a gutter, not in column ${c}`);
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: one connector per link, ends on the cards’ edges, ends on one side of a card never overlap, no NaN', () => {
    fc.assert(
      fc.property(anyModel, fc.integer({ min: 1, max: 1000 }), (m, seed) => {
        const input = layout(m, (i) => 30 + ((i * seed) % 90));
        const { connectors } = routeConnectors(input);
        assert.equal(connectors.length, m.links.length);
        const ports = new Set<string>();
        for (const connector of connectors) {
          assert.doesNotMatch(connector.d, /NaN|Infinity|undefined/);
          const from = input.rects.get(connector.from)!;
          const to = input.rects.get(connector.to)!;
          assert.equal(connector.start.x, from.x + from.width, 'leaves from the right edge');
          assert.ok(within(connector.start.y, from));
          const rightSide = connector.kind === 'same-column' || connector.kind === 'self';
          assert.equal(connector.end.x, rightSide ? to.x + to.width : to.x);
          assert.ok(within(connector.end.y, to));
          for (const [p, item] of [
            [connector.start, connector.from],
            [connector.end, connector.to],
          ] as const) {
            const key = `${item}:${p.x}:${p.y.toFixed(3)}`;
            assert.ok(!ports.has(key), `two arrows share a port on ${item}`);
            ports.add(key);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
