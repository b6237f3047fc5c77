// The editor's pure parts: texts in one language, indicator edits, moves by column, focus after a
// deletion, saved-version ids, the model file, and the comparison's rows and board marks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseChangeModel } from '@sammen/sdk';
import * as edits from '../src/edit/model-edits.js';
import { modelFileName, modelToJson, parseModelFile } from '../src/edit/model-file.js';
import { isVersionOf, versionId } from '../src/compare/versions.js';
import { compareRows, itemMarks } from '../src/compare/compare-rows.js';
import { diffModels } from '../src/logic/model-diff.js';
import { quarterModel } from './edit-fixtures.js';

describe('withText', () => {
  it('replaces one language and keeps the others; a plain string is replaced', () => {
    assert.deepEqual(edits.withText({ da: 'a', nb: 'b' }, 'da', 'c'), { da: 'c', nb: 'b' });
    assert.deepEqual(edits.withText({ da: 'a', nb: 'b' }, 'da', ''), { nb: 'b' });
    assert.equal(edits.withText('gammel', 'da', 'ny'), 'ny');
    assert.equal(edits.withText(undefined, 'nb', 'ny'), 'ny');
  });
});

describe('indicator edits', () => {
  it('adds, replaces and removes an indicator; ids are fresh across the model', () => {
    const model = quarterModel();
    const indicator = edits.newIndicator(model, 'Trivsel', 'da');
    assert.notEqual(indicator.id, 'i1');
    const added = edits.putIndicator(model, 'r1', indicator);
    assert.deepEqual(edits.placeOf(added, 'r1')!.item.indicators, [indicator]);
    const moved = edits.putIndicator(added, 'r1', { ...indicator, status: 'at-risk' });
    assert.equal(edits.placeOf(moved, 'r1')!.item.indicators![0]!.status, 'at-risk');
    assert.deepEqual(edits.placeOf(edits.removeIndicator(moved, 'r1', indicator.id), 'r1')!.item.indicators, []);
    assert.equal(edits.removeIndicator(model, 'r1', 'none'), model, 'nothing to remove: the same model');
    assert.equal(parseChangeModel(moved).ok, true);
  });
});

describe('link texts', () => {
  it('sets a rationale and removes it again with an empty text', () => {
    const model = quarterModel();
    const set = edits.setLinkText(model, 'a1->r1', 'evidence', { da: 'Evaluering 2025' });
    assert.deepEqual(set.links[0]!.evidence, { da: 'Evaluering 2025' });
    const cleared = edits.setLinkText(set, 'a1->r1', 'evidence', '');
    assert.equal('evidence' in cleared.links[0]!, false);
    assert.equal(edits.setLinkText(model, 'a1->r1', 'evidence', ''), model);
  });
});

describe('item texts', () => {
  it('sets an item\'s assumptions and removes them with an empty text', () => {
    const model = quarterModel();
    const set = edits.setItemText(model, 'a2', 'assumptions', { da: 'Forældre har tid' });
    assert.deepEqual(edits.placeOf(set, 'a2')!.item.assumptions, { da: 'Forældre har tid' });
    assert.equal('assumptions' in edits.placeOf(edits.setItemText(set, 'a2', 'assumptions', ''), 'a2')!.item, false);
    assert.equal(edits.setItemText(model, 'a2', 'targetGroup', ''), model);
  });
});

describe('moveItemToColumn and neighbourAfterRemoval', () => {
  it('moves to the end of another column and keeps links', () => {
    const next = edits.moveItemToColumn(quarterModel(), 'r1', 'medium');
    assert.deepEqual(
      next.columns.map((column) => column.items.map((item) => item.id)),
      [['a1', 'a2'], ['r2'], ['r1'], []],
    );
    assert.equal(next.links.length, 1);
  });

  it('focus goes to the next item, else the previous, else nowhere in that column', () => {
    const model = quarterModel();
    assert.equal(edits.neighbourAfterRemoval(model, 'a1'), 'a2');
    assert.equal(edits.neighbourAfterRemoval(model, 'a2'), 'a1');
    assert.equal(edits.neighbourAfterRemoval(edits.removeItem(model, 'a2'), 'a1'), undefined);
  });

  it('any sequence of editor edits keeps the model valid (property)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add'), column: fc.constantFrom('activities', 'short', 'medium', 'long') }),
      fc.record({ kind: fc.constant('move'), id: fc.constantFrom('a1', 'a2', 'r1', 'r2'), column: fc.constantFrom('activities', 'short', 'medium', 'long') }),
      fc.record({ kind: fc.constant('indicator'), id: fc.constantFrom('a1', 'a2', 'r1', 'r2') }),
      fc.record({ kind: fc.constant('link'), from: fc.constantFrom('a1', 'a2', 'r1', 'r2', 'item'), to: fc.constantFrom('a1', 'a2', 'r1', 'r2', 'item') }),
      fc.record({ kind: fc.constant('remove'), id: fc.constantFrom('a1', 'a2', 'r1', 'r2', 'item') }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let model = quarterModel();
        for (const step of ops) {
          if (step.kind === 'add') model = edits.addItem(model, step.column, edits.newItem(model, 'Ny', 'da'));
          else if (step.kind === 'move') model = edits.moveItemToColumn(model, step.id, step.column);
          else if (step.kind === 'indicator') model = edits.putIndicator(model, step.id, edits.newIndicator(model, 'Ny', 'da'));
          else if (step.kind === 'link') model = edits.addLink(model, step.from, step.to);
          else model = edits.removeItem(model, step.id);
        }
        const parsed = parseChangeModel(model);
        assert.equal(parsed.ok, true, parsed.ok ? '' : JSON.stringify(parsed.issues));
      }),
    );
  });
});

describe('saved versions', () => {
  it('names a version after its model and time, and tells versions of one model from others', () => {
    const id = versionId('kvartal', new Date('2026-10-01T10:15:00.123Z'));
    assert.equal(id, 'kvartal@v20261001T101500123Z');
    assert.equal(isVersionOf(id, 'kvartal'), true);
    assert.equal(isVersionOf(id, 'kvart'), false);
    assert.equal(isVersionOf('kvartal@vx', 'kvartal'), false);
    assert.equal(isVersionOf(versionId('kvartal@v1', new Date()), 'kvartal'), false, "a version of another model whose id starts alike");
    assert.equal(parseChangeModel({ ...quarterModel(), id }).ok, true, 'a valid document id');
  });
});

describe('the model file', () => {
  it('round-trips a model and names the file after its id', () => {
    const model = quarterModel('Bedre chancer / 2026');
    const parsed = parseModelFile(modelToJson(model));
    assert.equal(parsed.ok, true);
    assert.deepEqual(parsed.ok && parsed.value, model);
    assert.equal(modelFileName(model), 'Bedre-chancer-2026.json');
  });

  it('locates malformed JSON and invalid models, and never throws (property)', () => {
    const bad = parseModelFile('{\n  "schema": ');
    assert.equal(bad.ok, false);
    assert.deepEqual(!bad.ok && bad.issues[0]!.params, { line: 2, column: 13 });
    const broken = quarterModel();
    broken.links.push({ id: 'x', from: 'a1', to: 'ingen' });
    const invalid = parseModelFile(JSON.stringify(broken));
    assert.equal(!invalid.ok && invalid.issues.some((issue) => issue.path === 'links[1].to'), true);
    fc.assert(fc.property(fc.string(), (text) => void parseModelFile(text)));
  });
});

describe('compare rows and marks', () => {
  it('names added, removed and changed things and status moves, removed ones by their old names', () => {
    const before = quarterModel();
    let after = edits.removeItem(before, 'a2');
    after = edits.addItem(after, 'medium', { id: 'm1', title: { da: 'Trivsel' } });
    after = edits.putIndicator(after, 'a1', { id: 'i1', name: { da: 'Fremmøde' }, status: 'at-risk' });
    after = edits.setLinkText(after, 'a1->r1', 'rationale', { da: 'Ny begrundelse' });
    const rows = compareRows(diffModels(before, after), before, after, 'da');
    const brief = rows.map((row) => [row.change, row.subject, row.name, row.fields.join(','), row.to ? `${row.from}→${row.to}` : ''].filter(Boolean).join(' '));
    assert.deepEqual(brief.sort(), [
      'added item Trivsel',
      'changed item Familiegrupper indicators',
      'changed link Familiegrupper → Forældre deltager rationale',
      'removed item Åben rådgivning',
      'status indicator Familiegrupper: Fremmøde on-track→at-risk',
    ]);
    assert.deepEqual([...itemMarks(diffModels(before, after))].sort(), [['a1', 'changed'], ['m1', 'added']]);
  });

  it('finds nothing between a model and itself', () => {
    const model = quarterModel();
    assert.deepEqual(compareRows(diffModels(model, model), model, model, 'da'), []);
  });
});
