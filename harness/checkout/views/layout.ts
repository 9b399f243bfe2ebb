import type { Shopper } from '../shoppers.ts';
import { html, type Html } from './html.ts';

/** The shop's name, in the header, footer and titles. */
export const SHOP_NAME = 'Larkspur Supply Co.';

/** What every page of the shop has around its content. */
export interface LayoutInput {
  title: string;
  body: Html;
  /** The signed-in shopper, for the header. */
  shopper?: Shopper | undefined;
  /** Scripts loaded at the end of the body, in order (Stripe.js first, then the page's own). */
  scripts?: string[];
  /** Extra markup at the end of the body (the page script's JSON data). */
  tail?: Html;
  /** False hides the footer's link to the privacy page (the `no-privacy-page` fault). */
  privacyLink: boolean;
}

/**
 * A page of the shop: header with the account links, the content, and a footer that links to the
 * privacy page (PRIV-01).
 *
 * @example
 * res.send(layout({ title: 'Your account', body, shopper, privacyLink: true }).value);
 */
export function layout({ title, body, shopper, scripts = [], tail, privacyLink }: LayoutInput): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${SHOP_NAME}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/checkout.css">
</head>
<body>
<header class="site-header">
  <a class="brand" href="/">${SHOP_NAME}</a>
  <nav aria-label="Account">
    ${
      shopper
        ? html`<a href="/account">Your account</a>
    <form method="post" action="/signout" class="inline"><button type="submit" class="link-button">Sign out</button></form>`
        : html`<a href="/">Sign in</a>`
    }
  </nav>
</header>
<main>
${body}
</main>
<footer class="site-footer">
  <p>${SHOP_NAME} · Hand-picked tools for the garden and the workshop.</p>
  ${privacyLink ? html`<p><a href="/privacy">Privacy and cookies</a></p>` : ''}
  <p class="fine-print">A reference shop of link-harness, running in Stripe test mode: no real payments are made.</p>
</footer>
${tail ?? ''}
${scripts.map((src) => html`<script src="${src}"></script>`)}
</body>
</html>`;
}
