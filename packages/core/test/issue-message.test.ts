import { expect, waitUntil } from '@open-wc/testing';
import { parseJson, parseReflectionDeck, type Issue } from '@sammen/sdk';
import { activeLocale, issueMessage } from '@sammen/core';
import '@sammen/core/define';

async function inLocale(lang: 'da' | 'nb' | 'en'): Promise<void> {
  document.documentElement.lang = lang;
  // Any element following <html lang> starts the observer; wait until the locale is active.
  document.body.append(document.createElement('sammen-button'));
  await waitUntil(() => activeLocale() === lang, `locale ${lang}`);
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
});
