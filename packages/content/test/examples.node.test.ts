// The example documents as files (issue 17): packages/content/examples/<kind>.<lang>.json, one
// per kind and language (a second example of a kind: <kind>-<what>.<lang>.json), each valid by the published JSON Schema file of its `schema` (Ajv, an
// independent validator) and by the SDK's parser; the widgets' built-in examples are made from
// exactly these files (generated modules, kept in step by `npm run examples`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parseDocument } from '@sammen/sdk';
import { loadExampleChangeModel, loadExampleDeck, loadExampleGroup, loadExampleNetwork, loadWorkedCase } from '../src/index.js';
// @ts-expect-error plain .mjs script without types
import { GENERATED_DIR, exampleFiles, generatedExamples, mergeLanguages } from '../scripts/generate-examples.mjs';

type ExampleFile = { name: string; stem: string; kind: string; lang: string; document: { schema: string; id: string; languages?: string[] } };

// ajv-formats is CommonJS with a default export; under tsx/ESM it arrives wrapped once more.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

const files = exampleFiles() as ExampleFile[];
const UI_LANGUAGES = ['da', 'nb', 'en'];

describe('example documents as files', () => {
  it('validate against the published JSON Schema of their kind, and parse', () => {
    assert.ok(files.length > 0);
    for (const file of files) {
      const kind = file.document.schema.replace(/^sammen\.|\/v\d+$/g, '');
      assert.ok(file.name.startsWith(`${kind}.`) || file.name.startsWith(`${kind}-`), `${file.name}: the file name names its kind (${kind})`);
      const schema = JSON.parse(readFileSync(join('packages', 'sdk', 'schemas', `${file.kind}.schema.json`), 'utf8')) as { $id?: string };
      const validate = ajv.getSchema(schema.$id ?? file.kind) ?? ajv.compile(schema);
      assert.ok(validate(file.document), `${file.name}: ${JSON.stringify(validate.errors)}`);
      const parsed = parseDocument(file.document);
      assert.ok(parsed.ok, `${file.name}: ${JSON.stringify(!parsed.ok && parsed.issues)}`);
    }
  });

  it('come one per kind and UI language, each in its own language', () => {
    for (const stem of new Set(files.map((file) => file.stem))) {
      assert.deepEqual(
        files.filter((file) => file.stem === stem).map((file) => file.lang),
        UI_LANGUAGES,
        `${stem}: one file per language`,
      );
    }
    for (const file of files) if (file.document.languages) assert.deepEqual(file.document.languages, [file.lang], file.name);
  });

  it('are what the generated modules hold (npm run examples is up to date)', () => {
    for (const [name, text] of generatedExamples() as Map<string, string>) {
      assert.equal(readFileSync(join(GENERATED_DIR, name), 'utf8'), text, `${GENERATED_DIR}/${name} is stale: run npm run examples`);
    }
  });

  it('exist for every kind of document a widget shows, the graph widgets’ included (issue 17)', () => {
    assert.deepEqual([...new Set(files.map((file) => file.stem))], ['change-model', 'perspective-session', 'reflection-deck', 'relation-map', 'relation-map-network']);
  });

  it('are the widgets’ built-in examples', async () => {
    const of = (stem: string) => files.filter((file) => file.stem === stem).map((file) => file.document);
    assert.deepEqual(await loadExampleDeck(), mergeLanguages(of('reflection-deck')));
    assert.deepEqual(await loadExampleChangeModel(), mergeLanguages(of('change-model')));
    for (const [index, lang] of UI_LANGUAGES.entries()) {
      assert.deepEqual(await loadWorkedCase(lang), of('perspective-session')[index]);
      assert.deepEqual(await loadExampleGroup(lang), of('relation-map')[index], `relation-map.${lang}.json`);
      assert.deepEqual(await loadExampleNetwork(lang), of('relation-map-network')[index], `relation-map-network.${lang}.json`);
    }
  });

  it('of the change model hold each language’s text only, so a copy is one language to edit', () => {
    for (const file of files.filter((entry) => entry.stem === 'change-model')) {
      const languages = new Set(JSON.stringify(file.document).match(/"(da|nb|en)":/g));
      assert.deepEqual([...languages], [`"${file.lang}":`], file.name);
    }
  });
});

describe('mergeLanguages', () => {
  it('joins text objects and language lists', () => {
    assert.deepEqual(
      mergeLanguages([
        { languages: ['da'], title: { da: 'Hej' }, cards: [{ id: 'a', text: { da: 'A' } }] },
        { languages: ['nb'], title: { nb: 'Hei' }, cards: [{ id: 'a', text: { nb: 'A2' } }] },
      ]),
      { languages: ['da', 'nb'], title: { da: 'Hej', nb: 'Hei' }, cards: [{ id: 'a', text: { da: 'A', nb: 'A2' } }] },
    );
  });

  it('refuses languages that disagree on anything but text, naming where', () => {
    assert.throws(() => mergeLanguages([{ cards: [{ id: 'a' }] }, { cards: [{ id: 'b' }] }]), /\$\.cards\[0\]\.id: "a" in one language, "b" in another/);
    assert.throws(() => mergeLanguages([{ cards: [1, 2] }, { cards: [1] }]), /\$\.cards: 2 items in one language, 1 in another/);
  });
});
