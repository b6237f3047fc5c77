import { expect, waitUntil } from '@open-wc/testing';
import { parseChangeModel, parseJson, parseReflectionDeck, type Issue } from '@sammen/sdk';
import { activeLocale, issueMessage, loadErrorMessages } from '@sammen/core';
import '@sammen/core/define';

async function inLocale(lang: 'da' | 'nb' | 'en'): Promise<void> {
  document.documentElement.lang = lang;
  // Any element following <html lang> starts the observer; wait until the locale is active.
  document.body.append(document.createElement('sammen-button'));
  await waitUntil(() => activeLocale() === lang, `locale ${lang}`);
  // issueMessage's texts are core's errors part (locale-parts.mjs): loaded with the error view, or so.
  await loadErrorMessages();
}

const issuesOf = (text: string): Issue[] => {
  const result = parseJson(text, parseReflectionDeck);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
};

describe('issue messages in the reader’s language', () => {
  after(() => {
    document.documentElement.lang = 'da';
  });

  it('translates the SDK’s issue codes, keeping numbers, and falls back to the English message', async () => {
    const tooFew: Issue = { path: 'themes[0].cards[0].questions', message: 'expected at least 1 item', code: 'min-length', params: { min: 1, unit: 'items' } };
    await inLocale('da');
    expect(issueMessage(tooFew)).to.equal('skal have mindst ét element');
    expect(issueMessage({ ...tooFew, params: { min: 3, unit: 'characters' } })).to.equal('skal have mindst 3 tegn');
    expect(issueMessage(issuesOf('{"a": 1,}')[0]!)).to.equal('filen er ikke gyldig JSON: linje 1, kolonne 9');
    expect(issueMessage(issuesOf('[]')[0]!)).to.equal('forventede et dokument (et JSON-objekt), fik en liste');
    expect(issueMessage({ path: 'x', message: 'rejected by the server' })).to.equal('rejected by the server', 'no code: the SDK’s own words');
    await inLocale('nb');
    expect(issueMessage(tooFew)).to.equal('må ha minst ett element');
    await inLocale('en');
    expect(issueMessage(tooFew)).to.equal('expected at least one item');
    expect(issueMessage(issuesOf(JSON.stringify({ schema: 'sammen.reflection-deck/v9' }))[0]!)).to.match(/^version 9 is newer than this version of Sammen can read \(1\)/);
  });

  it('says where a change model refers to a missing item or repeats an id, in Danish and Norwegian', async () => {
    const model = {
      schema: 'sammen.change-model/v2',
      id: 'm',
      revision: 1,
      updatedAt: '2026-11-22T10:00:00.000Z',
      title: 'M',
      columns: [{ id: 'c', kind: 'activities', items: [{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }] }],
      links: [{ id: 'l', from: 'a', to: 'gone' }],
    };
    const result = parseChangeModel(model);
    if (result.ok) throw new Error('expected issues');
    await inLocale('da');
    expect(result.issues.map((issue) => `${issue.path}: ${issueMessage(issue)}`)).to.deep.equal([
      'columns[0].items[1].id: et andet af samme slags har allerede dette id',
      'links[0].to: peger på noget, som dokumentet ikke indeholder',
    ]);
    await inLocale('nb');
    expect(issueMessage(result.issues[1]!)).to.equal('peker på noe som dokumentet ikke inneholder');
  });
});
