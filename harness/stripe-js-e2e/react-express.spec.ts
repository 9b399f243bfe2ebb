import { expect, returnedQuery, test } from './fixtures.ts';
import { addressFrame, expressCheckoutFrame, typeAddress } from './element-page-helpers.ts';
import { shopperEmail } from './shop.ts';
import { enterOneTimeCode } from '../drivers/index.ts';

test("a React checkout (@stripe/react-stripe-js's <AddressElement> and <ExpressCheckoutElement>) saves with Link, the Address Element's billing values on the saved PaymentMethod", async ({
  page,
  pages,
  shop,
  emulator,
}) => {
  await page.route('https://js.stripe.com/**', async (route) => {
    const asked = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${emulator.url}${asked.pathname}${asked.search}` }) });
  });
  const email = shopperEmail('react-ece');
  await shop.seedLinkShopper(email);
  const { id, clientSecret } = await shop.createSetupIntent({ email });
  await page.goto(pages.reactExpressUrl({ pk: shop.publishableKey, secret: clientSecret, return: pages.returnUrl({ order: 'react_ece' }) }));
  await page.waitForFunction(() => ['address', 'expressCheckout'].every((n) => window.reactPage?.events.some((e) => e.element === n && e.type === 'ready')));
  const ready = await page.evaluate(() => window.reactPage.events.find((e) => e.element === 'expressCheckout' && e.type === 'ready')!.payload);
  expect(ready).toMatchObject({ availablePaymentMethods: { link: true, applePay: false, googlePay: false } });

  // defaultValues gave the name and country; the shopper types the rest.
  await expect(addressFrame(page).getByLabel('Full name')).toHaveValue('Jenny Rosen');
  await typeAddress(addressFrame(page), { line1: '510 Townsend St', city: 'San Francisco', state: 'CA', postal_code: '94103' });

  const frame = expressCheckoutFrame(page);
  await frame.getByRole('button', { name: 'Pay with Link' }).click();
  await frame.getByLabel('Email').fill(email);
  await frame.getByRole('button', { name: 'Continue' }).click();
  await enterOneTimeCode(frame, '424242');
  await expect(frame.getByText(/Visa.*4242/)).toBeVisible();
  await frame.getByRole('button', { name: 'Continue' }).click();

  const query = await returnedQuery(page);
  expect(query.get('setup_intent')).toBe(id);
  expect(query.get('order')).toBe('react_ece');
  const saved = await shop.setupIntent(id);
  expect(saved.status).toBe('succeeded');
  expect(saved.payment_method).toMatchObject({
    type: 'link',
    billing_details: {
      name: 'Jenny Rosen',
      email: email.toLowerCase(),
      address: { line1: '510 Townsend St', city: 'San Francisco', state: 'CA', postal_code: '94103', country: 'US' },
    },
  });
  const confirm = (await shop.requests()).find((r) => r.path === `/v1/setup_intents/${id}/confirm`);
  expect(confirm?.status).toBe(200);
});
