import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { CheckoutContext } from './context.ts';
import { shopperOf } from './context.ts';
import { readCookie, SHOP_SESSION_COOKIE } from './cookies.ts';

/** Puts the signed-in shopper (from the `shop_session` cookie) in `res.locals.shopper`. */
export function loadShopper(ctx: CheckoutContext): RequestHandler {
  return (req, res, next) => {
    const shopper = ctx.shoppers.shopperOfSession(readCookie(req, SHOP_SESSION_COOKIE));
    if (shopper) res.locals.shopper = shopper;
    next();
  };
}

/** A path is safe to send a shopper back to after sign-in when it stays on this site. */
export const isLocalPath = (path: unknown): path is string => typeof path === 'string' && /^\/(?![/\\])/.test(path);

/**
 * Lets only signed-in shoppers through; others go to the sign-in page, which brings them back
 * here afterwards (so a "come back and authenticate" link works from an email).
 */
export function requireShopper(req: Request, res: Response, next: NextFunction): void {
  if (shopperOf(res)) return next();
  res.redirect(303, `/?next=${encodeURIComponent(req.originalUrl)}`);
}
