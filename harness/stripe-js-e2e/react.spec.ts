import { elementsReady, expect, returnedQuery, test } from './fixtures.ts';
import { shopperEmail } from './shop.ts';
import { fillCard, typeEmail } from '../drivers/index.ts';

test('a React checkout (@stripe/react-stripe-js + loadStripe from @stripe/stripe-js) loads our Stripe.js in place of js.stripe.com and saves a card', async ({
  page,
  pages,
  shop,
  emulator,
}) => {
  const stripeJsRequests: string[] = [];
  await page.route('https://js.stripe.com/**', async (route) => {
    const asked = new URL(route.request().url());
    stripeJsRequests.push(asked.href);
    const response = await route.fetch({ url: `${emulator.url}${asked.pathname}${asked.search}` });
    await route.fulfill({ response });
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });

  const email = shopperEmail('react');
  const { id, clientSecret } = await shop.createSetupIntent({ email });
  await page.goto(
    pages.reactCheckoutUrl({ pk: shop.publishableKey, secret: clientSecret, return: pages.returnUrl({ pk: shop.publishableKey, order: 'react_1' }) }),
  );
  await elementsReady(page, ['linkAuthentication', 'payment']);
  expect(stripeJsRequests).toEqual([expect.stringMatching(/^https:\/\/js\.stripe\.com\/[a-z]+\/stripe\.js/)]);
  expect(warnings.filter((w) => w.includes('stripejs-versioning'))).toEqual([]);

  await typeEmail(page, email);
  await fillCard(page, { number: '4242424242424242' });
  await page.getByRole('button', { name: 'Save' }).click();
  const query = await returnedQuery(page);
  expect(query.get('setup_intent')).toBe(id);
  expect(query.get('order')).toBe('react_1');
  const saved = await shop.setupIntent(id);
  expect(saved.status).toBe('succeeded');
  expect(saved.payment_method).toMatchObject({ type: 'card', card: { last4: '4242' } });
});
