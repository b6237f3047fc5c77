// Checks the SDK's parser makes that a JSON Schema (draft-07) cannot express. They are named
// here once: the schemas use the messages, the published JSON Schema files list them in their
// `description`, docs/data-model.md explains them, and the schema-agreement test accepts a
// disagreement only when the parser's issue is one of these.
import type { IssueCode } from '../issues.js';
import { LIMITS } from '../limits.js';

/** One check beyond JSON Schema. */
export interface CheckBeyondJsonSchema {
  /** Stable name, for tests and docs. */
  name: 'document-size' | 'tie-ends' | 'link-ends' | 'no-self-ties' | 'unique-ids' | 'centre' | 'closeness-ends' | 'group-ties-positive';
  /** The document kinds it applies to (`*` for all). */
  kinds: readonly string[];
  /** The issue message the parser gives when the check fails. */
  message: string;
  /** What it requires, for the JSON Schema description. */
  rule: string;
  /** The code of the parser's issue, so a widget can say it in the reader's language. */
  code: IssueCode;
}

export const TIE_ENDS_MESSAGE = 'every tie must join two people of the map';
export const LINK_ENDS_MESSAGE = 'every link must join two items of the model';
export const DUPLICATE_ID_MESSAGE = 'another one of the same kind already has this id';
export const SELF_TIE_MESSAGE = 'a tie joins two different people';
export const CENTRE_MESSAGE = 'the centre must be a person of the map';
export const CLOSENESS_ENDS_MESSAGE = 'every closeness rating must join two people of the map';
export const GROUP_TIES_POSITIVE_MESSAGE = "in a group map, children's ties are positive choices only (plays-with, seeks-out, asks-for-help), never negative choices or rankings";

export const DOCUMENT_SIZE_MESSAGE = `expected at most ${LIMITS.documentValues} values in one document`;

/**
 * The issue code of each check's message: all that `toIssues` needs at run time, apart from the
 * list below, so a page's bundle carries these few words and not the rules' long descriptions
 * (which only the JSON Schema files and docs use).
 */
const CHECK_CODES = new Map<string, IssueCode>([
  [DOCUMENT_SIZE_MESSAGE, 'max-length'],
  [TIE_ENDS_MESSAGE, 'not-a-person'],
  [SELF_TIE_MESSAGE, 'self-tie'],
  [DUPLICATE_ID_MESSAGE, 'duplicate-id'],
  [CENTRE_MESSAGE, 'not-a-person'],
  [CLOSENESS_ENDS_MESSAGE, 'not-a-person'],
  [GROUP_TIES_POSITIVE_MESSAGE, 'positive-choices-only'],
  [LINK_ENDS_MESSAGE, 'missing-reference'],
]);

/** The code of a check beyond JSON Schema, by its message; undefined for any other message. */
export function checkCodeOf(message: string): IssueCode | undefined {
  return CHECK_CODES.get(message);
}

const code = (message: string): IssueCode => CHECK_CODES.get(message) ?? 'invalid';

export const CHECKS_BEYOND_JSON_SCHEMA: readonly CheckBeyondJsonSchema[] = [
  {
    name: 'document-size',
    kinds: ['*'],
    message: DOCUMENT_SIZE_MESSAGE,
    rule: `the whole document holds at most ${LIMITS.documentValues} values and ${LIMITS.documentCharacters} characters of text, keys included`,
    code: code(DOCUMENT_SIZE_MESSAGE),
  },
  {
    name: 'tie-ends',
    kinds: ['relation-map'],
    code: code(TIE_ENDS_MESSAGE),
    message: TIE_ENDS_MESSAGE,
    rule: 'every tie joins two people of the map (rounds[].ties[].from and .to name an id in people[])',
  },
  {
    name: 'no-self-ties',
    kinds: ['relation-map'],
    code: code(SELF_TIE_MESSAGE),
    message: SELF_TIE_MESSAGE,
    rule: 'a tie joins two different people (rounds[].ties[].from differs from .to)',
  },
  {
    name: 'unique-ids',
    kinds: ['change-model', 'relation-map'],
    code: code(DUPLICATE_ID_MESSAGE),
    message: DUPLICATE_ID_MESSAGE,
    rule: "ids are unique: in a change model among columns, among items (of all columns), among indicators (of all items) and among links; in a relation map within people[], within rounds[] and within each round's ties[], and an adult rates a child at most once per round; the issue is located at the second use",
  },
  {
    name: 'centre',
    kinds: ['relation-map'],
    code: code(CENTRE_MESSAGE),
    message: CENTRE_MESSAGE,
    rule: 'centre, when present, names an id in people[]',
  },
  {
    name: 'closeness-ends',
    kinds: ['relation-map'],
    code: code(CLOSENESS_ENDS_MESSAGE),
    message: CLOSENESS_ENDS_MESSAGE,
    rule: 'rounds[].closeness[].adult and .child name an id in people[]',
  },
  {
    name: 'group-ties-positive',
    kinds: ['relation-map'],
    code: code(GROUP_TIES_POSITIVE_MESSAGE),
    message: GROUP_TIES_POSITIVE_MESSAGE,
    rule: 'in mode "group", every tie\'s kind is plays-with, seeks-out or asks-for-help and its quality, if any, is positive',
  },
  {
    name: 'link-ends',
    kinds: ['change-model'],
    code: code(LINK_ENDS_MESSAGE),
    message: LINK_ENDS_MESSAGE,
    rule: 'every link joins two items of the model (links[].from and .to name an id in columns[].items[]); the issue is located at the link end',
  },
];
