import express, { type Router } from 'express';
import { shopperOf, type CheckoutContext } from '../context.ts';
import { isLocalPath } from '../shopper-session.ts';
import { homePage } from '../views/home-page.ts';
import { sendPage } from './send-page.ts';

/** `GET /`: sign up or sign in; a signed-in shopper goes to their account. */
export function homeRoutes(ctx: CheckoutContext): Router {
  const router = express.Router();
  router.get('/', (req, res) => {
    const next = isLocalPath(req.query.next) ? req.query.next : undefined;
    if (shopperOf(res)) return res.redirect(303, next ?? '/account');
    sendPage(res, ctx, { title: 'Welcome', body: homePage({ next }) });
  });
  return router;
}
