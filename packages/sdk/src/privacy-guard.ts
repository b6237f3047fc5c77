// The privacy guard every widget with free text can use: text that looks like a Danish CPR
// number, a Norwegian national identity number (fødselsnummer, also D-numbers), an e-mail address
// or a phone number gets a warning suggesting a pseudonym. Pure; the text is never changed — the
// user decides. Linear in the text's length (issue 13 point 8): the bounded patterns are regular
// expressions of fixed width, and e-mail addresses are found by a scan around each '@' instead of
// an unanchored regular expression, which backtracked quadratically on long runs of letters.

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

const LETTER = /\p{L}/u;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;

/** The code point ending just before `index` (a surrogate pair counts as one), or '' at the start. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

/** The code point starting at `index`, or '' at the end. */
function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * E-mail addresses, exactly as the global match of
 * `/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu` would find them, in O(length): each '@'
 * looks back over its local part (never past the previous '@' or match) and forward over its
 * domain (never past the next '@'), so every character is visited a bounded number of times.
 */
function findEmails(text: string): { index: number; length: number }[] {
  const found: { index: number; length: number }[] = [];
  let from = 0;
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', Math.max(from, at + 1))) {
    let start = at;
    for (let char = charBefore(text, start); start > from && char && LOCAL_CHAR.test(char); char = charBefore(text, start)) start -= char.length;
    if (start === at) continue;
    // The domain run, with the start of each character in it (a '.' and two letters end it).
    const starts: number[] = [];
    let end = at + 1;
    for (let char = charAt(text, end); char && DOMAIN_CHAR.test(char); char = charAt(text, end)) {
      starts.push(end);
      end += char.length;
    }
    // The last '.' with at least one domain character before it and two letters after it.
    let dot = -1;
    for (let i = starts.length - 3; i >= 1 && dot === -1; i--) {
      if (text[starts[i]!] === '.' && LETTER.test(charAt(text, starts[i + 1]!)) && LETTER.test(charAt(text, starts[i + 2]!))) dot = i;
    }
    if (dot === -1) continue;
    let stop = dot + 1;
    while (stop < starts.length && LETTER.test(charAt(text, starts[stop]!))) stop++;
    const matchEnd = stop < starts.length ? starts[stop]! : end;
    found.push({ index: start, length: matchEnd - start });
    from = matchEnd;
  }
  return found;
}

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
  for (const email of findEmails(text)) findings.push({ kind: 'email', ...email });
  // A phone number inside a CPR number, fødselsnummer or address is not reported twice. Phone
  // matches come in order, so one sweep over the other findings (by start) answers "covered?".
  const others = [...findings].sort((a, b) => a.index - b.index);
  let next = 0;
  let coveredUntil = -1;
  for (const match of text.matchAll(PHONE)) {
    const index = match.index ?? 0;
    for (; next < others.length && others[next]!.index <= index; next++) coveredUntil = Math.max(coveredUntil, others[next]!.index + others[next]!.length);
    if (coveredUntil <= index) add('phone', match);
  }
  return findings.sort((a, b) => a.index - b.index);
}

/** The kinds found, each once, in a stable order. */
export function personalDataKinds(text: string): PersonalDataKind[] {
  const kinds = new Set(findPersonalData(text).map((finding) => finding.kind));
  return (['cpr', 'fnr', 'email', 'phone'] as const).filter((kind) => kinds.has(kind));
}
