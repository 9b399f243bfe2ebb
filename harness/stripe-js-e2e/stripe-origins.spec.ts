// A page written for real Stripe: Stripe.js from https://js.stripe.com/v3/ under the
// Content-Security-Policy Stripe recommends, in a browser whose Stripe is the emulator through the
// harness's routes. Frames, API calls and the 3D Secure challenge then come from Stripe's origins,
// so the policy lets them all through.
import { routeStripeToEmulator } from '../target/index.ts';
import { elementsReady, expect, merchantReturnParam, returnedQuery, saveButton, test } from './fixtures.ts';
import { shopperEmail } from './shop.ts';
import { fillCard, threeDSecureChallenge } from '../drivers/index.ts';

test("a page under Stripe's recommended CSP loads Stripe.js from js.stripe.com, frames its elements and the 3D Secure challenge on Stripe's origins, and saves a card through the challenge", async ({
  page,
  context,
  pages,
  shop,
  emulator,
}) => {
  await routeStripeToEmulator(context, emulator.url);
  const refused: string[] = [];
  page.on('console', (message) => void (/Content Security Policy|Refused to/i.test(message.text()) && refused.push(message.text())));
  const stripeRequests: string[] = [];
  context.on('request', (request) => void (/stripe\.com/.test(new URL(request.url()).hostname) && stripeRequests.push(new URL(request.url()).origin)));

  const email = shopperEmail('csp');
  const { id, clientSecret } = await shop.createSetupIntent({ email });
  await page.goto(
    pages.cspCheckoutUrl({
      pk: shop.publishableKey,
      secret: clientSecret,
      return: pages.returnUrl({ ...merchantReturnParam, pk: shop.publishableKey }),
      layout: 'payment-only',
      email,
    }),
  );
  await elementsReady(page, ['payment']);
  expect(page.frames().map((f) => new URL(f.url()).origin)).toContain('https://js.stripe.com');

  await fillCard(page, { number: '4000000000003220' });
  await saveButton(page).click();
  const challenge = threeDSecureChallenge(page);
  await expect(challenge.lightbox).toBeVisible();
  expect(await challenge.lightbox.getAttribute('src')).toMatch(/^https:\/\/hooks\.stripe\.com\/three-ds-2-challenge\/src_/);
  await challenge.complete.click();

  const query = await returnedQuery(page);
  expect(query.get('setup_intent')).toBe(id);
  expect((await shop.setupIntent(id)).status).toBe('succeeded');
  expect([...new Set(stripeRequests)].sort()).toEqual(['https://api.stripe.com', 'https://hooks.stripe.com', 'https://js.stripe.com']);
  expect(refused).toEqual([]);
});
