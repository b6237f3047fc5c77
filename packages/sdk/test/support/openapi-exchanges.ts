// Checks HTTP exchanges against docs/api/openapi.yaml with an independent validator (Ajv over
// the spec's own JSON Schemas, OpenAPI 3.1 = JSON Schema 2020-12): the path and method exist,
// path/query/header parameters and the request body match, the status is declared, and the
// response body and headers match what that status declares. Nothing here imports the SDK.
import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

type Json = Record<string, unknown>;
const SPEC_ID = 'https://sammen.invalid/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** One request and its whole answer, as seen on the wire. */
export interface Exchange {
  method: string;
  url: string;
  requestHeaders: Headers;
  requestBody?: string;
  status: number;
  responseHeaders: Headers;
  responseBody: string;
  /** A stream (text/event-stream) whose body is not read: only its status, headers and content type are checked. */
  streamed?: boolean;
}

const pointerOf = (tokens: string[]) => tokens.map((token) => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
const isDotSegment = (raw: string) => /^(\.|%2e){1,2}$/i.test(raw);

export class OpenApiExchanges {
  /** How many exchanges were checked. */
  checked = 0;
  /** Every violation found so far, each naming the exchange. */
  readonly violations: string[] = [];
  private readonly spec: Json;
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(specPath: string, private readonly baseUrl: string) {
    this.spec = parse(readFileSync(specPath, 'utf8')) as Json;
    addFormats(this.ajv);
    this.ajv.addSchema({ ...this.spec, $id: SPEC_ID }, SPEC_ID);
  }

  /** A fetch that forwards to `inner` and checks each exchange (the response is returned unchanged). */
  fetchThrough(inner: typeof fetch = fetch): typeof fetch {
    return async (input, init) => {
      const response = await inner(input, init);
      // A change feed never ends: its body cannot be awaited, so only its head is checked.
      const streamed = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
      const responseBody = streamed ? '' : await response.clone().text();
      this.check({
        method: init?.method ?? 'GET',
        url: String(input),
        requestHeaders: new Headers(init?.headers),
        ...(typeof init?.body === 'string' ? { requestBody: init.body } : {}),
        status: response.status,
        responseHeaders: response.headers,
        responseBody,
        streamed,
      });
      return response;
    };
  }

  /** Throws when any violation was found since the last call (and forgets them). */
  assertConforming(): void {
    const found = this.violations.splice(0);
    if (found.length > 0) throw new Error(`Exchanges that break docs/api/openapi.yaml:\n  ${found.join('\n  ')}`);
  }

  /** Follows local `$ref`s; returns the object and its JSON pointer in the spec. */
  private resolve(value: unknown, pointer: string): { value: Json; pointer: string } {
    let current = { value: value as Json, pointer };
    for (let hops = 0; typeof current.value?.$ref === 'string'; hops += 1) {
      const ref = current.value.$ref as string;
      if (!ref.startsWith('#/') || hops > 20) throw new Error(`unresolvable $ref ${ref}`);
      const tokens = ref.slice(2).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
      let target: unknown = this.spec;
      for (const token of tokens) target = (target as Json | undefined)?.[token];
      if (target === undefined) throw new Error(`$ref ${ref} points nowhere`);
      current = { value: target as Json, pointer: ref.slice(1) };
    }
    return current;
  }

  private validate(pointer: string, value: unknown, what: string, problems: string[]): void {
    let validator = this.compiled.get(pointer);
    if (!validator) {
      const fragment = pointer.split('/').map(encodeURIComponent).join('/');
      validator = this.ajv.compile({ $ref: `${SPEC_ID}#${fragment}` });
      this.compiled.set(pointer, validator);
    }
    if (!validator(value)) problems.push(`${what}: ${this.ajv.errorsText(validator.errors, { dataVar: what })}`);
  }

  private match(path: string): { template: string; raw: Record<string, string> } | undefined {
    const segments = path.split('/');
    const templates = Object.keys(this.spec.paths as Json).sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
    for (const template of templates) {
      const parts = template.split('/');
      if (parts.length !== segments.length) continue;
      const raw: Record<string, string> = {};
      const fits = parts.every((part, index) => {
        const name = /^\{(.+)\}$/.exec(part)?.[1];
        if (name) raw[name] = segments[index]!;
        return name ? segments[index] !== '' : part === segments[index];
      });
      if (fits) return { template, raw };
    }
    return undefined;
  }

  /** Checks one exchange; violations are added to {@link violations}. */
  check(exchange: Exchange): void {
    this.checked += 1;
    const problems: string[] = [];
    const name = `${exchange.method} ${exchange.url.slice(this.baseUrl.length)} → ${exchange.status}`;
    try {
      this.checkExchange(exchange, problems);
    } catch (error) {
      problems.push(String(error));
    }
    for (const problem of problems) this.violations.push(`${name}: ${problem}`);
  }

  private checkExchange(exchange: Exchange, problems: string[]): void {
    if (!exchange.url.startsWith(`${this.baseUrl}/`)) return void problems.push('not below the base URL');
    const [path = '', query = ''] = exchange.url.slice(this.baseUrl.length).split('?');
    const found = this.match(path);
    if (!found) return void problems.push('no such path in the spec');
    const pathPointer = ['paths', found.template];
    const pathItem = (this.spec.paths as Json)[found.template] as Json;
    const method = exchange.method.toLowerCase();
    if (!METHODS.includes(method) || !pathItem[method]) return void problems.push(`method not declared for ${found.template}`);
    const operation = pathItem[method] as Json;
    const operationPointer = [...pathPointer, method];

    const parameters = [
      ...((pathItem.parameters as unknown[]) ?? []).map((parameter, index) => this.resolve(parameter, pointerOf([...pathPointer, 'parameters', String(index)]))),
      ...((operation.parameters as unknown[]) ?? []).map((parameter, index) => this.resolve(parameter, pointerOf([...operationPointer, 'parameters', String(index)]))),
    ];
    const search = new URLSearchParams(query);
    for (const { value: parameter, pointer } of parameters) {
      const where = parameter.in as string;
      const parameterName = parameter.name as string;
      let value: unknown;
      if (where === 'path') {
        const raw = found.raw[parameterName] ?? '';
        if (isDotSegment(raw)) problems.push(`path parameter ${parameterName} is a dot segment (${raw})`);
        try {
          value = decodeURIComponent(raw);
        } catch {
          problems.push(`path parameter ${parameterName} is not valid percent-encoding`);
          continue;
        }
      } else if (where === 'query') value = search.get(parameterName) ?? undefined;
      else if (where === 'header') value = exchange.requestHeaders.get(parameterName) ?? undefined;
      else continue;
      if (value === undefined) {
        if (parameter.required) problems.push(`required ${where} parameter ${parameterName} missing`);
        continue;
      }
      const type = (this.resolve(parameter.schema, `${pointer}/schema`).value.type as string | undefined) ?? 'string';
      if ((type === 'number' || type === 'integer') && typeof value === 'string') value = value.trim() === '' ? Number.NaN : Number(value);
      if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${where} parameter ${parameterName} is not a finite number`);
      else this.validate(`${pointer}/schema`, value, `${where} parameter ${parameterName}`, problems);
    }

    if (operation.requestBody) {
      const { value: requestBody, pointer } = this.resolve(operation.requestBody, pointerOf([...operationPointer, 'requestBody']));
      if (exchange.requestBody === undefined) {
        if (requestBody.required) problems.push('required request body missing');
      } else {
        this.checkJsonBody(exchange.requestBody, exchange.requestHeaders, requestBody, pointer, 'request body', problems);
      }
    } else if (exchange.requestBody !== undefined) problems.push('a request body where the spec declares none');

    const responses = operation.responses as Json;
    const key = [String(exchange.status), `${String(exchange.status)[0]}XX`, 'default'].find((candidate) => candidate in responses);
    if (!key) return void problems.push(`status ${exchange.status} is not declared (declared: ${Object.keys(responses).join(', ')})`);
    const { value: response, pointer } = this.resolve(responses[key], pointerOf([...operationPointer, 'responses', key]));
    for (const [headerName, header] of Object.entries((response.headers as Json | undefined) ?? {})) {
      const value = exchange.responseHeaders.get(headerName);
      const resolved = this.resolve(header, `${pointer}/headers/${headerName}`);
      if (value === null) {
        if (resolved.value.required) problems.push(`response header ${headerName} missing`);
      } else if (resolved.value.schema) this.validate(`${resolved.pointer}/schema`, value, `response header ${headerName}`, problems);
    }
    if (exchange.streamed) {
      const contentType = (exchange.responseHeaders.get('content-type') ?? '').split(';')[0]!.trim();
      if (!(response.content as Json | undefined)?.[contentType]) problems.push(`stream of content type "${contentType}" not declared`);
      return;
    }
    if (exchange.responseBody === '') return;
    if (!response.content) return void problems.push('a response body where the spec declares none');
    this.checkJsonBody(exchange.responseBody, exchange.responseHeaders, response, pointer, 'response body', problems);
  }

  private checkJsonBody(text: string, headers: Headers, holder: Json, pointer: string, what: string, problems: string[]): void {
    const contentType = (headers.get('content-type') ?? '').split(';')[0]!.trim();
    const content = holder.content as Json | undefined;
    if (!content?.[contentType]) return void problems.push(`${what} has content type "${contentType}", declared: ${Object.keys(content ?? {}).join(', ')}`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return void problems.push(`${what} is not JSON`);
    }
    const schema = (content[contentType] as Json).schema;
    if (schema) this.validate(`${pointer}/content/${contentType.replace(/~/g, '~0').replace(/\//g, '~1')}/schema`, value, what, problems);
  }
}
