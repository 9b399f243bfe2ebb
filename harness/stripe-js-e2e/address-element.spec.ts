import type Stripe from 'stripe';
import { expect, returnedQuery, test } from './fixtures.ts';
import { addressFrame, pageElementsReady, pageEvents, pageOutcome, typeAddress } from './element-page-helpers.ts';
import { addressAndExpressDom } from '../drivers/index.ts';
import { fillCard, paymentElement } from '../drivers/index.ts';

const jenny = { name: 'Jenny Rosen', line1: '354 Oyster Point Blvd', city: 'South San Francisco', state: 'CA', postal_code: '94080' };

test.describe('the Address Element', () => {
  test('mounts in its own frame with labelled fields, prefilled from defaultValues; change events and getValue() carry its value', async ({
    page,
    pages,
    shop,
  }) => {
    const { clientSecret } = await shop.createSetupIntent({ email: 'address@example.com' });
    const options = {
      'address:shipping': {
        defaultValues: { name: 'Jenny Rosen', address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postal_code: '62701', country: 'US' } },
        fields: { phone: 'always' },
      },
    };
    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({}),
        mount: 'address:shipping',
        options: JSON.stringify(options),
      }),
    );
    await pageElementsReady(page, ['address:shipping']);
    const frame = addressFrame(page);
    await expect(frame.getByLabel('Full name')).toHaveValue('Jenny Rosen');
    await expect(frame.getByLabel('Address line 1')).toHaveValue('1 Main St');
    await expect(frame.getByLabel('Country or region')).toHaveValue('US');
    await expect(frame.getByLabel('Phone number')).toBeVisible();

    await frame.getByLabel('Phone number').fill('+1 217 555 0100');
    await expect
      .poll(async () => (await pageEvents(page, 'address:shipping', 'change')).at(-1)?.payload)
      .toEqual({
        elementType: 'address',
        elementMode: 'shipping',
        empty: false,
        complete: true,
        isNewAddress: true,
        value: {
          name: 'Jenny Rosen',
          address: { line1: '1 Main St', line2: null, city: 'Springfield', state: 'IL', postal_code: '62701', country: 'US' },
          phone: '+1 217 555 0100',
        },
      });
    const value = await page.evaluate(() => (window.page.created['address:shipping'] as { getValue(): Promise<unknown> }).getValue());
    expect(value).toMatchObject({ complete: true, isNewAddress: true, value: { name: 'Jenny Rosen', phone: '+1 217 555 0100' } });

    await frame.getByLabel('Full name').focus();
    await expect.poll(async () => (await pageEvents(page, 'address:shipping', 'focus')).length).toBe(1);
    await page.locator('h1').click();
    await expect.poll(async () => (await pageEvents(page, 'address:shipping', 'blur')).length).toBe(1);
  });

  test('elements.submit() shows what is missing under each field and answers a validation_error; confirm does not reach the API', async ({
    page,
    pages,
    shop,
  }) => {
    const { id, clientSecret } = await shop.createSetupIntent({ email: 'address@example.com' });
    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({}),
        mount: 'address:billing,payment',
        redirect: 'if_required',
      }),
    );
    await pageElementsReady(page, ['address:billing', 'payment']);
    await fillCard(page, { number: '4242424242424242' });
    const submitted = await page.evaluate(() => window.page.elements.submit());
    expect(submitted.error).toMatchObject({ type: 'validation_error', code: 'incomplete_address', message: 'Your full name is incomplete.' });
    const frame = addressFrame(page);
    await expect(frame.getByText('Your address is incomplete.')).toBeVisible();
    await expect(frame.getByLabel('Address line 1')).toHaveAttribute('aria-invalid', 'true');

    await page.getByRole('button', { name: 'Save' }).click();
    expect((await pageOutcome(page)).error).toMatchObject({ type: 'validation_error', code: 'incomplete_address' });
    expect((await shop.requestedPaths()).filter((p) => p.includes('/confirm'))).toEqual([]);
    expect((await shop.setupIntent(id)).status).toBe('requires_payment_method');

    // A message goes as soon as its field is right, while the shopper is still in it.
    await frame.getByLabel('Address line 1').fill(jenny.line1);
    await expect(frame.getByLabel('Address line 1')).toBeFocused();
    await expect(frame.getByText('Your address is incomplete.')).toBeHidden();
    await typeAddress(frame, jenny);
    expect(await page.evaluate(() => window.page.elements.submit())).toEqual({ selectedPaymentMethod: 'card' });
  });

  test("billing mode: what the shopper typed becomes the saved card's billing_details when the Payment Element confirms", async ({ page, pages, shop }) => {
    const { id, clientSecret } = await shop.createSetupIntent({ email: 'billing@example.com' });
    await page.goto(
      pages.elementsPageUrl({ pk: shop.publishableKey, secret: clientSecret, return: pages.returnUrl({ order: 'a1' }), mount: 'address:billing,payment' }),
    );
    await pageElementsReady(page, ['address:billing', 'payment']);
    // The Address Element collects the billing address: the Payment Element asks for no country or postal code.
    await expect(paymentElement(page).locator('input[name="number"]')).toBeVisible();
    await expect(paymentElement(page).locator('select[name="country"]')).toBeHidden();
    await expect(paymentElement(page).locator('input[name="postalCode"]')).toBeHidden();
    await typeAddress(addressFrame(page), jenny);
    await fillCard(page, { number: '4242424242424242' });
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await returnedQuery(page)).get('setup_intent')).toBe(id);
    const saved = await shop.setupIntent(id);
    expect(saved.payment_method).toMatchObject({
      type: 'card',
      billing_details: {
        name: 'Jenny Rosen',
        address: { line1: '354 Oyster Point Blvd', city: 'South San Francisco', state: 'CA', postal_code: '94080', country: 'US' },
      },
    });
  });

  test("shipping mode: the PaymentIntent's shipping on confirmPayment; a SetupIntent gets none", async ({ page, pages, shop }) => {
    const customer = await shop.stripe.customers.create({ email: 'ship@example.com' });
    // stripe-node 23 types call it allowed_payment_method_types; the API says payment_method_types.
    const params: Stripe.PaymentIntentCreateParams & { payment_method_types: string[] } = {
      amount: 2000,
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
        mount: 'address:shipping,payment',
        redirect: 'if_required',
      }),
    );
    await pageElementsReady(page, ['address:shipping', 'payment']);
    await typeAddress(addressFrame(page), jenny);
    await fillCard(page, { number: '4242424242424242' });
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await pageOutcome(page)).toMatchObject({ error: null, intent: { id: pi.id, status: 'succeeded' } });
    const paid = await shop.stripe.paymentIntents.retrieve(pi.id);
    expect(paid.shipping).toMatchObject({ name: 'Jenny Rosen', address: { line1: '354 Oyster Point Blvd', postal_code: '94080', country: 'US' } });
    const confirm = (await shop.requests()).find((r) => r.path === `/v1/payment_intents/${pi.id}/confirm`);
    expect(confirm).toBeDefined();

    const { id, clientSecret } = await shop.createSetupIntent({ email: 'ship@example.com' });
    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({}),
        mount: 'address:shipping,payment',
        redirect: 'if_required',
      }),
    );
    await pageElementsReady(page, ['address:shipping', 'payment']);
    await typeAddress(addressFrame(page), jenny);
    await fillCard(page, { number: '4242424242424242' });
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await pageOutcome(page)).toMatchObject({ error: null, intent: { id, status: 'succeeded' } });
    expect((await shop.setupIntent(id)).payment_method).toMatchObject({ billing_details: { name: null } });
  });

  test('a billing and a shipping Address Element in one group; a second of one mode throws, as does no mode', async ({ page, pages, shop }) => {
    const { clientSecret } = await shop.createSetupIntent({ email: 'two@example.com' });
    await page.goto(
      pages.elementsPageUrl({ pk: shop.publishableKey, secret: clientSecret, return: pages.returnUrl({}), mount: 'address:billing,address:shipping' }),
    );
    await pageElementsReady(page, ['address:billing', 'address:shipping']);
    await expect(page.locator(addressAndExpressDom.addressFrame)).toHaveCount(2);
    const thrown = await page.evaluate(() => {
      const attempt = (f: () => unknown) => {
        try {
          f();
          return null;
        } catch (err) {
          return `${(err as Error).name}: ${(err as Error).message}`;
        }
      };
      const group = window.page.elements as unknown as { create(t: string, o?: object): unknown; getElement(t: string, o?: object): unknown };
      const create = (t: string, o?: object) => group.create(t, o);
      const get = (t: string, o?: object) => group.getElement(t, o);
      return {
        again: attempt(() => create('address', { mode: 'billing' })),
        noMode: attempt(() => create('address', {})),
        shippingFound: get('address', { mode: 'shipping' }) === window.page.created['address:shipping'],
      };
    });
    expect(thrown.again).toBe('IntegrationError: Can only create one Element of type address with mode billing.');
    expect(thrown.noMode).toMatch(/^IntegrationError: .*mode/);
    expect(thrown.shippingFound).toBe(true);
  });

  test("the Payment Element's fields.billingDetails 'never': confirm throws Stripe.js's IntegrationError unless confirmParams or a billing Address Element gives them", async ({
    page,
    pages,
    shop,
  }) => {
    const { id, clientSecret } = await shop.createSetupIntent({ email: 'opt-out@example.com' });
    const options = { payment: { fields: { billingDetails: { name: 'never', address: 'never' } } } };
    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({}),
        mount: 'payment',
        options: JSON.stringify(options),
        redirect: 'if_required',
      }),
    );
    await pageElementsReady(page, ['payment']);
    await fillCard(page, { number: '4242424242424242' });
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await pageOutcome(page)).error).toMatchObject({
      type: 'thrown',
      message: expect.stringContaining('IntegrationError: You specified "never" for fields.billing_details.name'),
    });
    expect((await shop.requestedPaths()).filter((p) => p.includes('/confirm'))).toEqual([]);

    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({}),
        mount: 'address:billing,payment',
        options: JSON.stringify(options),
        redirect: 'if_required',
      }),
    );
    await pageElementsReady(page, ['address:billing', 'payment']);
    await typeAddress(addressFrame(page), jenny);
    await fillCard(page, { number: '4242424242424242' });
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await pageOutcome(page)).toMatchObject({ error: null, intent: { id, status: 'succeeded' } });
    expect((await shop.setupIntent(id)).payment_method).toMatchObject({
      billing_details: { name: 'Jenny Rosen', address: { line1: '354 Oyster Point Blvd' } },
    });
  });
});
