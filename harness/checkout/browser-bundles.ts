import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The page scripts the checkout serves under /assets, by file name. */
export const pageScripts = {
  'save-payment-method.js': './browser/save-payment-method.ts',
  'authenticate-payment.js': './browser/authenticate-payment.ts',
} as const;

export type PageScript = keyof typeof pageScripts;

const built = new Map<PageScript, Promise<string>>();

async function bundle(name: PageScript): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(pageScripts[name], import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'safari15', 'firefox100'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`link-harness checkout: esbuild produced no output for ${name}`);
  return file.text;
}

/**
 * A page script, bundled from its TypeScript source by esbuild on first request and kept for the
 * life of the process.
 *
 * @example
 * res.type('application/javascript').send(await pageScript('save-payment-method.js'));
 */
export function pageScript(name: PageScript): Promise<string> {
  let js = built.get(name);
  if (!js) {
    js = bundle(name);
    built.set(name, js);
    js.catch(() => built.delete(name));
  }
  return js;
}
