// The situation header's privacy guard: text that looks like a Danish CPR number, a Norwegian
// national identity number (fødselsnummer, also D-numbers), an e-mail address or a phone number
// gets a warning suggesting a pseudonym. Pure; the text is never changed — the user decides.

export type PersonalDataKind = 'cpr' | 'fnr' | 'email' | 'phone';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Where it starts in the text, and how long it is (to point at it, never to log it). */
  index: number;
  length: number;
}

const isDate = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;

/** A CPR number: DDMMYY-SSSS or DDMMYYSSSS with a real day and month (no modulus 11 since 2007). */
const CPR = /(?<![\d-])(\d{2})(\d{2})(\d{2})-?(\d{4})(?![\d-])/g;

/** A Norwegian fødselsnummer or D-number: 11 digits whose two control digits check out. */
const FNR = /(?<![\d-])(\d{6}) ?(\d{5})(?![\d-])/g;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/**
 * A Danish or Norwegian phone number: optional +45/+47/0045/0047, then 8 digits written plain or
 * grouped as 2-2-2-2, 3-2-3 or 4-4 (space or hyphen). Dates (2024-03-12, 12.03.2024) and clock
 * times are other shapes and do not match.
 */
const PHONE = /(?<![\d+-])(?:(?:\+|00)4[57][ -]?)?(?:\d{8}|\d{2}([ -])\d{2}\1\d{2}\1\d{2}|\d{3}([ -])\d{2}\2\d{3}|\d{4}[ -]\d{4})(?![\d-])/g;

function fnrValid(digits: string): boolean {
  const d = [...digits].map(Number);
  const day = d[0]! * 10 + d[1]!;
  const month = d[2]! * 10 + d[3]!;
  if (!isDate(day > 40 ? day - 40 : day, month)) return false;
  const k1w = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const k2w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const control = (weights: number[]) => {
    const rest = 11 - (weights.reduce((sum, weight, index) => sum + weight * d[index]!, 0) % 11);
    return rest === 11 ? 0 : rest;
  };
  return control(k1w) === d[9] && control(k2w) === d[10];
}

/** Everything in `text` that looks like personal data, in order of position. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const add = (kind: PersonalDataKind, match: RegExpMatchArray) => findings.push({ kind, index: match.index ?? 0, length: match[0].length });
  for (const match of text.matchAll(CPR)) {
    if (isDate(Number(match[1]), Number(match[2]))) add('cpr', match);
  }
  for (const match of text.matchAll(FNR)) {
    if (fnrValid(`${match[1]}${match[2]}`)) add('fnr', match);
  }
  for (const match of text.matchAll(EMAIL)) add('email', match);
  const covered = (index: number) => findings.some((finding) => index >= finding.index && index < finding.index + finding.length);
  for (const match of text.matchAll(PHONE)) {
    if (!covered(match.index ?? 0)) add('phone', match);
  }
  return findings.sort((a, b) => a.index - b.index);
}

/** The kinds found, each once, in a stable order. */
export function personalDataKinds(text: string): PersonalDataKind[] {
  const kinds = new Set(findPersonalData(text).map((finding) => finding.kind));
  return (['cpr', 'fnr', 'email', 'phone'] as const).filter((kind) => kinds.has(kind));
}
