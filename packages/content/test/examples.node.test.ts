// The example documents as files (issue 17): packages/content/examples/<kind>.<lang>.json, one
// per kind and language, each valid by the published JSON Schema file of its `schema` (Ajv, an
// independent validator) and by the SDK's parser; the widgets' built-in examples are made from
// exactly these files (generated modules, kept in step by `npm run examples`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parseDocument } from '@sammen/sdk';
import { loadExampleDeck, loadWorkedCase } from '../src/index.js';
// @ts-expect-error plain .mjs script without types
import { GENERATED_DIR, exampleFiles, generatedExamples, mergeLanguages } from '../scripts/generate-examples.mjs';

type ExampleFile = { name: string; kind: string; lang: string; document: { schema: string; id: string; languages?: string[] } };

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
      assert.equal(file.document.schema.replace(/^sammen\.|\/v\d+$/g, ''), file.kind, `${file.name}: the file name names its kind`);
      const schema = JSON.parse(readFileSync(join('packages', 'sdk', 'schemas', `${file.kind}.schema.json`), 'utf8')) as { $id?: string };
      const validate = ajv.getSchema(schema.$id ?? file.kind) ?? ajv.compile(schema);
      assert.ok(validate(file.document), `${file.name}: ${JSON.stringify(validate.errors)}`);
      const parsed = parseDocument(file.document);
      assert.ok(parsed.ok, `${file.name}: ${JSON.stringify(!parsed.ok && parsed.issues)}`);
    }
  });

  it('come one per kind and UI language, each in its own language', () => {
    for (const kind of new Set(files.map((file) => file.kind))) {
      assert.deepEqual(
        files.filter((file) => file.kind === kind).map((file) => file.lang),
        UI_LANGUAGES,
        `${kind}: one file per language`,
      );
    }
    for (const file of files) if (file.document.languages) assert.deepEqual(file.document.languages, [file.lang], file.name);
  });

  it('are what the generated modules hold (npm run examples is up to date)', () => {
    for (const [name, text] of generatedExamples() as Map<string, string>) {
      assert.equal(readFileSync(join(GENERATED_DIR, name), 'utf8'), text, `${GENERATED_DIR}/${name} is stale: run npm run examples`);
    }
  });

  it('are the widgets’ built-in examples', async () => {
    const of = (kind: string) => files.filter((file) => file.kind === kind).map((file) => file.document);
    assert.deepEqual(await loadExampleDeck(), mergeLanguages(of('reflection-deck')));
    for (const [index, lang] of UI_LANGUAGES.entries()) assert.deepEqual(await loadWorkedCase(lang), of('perspective-session')[index]);
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
