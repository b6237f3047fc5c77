// docs/api/openapi.yaml is the contract a municipality's backend implements: it must be valid
// OpenAPI, checked by a validator that is not ours (@seriousme/openapi-schema-validator, which
// validates against the official OpenAPI 3.1 JSON Schema).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parse } from 'yaml';

const SPEC = 'docs/api/openapi.yaml';

test('docs/api/openapi.yaml is valid OpenAPI 3.1 (official schema, independent validator)', async () => {
  const validator = new Validator();
  const result = await validator.validate(parse(readFileSync(SPEC, 'utf8')) as Record<string, unknown>);
  assert.deepEqual(result.errors ?? [], [], 'validation errors');
  assert.equal(result.valid, true);
  assert.equal(validator.version, '3.1');
  // Every local $ref points somewhere (the schema check alone does not follow them).
  assert.doesNotThrow(() => validator.resolveRefs());
});

test('the validator catches the kind of slip the file once had (a YAML mapping where a description string belongs)', async () => {
  const broken = readFileSync(SPEC, 'utf8').replace("{ description: 'Deleted, or it did not exist' }", '{ description: Deleted, or it did not exist }');
  assert.notEqual(broken, readFileSync(SPEC, 'utf8'), 'the line is still there to break');
  const result = await new Validator().validate(parse(broken) as Record<string, unknown>);
  assert.equal(result.valid, false);
});

test('the spec declares every status HttpStore acts on, for every operation it calls', () => {
  const spec = parse(readFileSync(SPEC, 'utf8')) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
  const statuses = (path: string, method: string) => Object.keys(spec.paths[path]![method]!.responses);
  const everywhere = ['401', '403', '5XX'];
  const expected: [string, string, string[]][] = [
    ['/documents/{kind}', 'get', ['200', '400', ...everywhere]],
    ['/documents/{kind}/{id}', 'get', ['200', '400', '404', ...everywhere]],
    ['/documents/{kind}/{id}', 'put', ['200', '201', '400', '404', '409', '412', '413', '422', ...everywhere]],
    ['/documents/{kind}/{id}', 'delete', ['204', '400', '404', ...everywhere]],
    ['/documents', 'delete', ['204', ...everywhere]],
    ['/export', 'get', ['200', ...everywhere]],
    ['/import', 'post', ['200', '400', '413', '422', ...everywhere]],
    ['/purge', 'post', ['200', '400', ...everywhere]],
  ];
  for (const [path, method, needed] of expected) {
    const declared = statuses(path, method);
    assert.deepEqual(needed.filter((status) => !declared.includes(status)), [], `${method.toUpperCase()} ${path} declares ${declared.join(', ')}`);
  }
});
