import type Stripe from 'stripe';
import { expect, returnedQuery, test } from './fixtures.ts';
import { addressFrame, expressCheckoutFrame, pageElementsReady, pageEvents, pageOutcome } from './element-page-helpers.ts';
import { shopperEmail } from './shop.ts';
import { enterOneTimeCode, fillCard } from '../drivers/index.ts';

test.describe('the Express Checkout Element', () => {
  test('offers a Link button when the intent offers Link; ready reports availablePaymentMethods, or undefined when nothing can show', async ({
    page,
    pages,
    shop,
  }) => {
    const { clientSecret } = await shop.createSetupIntent({ email: 'ece@example.com' });
    await page.goto(pages.elementsPageUrl({ pk: shop.publishableKey, secret: clientSecret, return: pages.returnUrl({}), mount: 'expressCheckout' }));
    await pageElementsReady(page, ['expressCheckout']);
    await expect(expressCheckoutFrame(page).getByRole('button', { name: 'Pay with Link' })).toBeVisible();
    expect((await pageEvents(page, 'expressCheckout', 'ready'))[0]?.payload).toEqual({
      elementType: 'expressCheckout',
      availablePaymentMethods: { amazonPay: false, applePay: false, googlePay: false, link: true, paypal: false, klarna: false },
    });

    const customer = await shop.stripe.customers.create({ email: 'card-only@example.com' });
    const cardOnly: Stripe.SetupIntentCreateParams & { payment_method_types: string[] } = { customer: customer.id, payment_method_types: ['card'] };
    const si = await shop.stripe.setupIntents.create(cardOnly);
    await page.goto(pages.elementsPageUrl({ pk: shop.publishableKey, secret: si.client_secret!, return: pages.returnUrl({}), mount: 'expressCheckout' }));
    await pageElementsReady(page, ['expressCheckout']);
    expect((await pageEvents(page, 'expressCheckout', 'ready'))[0]?.payload).toEqual({ elementType: 'expressCheckout' });
    expect(Object.keys((await pageEvents(page, 'expressCheckout', 'ready'))[0]!.payload)).not.toContain('link');
    await expect(expressCheckoutFrame(page).getByRole('button', { name: 'Pay with Link' })).toBeHidden();

    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({}),
        mount: 'expressCheckout',
        options: JSON.stringify({ expressCheckout: { paymentMethods: { link: 'never' } } }),
      }),
    );
    await pageElementsReady(page, ['expressCheckout']);
    await expect(expressCheckoutFrame(page).getByRole('button', { name: 'Pay with Link' })).toBeHidden();
  });

  test('Link through the button: click resolved, the shopper logs in and picks a source, confirm fires, and confirmSetup({elements}) saves that source with no Payment Element', async ({
    page,
    pages,
    shop,
  }) => {
    const email = shopperEmail('ece', 'multiple_funding_sources');
    const seeded = await shop.seedLinkShopper(email, [
      { type: 'card', number: '4242424242424242', default: true },
      { type: 'bank_account', bank_name: 'STRIPE TEST BANK', last4: '6789' },
    ]);
    const bank = seeded.funding_sources.find((s) => s.type === 'bank_account')!;
    const { id, clientSecret } = await shop.createSetupIntent({ email });
    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({ order: 'ece_1' }),
        mount: 'expressCheckout',
        click: 'resolve',
      }),
    );
    await pageElementsReady(page, ['expressCheckout']);
    const frame = expressCheckoutFrame(page);
    await frame.getByRole('button', { name: 'Pay with Link' }).click();
    expect((await pageEvents(page, 'expressCheckout', 'click'))[0]?.payload).toEqual({
      elementType: 'expressCheckout',
      expressPaymentType: 'link',
      resolve: 'function',
      reject: 'function',
    });

    await frame.getByLabel('Email').fill(email);
    await frame.getByRole('button', { name: 'Continue' }).click();
    await enterOneTimeCode(frame, '424242');
    await frame.getByRole('radio', { name: /STRIPE TEST BANK/ }).click();
    await frame.getByRole('button', { name: 'Continue' }).click();

    const query = await returnedQuery(page);
    expect(query.get('setup_intent')).toBe(id);
    expect(query.get('order')).toBe('ece_1');
    const saved = await shop.setupIntent(id);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'link', link: { email: email.toLowerCase() } });
    const confirm = (await shop.requests()).find((r) => r.path === `/v1/setup_intents/${id}/confirm`);
    expect(JSON.stringify(confirm)).toContain(bank.id);
  });

  test('the confirm event carries billingDetails and paymentFailed; with a Payment Element mounted, elements.submit() and confirm go through the express choice', async ({
    page,
    pages,
    shop,
  }) => {
    const email = shopperEmail('ece-both');
    await shop.seedLinkShopper(email);
    const { id, clientSecret } = await shop.createSetupIntent({ email });
    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({}),
        mount: 'expressCheckout,payment',
        redirect: 'if_required',
      }),
    );
    await pageElementsReady(page, ['expressCheckout', 'payment']);
    const frame = expressCheckoutFrame(page);
    await frame.getByRole('button', { name: 'Pay with Link' }).click();
    await frame.getByLabel('Email').fill(email);
    await frame.getByRole('button', { name: 'Continue' }).click();
    await enterOneTimeCode(frame, '424242');
    await expect(frame.getByText(/Visa.*4242/)).toBeVisible();
    await frame.getByRole('button', { name: 'Continue' }).click();

    expect(await pageOutcome(page)).toMatchObject({ error: null, intent: { id, status: 'succeeded' } });
    const confirmEvent = (await pageEvents(page, 'expressCheckout', 'confirm'))[0]!.payload;
    expect(confirmEvent).toMatchObject({
      elementType: 'expressCheckout',
      expressPaymentType: 'link',
      paymentFailed: 'function',
      billingDetails: { email: email.toLowerCase() },
    });
    expect((await shop.setupIntent(id)).payment_method).toMatchObject({ type: 'link' });
  });

  test('a click listener that never resolves: Stripe.js warns after a second and Link does not open; reject() keeps it closed too', async ({
    page,
    pages,
    shop,
  }) => {
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
    const { clientSecret } = await shop.createSetupIntent({ email: 'slow@example.com' });
    await page.goto(
      pages.elementsPageUrl({ pk: shop.publishableKey, secret: clientSecret, return: pages.returnUrl({}), mount: 'expressCheckout', click: 'ignore' }),
    );
    await pageElementsReady(page, ['expressCheckout']);
    const frame = expressCheckoutFrame(page);
    await frame.getByRole('button', { name: 'Pay with Link' }).click();
    await expect.poll(() => warnings.join('\n'), { timeout: 5_000 }).toContain('Timed out waiting for a call to resolve()');
    await expect(frame.getByRole('button', { name: 'Pay with Link' })).toBeEnabled();
    await expect(frame.getByLabel('Email')).toBeHidden();

    await page.goto(
      pages.elementsPageUrl({ pk: shop.publishableKey, secret: clientSecret, return: pages.returnUrl({}), mount: 'expressCheckout', click: 'reject' }),
    );
    await pageElementsReady(page, ['expressCheckout']);
    await expressCheckoutFrame(page).getByRole('button', { name: 'Pay with Link' }).click();
    await expect.poll(async () => (await pageEvents(page, 'expressCheckout', 'click')).length).toBe(1);
    await expect(expressCheckoutFrame(page).getByRole('button', { name: 'Pay with Link' })).toBeEnabled();
    await expect(expressCheckoutFrame(page).getByLabel('Email')).toBeHidden();
  });

  test('closing Link emits cancel; the Payment Element then confirms its own card', async ({ page, pages, shop }) => {
    const { id, clientSecret } = await shop.createSetupIntent({ email: 'cancel@example.com' });
    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({}),
        mount: 'expressCheckout,payment',
        redirect: 'if_required',
      }),
    );
    await pageElementsReady(page, ['expressCheckout', 'payment']);
    const frame = expressCheckoutFrame(page);
    await frame.getByRole('button', { name: 'Pay with Link' }).click();
    await frame.getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => (await pageEvents(page, 'expressCheckout', 'cancel')).length).toBe(1);
    await fillCard(page, { number: '4242424242424242' });
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await pageOutcome(page)).toMatchObject({ error: null, intent: { id, status: 'succeeded' } });
    expect((await shop.setupIntent(id)).payment_method).toMatchObject({ type: 'card', card: { last4: '4242' } });
  });

  test("on a PaymentIntent: Pay with Link, then confirmPayment({elements}) pays with the Link source and sends the shipping Address Element's values", async ({
    page,
    pages,
    shop,
  }) => {
    const email = shopperEmail('ece-pay');
    await shop.seedLinkShopper(email);
    const customer = await shop.stripe.customers.create({ email });
    const params: Stripe.PaymentIntentCreateParams & { payment_method_types: string[] } = {
      amount: 1800,
      currency: 'usd',
      customer: customer.id,
      payment_method_types: ['card', 'link'],
    };
    const pi = await shop.stripe.paymentIntents.create(params);
    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: pi.client_secret!,
        return: pages.returnUrl({}),
        mount: 'address:shipping,expressCheckout',
        redirect: 'if_required',
      }),
    );
    await pageElementsReady(page, ['address:shipping', 'expressCheckout']);
    const address = addressFrame(page);
    for (const [label, value] of [
      ['Full name', 'Ada Lovelace'],
      ['Address line 1', '12 Market St'],
      ['City', 'Boston'],
      ['State', 'MA'],
      ['ZIP', '02110'],
    ] as const)
      await address.getByLabel(label).fill(value);
    const frame = expressCheckoutFrame(page);
    await frame.getByRole('button', { name: 'Pay with Link' }).click();
    await frame.getByLabel('Email').fill(email);
    await frame.getByRole('button', { name: 'Continue' }).click();
    await enterOneTimeCode(frame, '424242');
    await frame.getByRole('button', { name: 'Pay', exact: true }).click();

    expect(await pageOutcome(page)).toMatchObject({ error: null, intent: { id: pi.id, status: 'succeeded' } });
    const paid = await shop.stripe.paymentIntents.retrieve(pi.id, { expand: ['payment_method'] });
    expect(paid.payment_method).toMatchObject({ type: 'link' });
    expect(paid.shipping).toMatchObject({
      name: 'Ada Lovelace',
      address: { line1: '12 Market St', city: 'Boston', state: 'MA', postal_code: '02110', country: 'US' },
    });
  });

  test('shippingAddressRequired: Link asks for the address to ship to, the confirm event carries shippingAddress, and the PaymentIntent gets it', async ({
    page,
    pages,
    shop,
  }) => {
    const email = shopperEmail('ece-ship');
    await shop.seedLinkShopper(email);
    const customer = await shop.stripe.customers.create({ email });
    const params: Stripe.PaymentIntentCreateParams & { payment_method_types: string[] } = {
      amount: 900,
      currency: 'usd',
      customer: customer.id,
      payment_method_types: ['card', 'link'],
    };
    const pi = await shop.stripe.paymentIntents.create(params);
    const options = { expressCheckout: { shippingAddressRequired: true, emailRequired: true } };
    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: pi.client_secret!,
        return: pages.returnUrl({}),
        mount: 'expressCheckout',
        options: JSON.stringify(options),
        redirect: 'if_required',
      }),
    );
    await pageElementsReady(page, ['expressCheckout']);
    const frame = expressCheckoutFrame(page);
    await frame.getByRole('button', { name: 'Pay with Link' }).click();
    await frame.getByLabel('Email').fill(email);
    await frame.getByRole('button', { name: 'Continue' }).click();
    await enterOneTimeCode(frame, '424242');
    await frame.getByRole('button', { name: 'Pay', exact: true }).click();
    await expect(frame.getByText('Your address is incomplete.')).toBeVisible();
    expect(await pageEvents(page, 'expressCheckout', 'confirm')).toEqual([]);

    for (const [label, value] of [
      ['Full name', 'Grace Hopper'],
      ['Address line 1', '1 Navy Way'],
      ['City', 'Arlington'],
      ['State', 'VA'],
      ['ZIP', '22202'],
    ] as const)
      await frame.getByLabel(label).fill(value);
    // Each message goes as soon as its field is right (not later, under the shopper's pointer).
    await expect(frame.locator('.field-error:not(:empty)')).toHaveCount(0);
    await frame.getByRole('button', { name: 'Pay', exact: true }).click();
    expect(await pageOutcome(page)).toMatchObject({ error: null, intent: { id: pi.id, status: 'succeeded' } });
    expect((await pageEvents(page, 'expressCheckout', 'confirm'))[0]?.payload).toMatchObject({
      shippingAddress: {
        name: 'Grace Hopper',
        address: { line1: '1 Navy Way', line2: null, city: 'Arlington', state: 'VA', postal_code: '22202', country: 'US' },
      },
    });
    expect((await shop.stripe.paymentIntents.retrieve(pi.id)).shipping).toMatchObject({
      name: 'Grace Hopper',
      address: { line1: '1 Navy Way', postal_code: '22202' },
    });
  });
});
