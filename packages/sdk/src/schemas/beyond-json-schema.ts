// Checks the SDK's parser makes that a JSON Schema (draft-07) cannot express. They are named
// here once: the schemas use the messages, the published JSON Schema files list them in their
// `description`, docs/data-model.md explains them, and the schema-agreement test accepts a
// disagreement only when the parser's issue is one of these.
import type { IssueCode } from '../issues.js';
import { LIMITS } from './common.js';

/** One check beyond JSON Schema. */
export interface CheckBeyondJsonSchema {
  /** Stable name, for tests and docs. */
  name: 'document-size' | 'tie-ends' | 'link-ends' | 'unique-ids';
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

export const CHECKS_BEYOND_JSON_SCHEMA: readonly CheckBeyondJsonSchema[] = [
  {
    name: 'document-size',
    kinds: ['*'],
    message: `expected at most ${LIMITS.documentValues} values in one document`,
    rule: `the whole document holds at most ${LIMITS.documentValues} values and ${LIMITS.documentCharacters} characters of text, keys included`,
    code: 'max-length',
  },
  {
    name: 'tie-ends',
    kinds: ['relation-map'],
    message: TIE_ENDS_MESSAGE,
    rule: 'every tie joins two people of the map (rounds[].ties[].from and .to name an id in people[])',
    code: 'invalid',
  },
  {
    name: 'link-ends',
    kinds: ['change-model'],
    message: LINK_ENDS_MESSAGE,
    rule: 'every link joins two items of the model (links[].from and .to name an id in columns[].items[]); the issue is located at the link end',
    code: 'missing-reference',
  },
  {
    name: 'unique-ids',
    kinds: ['change-model'],
    message: DUPLICATE_ID_MESSAGE,
    rule: 'ids are unique among columns, among items (of all columns), among indicators (of all items) and among links; the issue is located at the second use',
    code: 'duplicate-id',
  },
];
