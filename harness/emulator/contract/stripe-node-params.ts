import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Endpoint } from '../http/endpoint.ts';
import { endpointKey, type EndpointKey } from './routes.ts';

/**
 * The request parameters of the `stripe` package's types (stripe-node 23, API version
 * 2026-10-28): the API version the emulator announces, newer than the published 2024-04-10 spec.
 * Each resource's `.js` names the HTTP method and path of its methods; its `.d.ts` names the
 * parameter interface of each method and lists the interface's top-level properties.
 *
 * Test-only, like the spec: the runtime reads the generated table instead.
 */

const PAGINATION = ['ending_before', 'limit', 'starting_after'];

/** The folder of stripe-node's ES module resources. */
function resourcesDir(): string {
  // The package's main module is `<package>/cjs/stripe.cjs.node.js`; its ES module twin sits beside it.
  return join(dirname(dirname(createRequire(import.meta.url).resolve('stripe'))), 'esm', 'resources');
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

/** `/v1/payment_intents/${encodeURIComponent(id)}/capture` → `/v1/payment_intents/*\/capture`. */
const shapeOf = (path: string) => path.replace(/\$\{[^}]+\}/g, '*').replace(/\/:[^/]+/g, '/*');

/** The top-level property names of `export interface <name> …{ … }` in a declaration file. */
function interfaceProperties(dts: string, name: string): string[] | undefined {
  const start = dts.search(new RegExp(`^export interface ${name}( extends [A-Za-z]+)? \\{$`, 'm'));
  if (start < 0) return undefined;
  const header = dts.slice(start, dts.indexOf('\n', start));
  const end = dts.indexOf('\n}', start);
  const names = [...dts.slice(start, end).matchAll(/^ {4}([a-z_0-9]+)\??:/gm)].map((m) => m[1]!);
  return header.includes('extends PaginationParams') ? [...names, ...PAGINATION] : names;
}

/**
 * For each served endpoint that stripe-node can call, the top-level parameters its types list.
 *
 * @example
 * stripeNodeParamsOf(endpoints)['POST /v1/payment_intents'] // ['amount', 'amount_details', …]
 */
export function stripeNodeParamsOf(endpoints: readonly Endpoint[]): Partial<Record<EndpointKey, string[]>> {
  const wanted = new Map(endpoints.map((e) => [`${e.method.toUpperCase()} ${shapeOf(e.path)}`, endpointKey(e)]));
  const out: Partial<Record<EndpointKey, string[]>> = {};
  for (const js of filesUnder(resourcesDir(), '.js')) {
    const source = readFileSync(js, 'utf8');
    const dts = readFileSync(js.replace(/\.js$/, '.d.ts'), 'utf8');
    for (const m of source.matchAll(/^ {4}(\w+)\([^)]*\) \{\s*return this\._makeRequest\('(GET|POST|DELETE)', [`']([^`']+)[`']/gm)) {
      const key = wanted.get(`${m[2]} ${shapeOf(m[3]!)}`);
      if (!key) continue;
      const paramsType = new RegExp(`^ {4}${m[1]}\\([^)]*?params\\??: (\\w+Params)`, 'm').exec(dts)?.[1];
      const names = paramsType ? interfaceProperties(dts, paramsType) : [];
      if (names === undefined) throw new Error(`stripe-node-params: ${paramsType} is not declared in ${js.replace(/\.js$/, '.d.ts')}`);
      out[key] = [...new Set([...(out[key] ?? []), ...names])].sort();
    }
  }
  return out;
}
