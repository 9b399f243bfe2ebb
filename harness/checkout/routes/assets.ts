import express, { type Router } from 'express';
import { pageScript, pageScripts, type PageScript } from '../browser-bundles.ts';
import { checkoutCss } from '../views/styles.ts';

/** `/assets/…`: the stylesheet and the page scripts. */
export function assetRoutes(): Router {
  const router = express.Router();
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
