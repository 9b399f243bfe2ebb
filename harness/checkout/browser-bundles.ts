import { fileURLToPath } from 'node:url';
import { browserBundler } from '../bundling/index.ts';

/** The page scripts the checkout serves under /assets, by file name. */
export const pageScripts = {
  'save-payment-method.js': './browser/save-payment-method.ts',
  'authenticate-payment.js': './browser/authenticate-payment.ts',
} as const;

export type PageScript = keyof typeof pageScripts;

const bundle = browserBundler(
  Object.fromEntries(Object.entries(pageScripts).map(([name, entry]) => [name, fileURLToPath(new URL(entry, import.meta.url))])) as Record<PageScript, string>,
  { label: 'link-harness checkout' },
);

/**
 * A page script, bundled from its TypeScript source by esbuild on first request and kept for the
 * life of the process.
 *
 * @example
 * res.type('application/javascript').send(await pageScript('save-payment-method.js'));
 */
export async function pageScript(name: PageScript): Promise<string> {
  return (await bundle(name)).js;
}
