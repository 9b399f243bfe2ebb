import express, { type Request, type Response, type Router } from 'express';
import { browserBundle, browserBundleSourceMap, browserEntries, emulatorOrigins, stripeOrigins, type BundleName } from './bundles.ts';
import { framePage } from './frame-page.ts';
import { stripeOriginsHeader } from '../core/stripe-origins-header.ts';

/** Frame pages by path segment, with the document title Stripe gives them. */
const framePages: Record<string, { bundle: BundleName; title: string }> = {
  'link-authentication': { bundle: 'link-authentication', title: 'Secure email input frame' },
  payment: { bundle: 'payment', title: 'Secure payment input frame' },
  address: { bundle: 'address', title: 'Secure address input frame' },
  'express-checkout': { bundle: 'express-checkout', title: 'Secure express checkout frame' },
  inert: { bundle: 'inert', title: 'Secure frame' },
  card: { bundle: 'card', title: 'Secure card payment input frame' },
  'card-number': { bundle: 'card', title: 'Secure card number input frame' },
  'card-expiry': { bundle: 'card', title: 'Secure expiration date input frame' },
  'card-cvc': { bundle: 'card', title: 'Secure CVC input frame' },
};

export { stripeOriginsHeader };

/** The origins a script is served with: Stripe's when the harness's route asked for them, else the emulator's own. */
const originsFor = (req: Request, baseUrl: string) => (req.get(stripeOriginsHeader) === 'stripe' ? stripeOrigins : emulatorOrigins(baseUrl));

async function sendScript(req: Request, res: Response, name: BundleName, baseUrl: string, version: string): Promise<void> {
  const js = await browserBundle(name, { origins: originsFor(req, baseUrl), version });
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'no-cache');
  res.type('application/javascript').send(js);
}

/**
 * The browser half of the emulator: Stripe.js at `/v3` and `/<train>/stripe.js`, the element
 * frame pages under `/elements/`, and the 3DS test challenge under `/three-ds-2-challenge/`. A
 * harness browser reaches them at Stripe's origins (`https://js.stripe.com/…`,
 * `https://hooks.stripe.com/…`) through its routes, which say so with {@link stripeOriginsHeader}.
 */
export function stripeJsRoutes(baseUrl: () => string): Router {
  const router = express.Router();

  router.get(['/v3', '/v3/'], (req, res) => sendScript(req, res, 'stripe-js', baseUrl(), '3'));
  router.get('/:train/stripe.js', (req, res) => {
    const train = req.params.train;
    if (!/^[a-z][a-z0-9-]{1,30}$/.test(train)) return void res.status(404).type('text/plain').send(`link-harness: no Stripe.js release train named ${train}`);
    return sendScript(req, res, 'stripe-js', baseUrl(), train);
  });

  router.get('/elements/:frame.js', (req, res) => {
    const page = framePages[req.params.frame];
    if (!page) return void res.status(404).type('text/plain').send(`link-harness: no element frame named ${req.params.frame}`);
    return sendScript(req, res, page.bundle, baseUrl(), '3');
  });
  router.get('/elements/:frame.html', (req, res) => {
    const page = framePages[req.params.frame];
    if (!page) return void res.status(404).type('text/plain').send(`link-harness: no element frame named ${req.params.frame}`);
    res.type('text/html').send(framePage({ title: page.title, script: `/elements/${req.params.frame}.js` }));
  });

  router.get('/three-ds-2-challenge/:source', (req, res) => {
    res.type('text/html').send(framePage({ title: '3D Secure 2 test challenge', script: '/three-ds-2-challenge.js' }));
  });
  router.get('/three-ds-2-challenge/:source/challenge', (_req, res) => {
    res.type('text/html').send(framePage({ title: '3D Secure 2 Test Page', script: '/stripe-challenge-frame.js' }));
  });
  router.get('/three-ds-2-challenge.js', (req, res) => sendScript(req, res, 'three-ds-2-challenge', baseUrl(), '3'));
  router.get('/stripe-challenge-frame.js', (req, res) => sendScript(req, res, 'stripe-challenge-frame', baseUrl(), '3'));

  // The bundles' source maps, which their scripts link to (read by DevTools only).
  router.get('/source-maps/:bundle.js.map', async (req, res) => {
    const name = req.params.bundle;
    if (!(name in browserEntries)) return void res.status(404).type('text/plain').send(`link-harness: no browser bundle named ${name}`);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.type('application/json').send(await browserBundleSourceMap(name as BundleName));
  });

  return router;
}
