// @sammen/react's generated files (src/jsx-types.ts, src/events.ts) say what the widgets' Custom
// Elements Manifest says today: a property or event added to a widget's JSDoc without
// `node packages/react/scripts/generate-jsx-types.mjs` fails here.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  EVENTS_FILE,
  JSX_TYPES_FILE,
  eventMaps,
  eventProp,
  jsxTypes,
  readManifests,
  widgetSurfaces,
  // @ts-expect-error plain .mjs script without types
} from '../scripts/generate-jsx-types.mjs';

type Manifests = Record<string, unknown>;
type Surface = { tag: string; properties: { name: string }[]; events: { name: string; detail: string }[] };

let manifests: Manifests;
before(() => {
  // The manifests are build output (gitignored): write them from the sources as they are now.
  execFileSync(process.execPath, ['test/scripts/analyze-elements.mjs'], { stdio: 'ignore' });
  manifests = readManifests() as Manifests;
});

const regenerate = 'out of date with the Custom Elements Manifest: run `npm run analyze && node packages/react/scripts/generate-jsx-types.mjs`';

test('src/jsx-types.ts is generated from the current manifest', () => {
  assert.equal(readFileSync(JSX_TYPES_FILE, 'utf8'), jsxTypes(manifests), `packages/react/src/jsx-types.ts is ${regenerate}`);
});

test('src/events.ts is generated from the current manifest', () => {
  assert.equal(readFileSync(EVENTS_FILE, 'utf8'), eventMaps(manifests), `packages/react/src/events.ts is ${regenerate}`);
});

test('every widget brings its documented events, each with a detail type, and its document property', () => {
  const surfaces = widgetSurfaces(manifests) as Surface[];
  const byTag = new Map(surfaces.map((surface) => [surface.tag, surface]));
  const events = (tag: string) => byTag.get(tag)!.events.map((event) => event.name).sort();
  assert.deepEqual(events('sammen-reflection-deck'), ['sammen-card-change', 'sammen-error', 'sammen-notes-change']);
  assert.deepEqual(events('sammen-perspective-triangle'), ['sammen-error', 'sammen-session-change']);
  assert.deepEqual(events('sammen-change-model'), ['sammen-error', 'sammen-model-change', 'sammen-select']);
  assert.deepEqual(events('sammen-relation-map'), ['sammen-error', 'sammen-map-change', 'sammen-select']);
  const documentProperty = { 'sammen-reflection-deck': 'deck', 'sammen-perspective-triangle': 'session', 'sammen-change-model': 'model', 'sammen-relation-map': 'map' };
  for (const [tag, name] of Object.entries(documentProperty)) {
    const properties = byTag.get(tag)!.properties.map((property) => property.name);
    assert.ok(properties.includes(name) && properties.includes('store'), `<${tag}> takes \`${name}\` and \`store\` as properties`);
    assert.ok(!properties.includes('loaded'), `<${tag}>'s read-only \`loaded\` is no prop`);
  }
});

test('an event name becomes its React 18 prop: sammen-model-change → onModelChange', () => {
  assert.equal(eventProp('sammen-select'), 'onSelect');
  assert.equal(eventProp('sammen-model-change'), 'onModelChange');
  assert.equal(eventProp('sammen-notes-change'), 'onNotesChange');
});
