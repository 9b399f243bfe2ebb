import express, { type Response, type Router } from 'express';
import type { CheckoutContext } from '../context.ts';
import { clearShopSession, readCookie, SHOP_SESSION_COOKIE, shopSessionCookie } from '../cookies.ts';
import { SHOP_SESSION_LIFETIME_MS, type Shopper } from '../shoppers.ts';
import { isLocalPath } from '../shopper-session.ts';
import { homePage } from '../views/home-page.ts';
import { sendPage } from './send-page.ts';

// Loose on purpose (Stripe checks more), but no markup or quoting characters.
const emailPattern = /^[^\s@<>"'(),;:\\]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

const field = (body: unknown, name: string): string => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
};

function signIn(res: Response, ctx: CheckoutContext, shopper: Shopper, https: boolean, next: unknown): void {
  res.cookie(SHOP_SESSION_COOKIE, ctx.shoppers.startSession(shopper), shopSessionCookie({ https }, SHOP_SESSION_LIFETIME_MS));
  res.redirect(303, isLocalPath(next) ? next : '/account');
}

/**
 * `POST /signup`, `/signin`, `/signout`. Signing up creates the shopper's Stripe Customer first,
 * before any SetupIntent (SETUP-01, the guide's "Create a Customer before setup").
 */
export function accountRoutes(ctx: CheckoutContext): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '10kb' });

  router.post('/signup', form, async (req, res) => {
    const email = field(req.body, 'email').toLowerCase();
    const name = field(req.body, 'name').slice(0, 100);
    const next = field(req.body, 'next') || undefined;
    const again = (status: number, error: string) => sendPage(res, ctx, { title: 'Welcome', status, body: homePage({ error, email, name, next }) });
    if (!emailPattern.test(email) || email.length > 254) return again(400, 'Please enter a valid email address.');
    if (ctx.shoppers.find(email)) return again(409, 'There is already an account with this email. Sign in instead.');
    const customer = await ctx.backend.stripe.customers.create({ email, ...(name ? { name } : {}), metadata: { shop: 'link-harness reference checkout' } });
    signIn(res, ctx, ctx.shoppers.add({ email, name, customerId: customer.id }), req.secure, next);
  });

  router.post('/signin', form, (req, res) => {
    const email = field(req.body, 'email');
    const next = field(req.body, 'next') || undefined;
    const shopper = ctx.shoppers.find(email);
    if (!shopper)
      return sendPage(res, ctx, {
        title: 'Welcome',
        status: 404,
        body: homePage({ error: 'No account with this email yet. Create one instead.', email, next }),
      });
    signIn(res, ctx, shopper, req.secure, next);
  });

  router.post('/signout', (req, res) => {
    ctx.shoppers.endSession(readCookie(req, SHOP_SESSION_COOKIE));
    clearShopSession(res, { https: req.secure });
    res.redirect(303, '/');
  });
  return router;
}
