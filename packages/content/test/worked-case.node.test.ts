import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PROMPT_IDS, PERSPECTIVE_IDS, parsePerspectiveSession } from '@sammen/sdk';
import { loadWorkedCase } from '../src/index.js';

test('the worked case is a valid, read-only, fully answered PerspectiveSession in da, nb and en', async () => {
  const titles = new Set<string>();
  for (const lang of ['da', 'nb', 'en']) {
    const result = parsePerspectiveSession(await loadWorkedCase(lang));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    const session = result.value;
    assert.equal(session.readOnly, true);
    for (const perspective of PERSPECTIVE_IDS) {
      for (const prompt of DEFAULT_PROMPT_IDS) assert.ok(session.perspectives[perspective].answers[prompt], `${lang} ${perspective}.${prompt}`);
    }
    assert.ok(session.sharedUnderstanding);
    assert.ok(session.nextSteps.length >= 2);
    titles.add(session.title);
  }
  assert.equal(titles.size, 3, 'each language has its own text');
  assert.equal(((await loadWorkedCase('sv')) as { id: string }).id, 'sammen-worked-case-mornings-da', 'unknown language → Danish');
});

test('a Nynorsk page gets the Bokmål worked case and example maps (ours have no Nynorsk)', async () => {
  const { loadExampleGroup, loadExampleNetwork } = await import('../src/index.js');
  for (const lang of ['nn', 'nn-NO', 'no']) {
    assert.equal(((await loadWorkedCase(lang)) as { id: string }).id, 'sammen-worked-case-mornings-nb', lang);
    assert.deepEqual(await loadExampleGroup(lang), await loadExampleGroup('nb'), lang);
    assert.deepEqual(await loadExampleNetwork(lang), await loadExampleNetwork('nb'), lang);
  }
});
