import express, { type Router } from 'express';
import { pageScript, pageScripts, type PageScript } from '../browser-bundles.ts';
import { checkoutCss } from '../views/styles.ts';

/** Where the `script-over-http` fault's stand-in for a third-party analytics snippet is served. */
export const ANALYTICS_SNIPPET_PATH = '/assets/shop-analytics.js';

/** `/assets/…`: the stylesheet, the page scripts, and the analytics stand-in (it does nothing). */
export function assetRoutes(): Router {
  const router = express.Router();
  router.get(ANALYTICS_SNIPPET_PATH, (_req, res) => {
    res.type('application/javascript').send('/* a stand-in for a third-party analytics snippet */\n');
  });
  router.get('/assets/checkout.css', (_req, res) => {
    res.type('text/css').send(checkoutCss);
  });
  router.get('/assets/:script', async (req, res, next) => {
    const name = req.params.script;
    if (!(name in pageScripts)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('application/javascript').send(await pageScript(name as PageScript));
  });
  return router;
}
