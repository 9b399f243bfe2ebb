import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { CardCheckoutQuery } from './pages/card-checkout-state.ts';
import type { CheckoutQuery } from './pages/checkout-state.ts';
import { answerDeferredRoute } from './deferred-routes.ts';
import type { DeferredCheckoutQuery } from './pages/deferred-checkout-state.ts';
import type { ElementsPageQuery } from './pages/elements-page-state.ts';

/**
 * The Content-Security-Policy Stripe recommends for pages that use Stripe.js, with `'self'` for the
 * page's own script: any frame or call outside Stripe's origins is blocked.
 */
export const stripeRecommendedCsp = [
  "script-src 'self' https://js.stripe.com https://*.js.stripe.com",
  'frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com',
  "connect-src 'self' https://api.stripe.com",
  "img-src 'self' https://*.stripe.com",
].join('; ');

/** The test pages, by path: an HTML file and the script it loads; `fromStripe` loads Stripe.js from js.stripe.com under Stripe's recommended CSP. */
const pages: Record<string, { html: string; script: string; fromStripe?: true }> = {
  '/checkout': { html: 'checkout.html', script: 'checkout.ts' },
  '/csp-checkout': { html: 'checkout.html', script: 'checkout.ts', fromStripe: true },
  '/return': { html: 'return.html', script: 'return.ts' },
  '/react-checkout': { html: 'react-checkout.html', script: 'react-checkout.ts' },
  '/deferred-checkout': { html: 'deferred-checkout.html', script: 'deferred-checkout.ts' },
  '/elements-page': { html: 'elements-page.html', script: 'elements-page.ts' },
  '/react-express': { html: 'react-express.html', script: 'react-express.ts' },
  '/card-checkout': { html: 'card-checkout.html', script: 'card-checkout.ts' },
  '/split-card-checkout': { html: 'split-card-checkout.html', script: 'card-checkout.ts' },
  '/react-card': { html: 'react-card.html', script: 'react-card.ts' },
  '/csp-split-card-checkout': { html: 'split-card-checkout.html', script: 'card-checkout.ts', fromStripe: true },
};

type PagePath =
  | '/deferred-checkout'
  | '/checkout'
  | '/csp-checkout'
  | '/return'
  | '/react-checkout'
  | '/card-checkout'
  | '/split-card-checkout'
  | '/react-card'
  | '/csp-split-card-checkout'
  | '/elements-page'
  | '/react-express';

const pageFile = (name: string) => fileURLToPath(new URL(`./pages/${name}`, import.meta.url));

async function bundlePageScript(name: string): Promise<string> {
  const result = await build({
    entryPoints: [pageFile(name)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`e2e page server: esbuild produced nothing for ${name}`);
  return file.text;
}

/** The running page server and the URLs of its pages. */
export interface PageServer {
  /** `http://localhost:<port>`: another site than the emulator's `127.0.0.1`, so Stripe's frames are third-party. */
  origin: string;
  /** The checkout page for one SetupIntent (only its client secret and the publishable key go in). */
  checkoutUrl(query: CheckoutQuery): string;
  /** The same checkout as a page written for real Stripe: `https://js.stripe.com/v3/` under Stripe's recommended CSP (needs the harness's Stripe routes). */
  cspCheckoutUrl(query: CheckoutQuery): string;
  reactCheckoutUrl(query: Pick<CheckoutQuery, 'pk' | 'secret' | 'return'>): string;
  /** A page with the `card` element and the card methods on buttons (`confirmCardSetup`, `createPaymentMethod`, `createToken`). */
  cardCheckoutUrl(query: CardCheckoutQuery): string;
  /** The same with the split `cardNumber`, `cardExpiry` and `cardCvc` elements. */
  splitCardCheckoutUrl(query: CardCheckoutQuery): string;
  /** Stripe's React card sample: `<CardElement>` and `confirmCardSetup` (loads Stripe.js with `loadStripe`, from js.stripe.com). */
  reactCardUrl(query: Pick<CardCheckoutQuery, 'pk' | 'secret'>): string;
  /** The split card elements' page written for real Stripe: `https://js.stripe.com/v3/` under Stripe's recommended CSP (needs the harness's Stripe routes). */
  cspSplitCardCheckoutUrl(query: CardCheckoutQuery): string;
  /** A page mounting the elements the test names, recording their events (pages/elements-page-state.ts). */
  elementsPageUrl(query: ElementsPageQuery): string;
  /** A React page with `<AddressElement>` (billing), `<ExpressCheckoutElement>` and `<PaymentElement>`. */
  reactExpressUrl(query: Pick<CheckoutQuery, 'pk' | 'secret' | 'return'>): string;
  /** The deferred-intent checkout, whose intent the page's server (deferred-routes.ts) creates after `elements.submit()`. */
  deferredCheckoutUrl(query: DeferredCheckoutQuery): string;
  /** The return page, with the merchant's own query parameters (the publishable key among them). */
  returnUrl(params: Record<string, string>): string;
  close(): Promise<void>;
}

/**
 * Serves the bare test pages from `localhost` (no merchant server: HTML, the page scripts bundled
 * once with esbuild, and `{{STRIPE_JS}}` replaced by the emulator's `/v3`).
 *
 * @example
 * const pages = await startPageServer('http://127.0.0.1:12111');
 * await page.goto(pages.checkoutUrl({ pk, secret, return: pages.returnUrl({ pk }) }));
 */
export async function startPageServer(emulatorUrl: string): Promise<PageServer> {
  const served = new Map<string, { type: string; body: string; csp?: string }>();
  await Promise.all(
    Object.entries(pages).map(async ([path, { html, script, fromStripe }]) => {
      const [text, js] = await Promise.all([readFile(pageFile(html), 'utf8'), bundlePageScript(script)]);
      const body = text.replaceAll('{{STRIPE_JS}}', fromStripe ? 'https://js.stripe.com/v3/' : `${emulatorUrl}/v3`);
      served.set(path, { type: 'text/html; charset=utf-8', body, ...(fromStripe ? { csp: stripeRecommendedCsp } : {}) });
      served.set(`/${script.replace(/\.ts$/, '.js')}`, { type: 'application/javascript; charset=utf-8', body: js });
    }),
  );
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/api/deferred/')) return void answerDeferredRoute(req, res, emulatorUrl);
    const found = served.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    res.writeHead(found ? 200 : 404, {
      'content-type': found?.type ?? 'text/plain',
      'cache-control': 'no-store',
      ...(found?.csp ? { 'content-security-policy': found.csp } : {}),
    });
    res.end(found?.body ?? `e2e page server: no page at ${req.url}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, 'localhost', () => resolve());
  });
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const url = (path: PagePath, params: Record<string, string | undefined>) => {
    const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
    return `${origin}${path}?${search}`;
  };
  return {
    origin,
    checkoutUrl: (query) => url('/checkout', { ...query }),
    cspCheckoutUrl: (query) => url('/csp-checkout', { ...query }),
    reactCheckoutUrl: (query) => url('/react-checkout', { ...query }),
    cardCheckoutUrl: (query) => url('/card-checkout', { ...query }),
    splitCardCheckoutUrl: (query) => url('/split-card-checkout', { ...query }),
    reactCardUrl: (query) => url('/react-card', { ...query }),
    cspSplitCardCheckoutUrl: (query) => url('/csp-split-card-checkout', { ...query }),
    elementsPageUrl: (query) => url('/elements-page', { ...query }),
    reactExpressUrl: (query) => url('/react-express', { ...query }),
    deferredCheckoutUrl: (query) => url('/deferred-checkout', { ...query }),
    returnUrl: (params) => url('/return', params),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
