import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseChangeModel } from '@sammen/sdk';
import { generateModel } from '../../src/logic/generate-model.js';
import { routeConnectors } from '../../src/logic/connector-routing.js';

describe('generated model', () => {
  it('is a valid model of 100 items and 300 distinct links, the same for the same seed', () => {
    const model = generateModel();
    const parsed = parseChangeModel(JSON.parse(JSON.stringify(model)));
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
    assert.equal(model.columns.flatMap((column) => column.items).length, 100);
    assert.equal(model.links.length, 300);
    assert.equal(new Set(model.links.map((link) => `${link.from}>${link.to}`)).size, 300);
    assert.deepEqual(generateModel(), model);
    assert.notDeepEqual(generateModel({ seed: 2 }).links, model.links);
  });

  it('has every kind of connector the routing knows', () => {
    const model = generateModel();
    const rects = new Map(model.columns.flatMap((column, c) => column.items.map((item, i) => [item.id, { x: c * 300, y: i * 80, width: 220, height: 60 }] as const)));
    const kinds = new Set(routeConnectors({ columns: model.columns.map((column) => column.items.map((item) => item.id)), rects, links: model.links }).connectors.map((c) => c.kind));
    assert.deepEqual([...kinds].sort(), ['back', 'distant', 'neighbour', 'same-column']);
  });
});
