import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findPersonalData, personalDataKinds } from '../src/privacy-guard.js';

test('privacy guard: the four patterns are found, in their usual spellings', () => {
  const cases: [string, string][] = [
    ['Barnets CPR er 010203-1234', 'cpr'],
    ['cpr 0102031234 i journalen', 'cpr'],
    ['Fødselsnummer 15038512363', 'fnr'],
    ['D-nummer 550385 12357', 'fnr'],
    ['Skriv til mor@example.dk', 'email'],
    ['ring.til.ålborg+1@kommune.dk', 'email'],
    ['Far: 12 34 56 78', 'phone'],
    ['Mobil 12345678', 'phone'],
    ['+45 12 34 56 78', 'phone'],
    ['+47 912 34 567', 'phone'],
    ['tlf. 1234-5678', 'phone'],
    ['0047 91234567', 'phone'],
  ];
  for (const [text, kind] of cases) assert.deepEqual(personalDataKinds(text), [kind], text);
});

test('privacy guard: ordinary dates, times, ages and numbers are not flagged', () => {
  const ordinary = [
    'Mødet er 12.03.2024 kl. 14.30',
    'Den 2024-03-12 talte vi sammen',
    '12/03/2024',
    'A. er 4 år og har 2 søskende',
    'Vi var 12 voksne og 23 børn',
    'Uge 47, år 2026',
    '1234567', // 7 digits
    'Sagsnummer 2026-001234',
    '15038512364', // 11 digits with wrong control digits
    '320345-1234', // day 32 is no date
    'mor@', // no domain
  ];
  for (const text of ordinary) assert.deepEqual(findPersonalData(text), [], text);
});

test('privacy guard: positions point at the finding; each kind reported once', () => {
  const text = 'A. (mor: 12 34 56 78, far: 87654321) cpr 010203-1234';
  const findings = findPersonalData(text);
  assert.deepEqual(findings.map((finding) => finding.kind), ['phone', 'phone', 'cpr']);
  assert.equal(text.slice(findings[2]!.index, findings[2]!.index + findings[2]!.length), '010203-1234');
  assert.deepEqual(personalDataKinds(text), ['cpr', 'phone']);
});

test('privacy guard never throws and never reports outside the text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      for (const finding of findPersonalData(text)) assert.ok(finding.index >= 0 && finding.index + finding.length <= text.length);
    }),
  );
});

// The old detector's e-mail pattern: correct, but it backtracks quadratically on long runs of
// letters (issue 13 point 8). The linear scan must find exactly what it finds.
const REFERENCE_EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const referenceEmails = (text: string) => [...text.matchAll(REFERENCE_EMAIL)].map((match) => ({ index: match.index, length: match[0].length }));
const emailsOf = (text: string) => findPersonalData(text).filter((finding) => finding.kind === 'email').map(({ index, length }) => ({ index, length }));

test('privacy guard: e-mail addresses are exactly those of the reference pattern (small inputs)', () => {
  // An alphabet dense in the characters that matter: letters (one outside the BMP), digits and
  // the separators of local parts and domains.
  const char = fc.constantFrom('a', 'b', 'æ', '𝐀', '1', '@', '@', '.', '.', '-', '_', '+', '%', ' ', '\n');
  fc.assert(
    fc.property(fc.array(char, { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
      assert.deepEqual(emailsOf(text), referenceEmails(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
  for (const text of ['a@b.cd', 'x a@b@c.de y', 'a@b.cd.ef1', 'a.b@c.d.ef-g', '@a.bc', 'a@.bc', 'a@b.c', 'mor@example.dk, far@example.no']) {
    assert.deepEqual(emailsOf(text), referenceEmails(text), text);
  }
});

test('privacy guard: a phone number inside another finding is not reported again', () => {
  assert.deepEqual(personalDataKinds('0102031234'), ['cpr']);
  assert.deepEqual(personalDataKinds('12345678@kommune.dk'), ['email']);
  assert.deepEqual(findPersonalData('12345678@kommune.dk 87654321').map((finding) => finding.kind), ['email', 'phone']);
});
