import type { Response } from 'express';
import { shopperOf, type CheckoutContext } from '../context.ts';
import type { Html } from '../views/html.ts';
import { layout } from '../views/layout.ts';
import { messagePage } from '../views/message-page.ts';

/** What a route renders: a title and content, and optionally scripts and their data. */
export interface PageInput {
  title: string;
  body: Html;
  status?: number;
  scripts?: string[];
  tail?: Html;
}

/**
 * Sends a page of the shop in its layout, with the signed-in shopper in the header.
 *
 * @example
 * sendPage(res, ctx, { title: 'Privacy', body: privacyPage() });
 */
export function sendPage(res: Response, ctx: CheckoutContext, { title, body, status = 200, scripts, tail }: PageInput): void {
  // Pages carry client secrets and account data: never cache them.
  res.setHeader('Cache-Control', 'no-store');
  res
    .status(status)
    .type('html')
    .send(
      layout({
        title,
        body,
        shopper: shopperOf(res),
        privacyLink: !ctx.faults.has('no-privacy-page'),
        ...(scripts ? { scripts } : {}),
        ...(tail ? { tail } : {}),
      }).value,
    );
}

/** Sends a page that only says something (not found, not yours, went wrong). */
export function sendMessage(
  res: Response,
  ctx: CheckoutContext,
  status: number,
  heading: string,
  message: string,
  link = { href: '/account', text: 'Go to your account' },
): void {
  sendPage(res, ctx, { title: heading, status, body: messagePage({ heading, message, link }) });
}
