// `@sammen/sdk/backend`: the SDK's own checks and import rules for a server implementing
// docs/api/openapi.yaml (@sammen/server), so a backend validates with the very code the
// stores use — nothing is validated by hand twice. Not part of the browser bundle.
export { validateBundle, planImport } from './stores/bundle.js';
export { kindOf } from './stores/document-key.js';
export { documentIdIssue } from './schemas/common.js';
