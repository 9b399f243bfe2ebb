import type { Page } from '@playwright/test';
import type Stripe from 'stripe';
import { routeStripeToEmulator } from '../target/index.ts';
import { expect, test } from './fixtures.ts';
import type { CardCallResult, CardElementName, RecordedCardEvent } from './pages/card-checkout-state.ts';
import type { PageServer } from './page-server.ts';
import type { Shop } from './shop.ts';
import { shopperEmail } from './shop.ts';
import { threeDSecureChallenge } from '../drivers/index.ts';

/** The card elements' frames and inputs, named as Stripe's are. */
const cardElement = {
  card: 'iframe[title="Secure card payment input frame"]',
  cardNumber: 'iframe[title="Secure card number input frame"]',
  cardExpiry: 'iframe[title="Secure expiration date input frame"]',
  cardCvc: 'iframe[title="Secure CVC input frame"]',
} as const;

interface TypedCard {
  number: string;
  expiry?: string;
  cvc?: string;
  postal?: string;
}

/** Types a card into the `card` element: `cardnumber`, `exp-date` (MMYY), `cvc`, `postal`. */
async function typeCard(page: Page, card: TypedCard): Promise<void> {
  const frame = page.frameLocator(cardElement.card);
  await frame.locator('input[name="cardnumber"]').fill(card.number);
  await frame.locator('input[name="exp-date"]').fill(card.expiry ?? '1234');
  await frame.locator('input[name="cvc"]').fill(card.cvc ?? '123');
  if (card.postal !== '') await frame.locator('input[name="postal"]').fill(card.postal ?? '42424');
}

/** Types a card into the split elements, each its own frame. */
async function typeSplitCard(page: Page, card: TypedCard): Promise<void> {
  await page.frameLocator(cardElement.cardNumber).locator('input[name="cardnumber"]').fill(card.number);
  await page
    .frameLocator(cardElement.cardExpiry)
    .locator('input[name="exp-date"]')
    .fill(card.expiry ?? '1234');
  await page
    .frameLocator(cardElement.cardCvc)
    .locator('input[name="cvc"]')
    .fill(card.cvc ?? '123');
}

/** Opens a card page for a new SetupIntent and waits for every element's `ready`. */
async function openCardPage(
  page: Page,
  pages: PageServer,
  shop: Shop,
  opts: { split?: boolean; csp?: boolean; options?: Record<string, unknown>; paymentIntent?: { id: string; clientSecret: string } } = {},
): Promise<{ setupIntentId: string }> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const { id, clientSecret } = opts.paymentIntent ?? (await shop.createSetupIntent({ email: shopperEmail('card-element') }));
  const query = { pk: shop.publishableKey, secret: clientSecret, ...(opts.options ? { options: JSON.stringify(opts.options) } : {}) };
  await page.goto(opts.csp ? pages.cspSplitCardCheckoutUrl(query) : opts.split ? pages.splitCardCheckoutUrl(query) : pages.cardCheckoutUrl(query));
  const names: CardElementName[] = opts.split || opts.csp ? ['cardNumber', 'cardExpiry', 'cardCvc'] : ['card'];
  await page
    .waitForFunction((expected) => expected.every((name) => window.cardCheckout?.events.some((e) => e.element === name && e.type === 'ready')), names, {
      timeout: 10_000,
    })
    .catch((cause: unknown) => {
      throw new Error(`e2e: the card elements never sent ready. Page errors: ${problems.join(' | ') || 'none'}`, { cause });
    });
  return { setupIntentId: id };
}

/** Waits for the `n`th result of a card method (counting from 1). */
async function cardResult(page: Page, n = 1): Promise<CardCallResult> {
  await page.waitForFunction((count) => window.cardCheckout.results.length >= count, n);
  return page.evaluate((index) => window.cardCheckout.results[index]!, n - 1);
}

const lastChange = (page: Page, element: CardElementName): Promise<RecordedCardEvent | undefined> =>
  page.evaluate((name) => window.cardCheckout.events.filter((e) => e.element === name && e.type === 'change').at(-1), element);

test.describe('the card element', () => {
  test("confirmCardSetup saves the typed card: the SetupIntent succeeds with a Visa ending 4242 and the element's postal code", async ({
    page,
    pages,
    shop,
  }) => {
    const { setupIntentId } = await openCardPage(page, pages, shop);
    await typeCard(page, { number: '4242424242424242' });
    await expect
      .poll(() => lastChange(page, 'card'))
      .toMatchObject({
        payload: { elementType: 'card', empty: false, complete: true, brand: 'visa', value: { postalCode: '42424' } },
      });
    await expect(page.frameLocator(cardElement.card).locator('input[name="cardnumber"]')).toHaveValue('4242 4242 4242 4242');
    await expect(page.frameLocator(cardElement.card).locator('input[name="exp-date"]')).toHaveValue('12 / 34');

    await page.getByRole('button', { name: 'Save card' }).click();
    const result = await cardResult(page);
    expect(result).toMatchObject({ call: 'confirmCardSetup', error: null, setupIntent: { id: setupIntentId, status: 'succeeded' } });
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({
      type: 'card',
      card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2034 },
      billing_details: { name: 'Jenny Rosen', address: { postal_code: '42424' } },
    });
    // The card went from the frame to the API, never through the merchant's page.
    const messages = await page.evaluate(() => window.cardCheckout.pageMessages);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((m) => m.includes('4242424242424242') || m.includes('4242 4242 4242 4242'))).toEqual([]);
  });

  test('an incomplete number: createPaymentMethod and confirmCardSetup resolve incomplete_number without any API call', async ({ page, pages, shop }) => {
    const { setupIntentId } = await openCardPage(page, pages, shop);
    await page.frameLocator(cardElement.card).locator('input[name="cardnumber"]').fill('4242 4242');
    const since = Date.now();
    await page.getByRole('button', { name: 'Create payment method', exact: true }).click();
    expect(await cardResult(page, 1)).toMatchObject({
      call: 'createPaymentMethod',
      error: { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' },
    });
    await page.getByRole('button', { name: 'Save card' }).click();
    expect(await cardResult(page, 2)).toMatchObject({ call: 'confirmCardSetup', error: { type: 'validation_error', code: 'incomplete_number' } });
    // The element shows the problem: its change event carries it and the page put it under the card.
    await expect(page.locator('#card-errors')).toHaveText('Your card number is incomplete.');
    expect((await lastChange(page, 'card'))?.payload).toMatchObject({ complete: false, error: { type: 'validation_error', code: 'incomplete_number' } });
    expect((await shop.requestedPaths(since)).filter((p) => p.startsWith('POST'))).toEqual([]);
    expect((await shop.setupIntent(setupIntentId)).status).toBe('requires_payment_method');
  });

  test('4000002500003155 needs 3D Secure: confirmCardSetup shows the challenge, Complete saves the card', async ({ page, pages, shop }) => {
    const { setupIntentId } = await openCardPage(page, pages, shop);
    await typeCard(page, { number: '4000002500003155' });
    await page.getByRole('button', { name: 'Save card' }).click();
    const challenge = threeDSecureChallenge(page);
    await expect(challenge.lightbox).toBeVisible();
    expect((await shop.setupIntent(setupIntentId)).status).toBe('requires_action');
    await challenge.complete.click();
    expect(await cardResult(page)).toMatchObject({ error: null, setupIntent: { status: 'succeeded' } });
    await expect(challenge.lightbox).toHaveCount(0);
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ card: { last4: '3155' } });
  });

  test('4000000000009995 is declined: {error} is a card_error, the element reports it in its change event, and another card then saves', async ({
    page,
    pages,
    shop,
  }) => {
    const { setupIntentId } = await openCardPage(page, pages, shop);
    await typeCard(page, { number: '4000000000009995' });
    await page.getByRole('button', { name: 'Save card' }).click();
    const declined = await cardResult(page);
    expect(declined.error).toMatchObject({ type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' });
    await expect.poll(async () => (await lastChange(page, 'card'))?.payload.error).toMatchObject({ type: 'card_error', code: 'card_declined' });
    await expect(page.locator('#card-errors')).toHaveText(declined.error!.message!);
    await expect(page.locator('#card-element')).toHaveClass(/StripeElement--invalid/);
    expect((await shop.setupIntent(setupIntentId)).status).toBe('requires_payment_method');

    await page.frameLocator(cardElement.card).locator('input[name="cardnumber"]').fill('4242424242424242');
    await expect.poll(async () => (await lastChange(page, 'card'))?.payload).toMatchObject({ complete: true, error: undefined });
    await page.getByRole('button', { name: 'Save card' }).click();
    expect(await cardResult(page, 2)).toMatchObject({ error: null, setupIntent: { status: 'succeeded' } });
  });

  test('confirmCardPayment with the element pays a PaymentIntent; a 3D Secure card shows the challenge first', async ({ page, pages, shop }) => {
    // stripe-node 23 types call it allowed_payment_method_types; the API says payment_method_types.
    const params: Stripe.PaymentIntentCreateParams & { payment_method_types: string[] } = { amount: 1999, currency: 'usd', payment_method_types: ['card'] };
    const intent = await shop.stripe.paymentIntents.create(params);
    await openCardPage(page, pages, shop, { paymentIntent: { id: intent.id, clientSecret: intent.client_secret! } });
    await typeCard(page, { number: '4000002500003155' });
    await page.getByRole('button', { name: 'Save card' }).click();
    await threeDSecureChallenge(page).complete.click();
    expect(await cardResult(page)).toMatchObject({ call: 'confirmCardPayment', error: null, paymentIntent: { id: intent.id, status: 'succeeded' } });
    const paid = await shop.stripe.paymentIntents.retrieve(intent.id, { expand: ['payment_method'] });
    expect(paid.status).toBe('succeeded');
    expect(paid.amount_received).toBe(1999);
    expect(paid.payment_method).toMatchObject({ card: { last4: '3155' }, billing_details: { name: 'Jenny Rosen' } });
  });

  test('createPaymentMethod in both forms and createToken make a card PaymentMethod and token of the element', async ({ page, pages, shop }) => {
    await openCardPage(page, pages, shop);
    await typeCard(page, { number: '5555555555554444', postal: '94107' });
    await page.getByRole('button', { name: 'Create payment method', exact: true }).click();
    const created = await cardResult(page, 1);
    expect(created).toMatchObject({
      error: null,
      paymentMethod: {
        type: 'card',
        card: { brand: 'mastercard', last4: '4444' },
        billing_details: { name: 'Jenny Rosen', address: { postal_code: '94107' } },
      },
    });
    await page.getByRole('button', { name: 'Create payment method (older form)' }).click();
    expect(await cardResult(page, 2)).toMatchObject({ error: null, paymentMethod: { card: { last4: '4444' } } });
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await cardResult(page, 3);
    expect(token).toMatchObject({ error: null, token: { card: { brand: 'MasterCard', last4: '4444', address_zip: '94107', name: 'Jenny Rosen' } } });
    expect(token.token?.id).toMatch(/^tok_/);
    const pm = await shop.stripe.paymentMethods.retrieve(created.paymentMethod!.id);
    expect(pm.card).toMatchObject({ brand: 'mastercard', last4: '4444' });
  });

  test('options: hidePostalCode leaves the postal code out, hideIcon the brand icon, style reaches the inputs; update() brings it back prefilled and disabled; clear() empties the card', async ({
    page,
    pages,
    shop,
  }) => {
    await openCardPage(page, pages, shop, { options: { hidePostalCode: true, hideIcon: true, style: { base: { color: 'rgb(1, 2, 3)' } } } });
    const frame = page.frameLocator(cardElement.card);
    await expect(frame.locator('input[name="postal"]')).toBeHidden();
    await expect(frame.locator('input[name="cardnumber"]')).toBeVisible();
    await expect(frame.locator('.card-icon')).toBeHidden();
    await expect(frame.locator('input[name="cardnumber"]')).toHaveCSS('color', 'rgb(1, 2, 3)');
    await typeCard(page, { number: '4242424242424242', postal: '' });
    await expect.poll(async () => (await lastChange(page, 'card'))?.payload).toMatchObject({ complete: true, value: { postalCode: '' } });
    await page.getByRole('button', { name: 'Create token' }).click();
    expect(await cardResult(page)).toMatchObject({ error: null, token: { card: { last4: '4242', address_zip: null } } });

    await page.evaluate(() => window.cardElement.update({ hidePostalCode: false, value: { postalCode: '10001' }, disabled: true }));
    await expect(frame.locator('input[name="postal"]')).toHaveValue('10001');
    await expect(frame.locator('input[name="cardnumber"]')).toBeDisabled();
    await page.evaluate(() => window.cardElement.clear());
    await expect(frame.locator('input[name="cardnumber"]')).toHaveValue('');
    await expect.poll(async () => (await lastChange(page, 'card'))?.payload).toMatchObject({ empty: true, complete: false });
  });
  test("classes name the container's state classes; focus() and blur() move focus into the frame and out, with focus and blur events", async ({
    page,
    pages,
    shop,
  }) => {
    await openCardPage(page, pages, shop, {
      options: { classes: { base: 'card-box', focus: 'card-box--focus', complete: 'card-box--complete', invalid: 'card-box--invalid' } },
    });
    const container = page.locator('#card-element');
    await expect(container).toHaveClass(/\bcard-box\b/);
    expect(await container.evaluate((el) => el.classList.contains('StripeElement'))).toBe(false);
    await page.evaluate(() => window.cardElement.focus());
    await expect(container).toHaveClass(/card-box--focus/);
    await expect(page.frameLocator(cardElement.card).locator('input[name="cardnumber"]')).toBeFocused();
    await typeCard(page, { number: '4242424242424242' });
    await expect(container).toHaveClass(/card-box--complete/);
    await page.evaluate(() => window.cardElement.blur());
    await expect(container).not.toHaveClass(/card-box--focus/);
    const types = await page.evaluate(() => window.cardCheckout.events.map((e) => e.type));
    expect(types).toEqual(expect.arrayContaining(['ready', 'focus', 'change', 'blur']));
  });
});

test.describe('the split card elements', () => {
  test('cardNumber, cardExpiry and cardCvc make one card: confirmCardSetup saves a Mastercard ending 4444', async ({ page, pages, shop }) => {
    const { setupIntentId } = await openCardPage(page, pages, shop, { split: true });
    await typeSplitCard(page, { number: '5555555555554444' });
    await expect.poll(() => lastChange(page, 'cardNumber')).toMatchObject({ payload: { elementType: 'cardNumber', complete: true, brand: 'mastercard' } });
    await expect.poll(() => lastChange(page, 'cardExpiry')).toMatchObject({ payload: { elementType: 'cardExpiry', complete: true } });
    await expect.poll(() => lastChange(page, 'cardCvc')).toMatchObject({ payload: { elementType: 'cardCvc', complete: true } });
    await page.getByRole('button', { name: 'Save card' }).click();
    expect(await cardResult(page)).toMatchObject({ error: null, setupIntent: { status: 'succeeded' } });
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.payment_method).toMatchObject({ type: 'card', card: { brand: 'mastercard', last4: '4444', exp_month: 12, exp_year: 2034 } });
    const messages = await page.evaluate(() => window.cardCheckout.pageMessages);
    expect(messages.filter((m) => m.includes('5555555555554444') || m.includes('5555 5555 5555 4444') || m.includes('12 / 34'))).toEqual([]);
  });

  test('an incomplete expiry in its own frame: createPaymentMethod resolves incomplete_expiry and the expiry element reports it', async ({
    page,
    pages,
    shop,
  }) => {
    await openCardPage(page, pages, shop, { split: true });
    await typeSplitCard(page, { number: '4242424242424242', expiry: '12' });
    const since = Date.now();
    await page.getByRole('button', { name: 'Create payment method', exact: true }).click();
    expect(await cardResult(page)).toMatchObject({ error: { type: 'validation_error', code: 'incomplete_expiry' } });
    await expect.poll(async () => (await lastChange(page, 'cardExpiry'))?.payload.error).toMatchObject({ code: 'incomplete_expiry' });
    expect((await shop.requestedPaths(since)).filter((p) => p.startsWith('POST'))).toEqual([]);
  });

  test('the CVC follows the brand the number element reports: an American Express card needs four digits', async ({ page, pages, shop }) => {
    await openCardPage(page, pages, shop, { split: true });
    await typeSplitCard(page, { number: '378282246310005', cvc: '123' });
    await expect.poll(async () => (await lastChange(page, 'cardCvc'))?.payload.complete).toBe(false);
    await page.frameLocator(cardElement.cardCvc).locator('input[name="cvc"]').fill('1234');
    await expect.poll(async () => (await lastChange(page, 'cardCvc'))?.payload.complete).toBe(true);
    await page.getByRole('button', { name: 'Create token' }).click();
    expect(await cardResult(page)).toMatchObject({ error: null, token: { card: { brand: 'American Express', last4: '0005' } } });
  });

  test('a 3D Secure card through the split elements: the challenge shows and Complete saves it', async ({ page, pages, shop }) => {
    const { setupIntentId } = await openCardPage(page, pages, shop, { split: true });
    await typeSplitCard(page, { number: '4000002500003155' });
    await page.getByRole('button', { name: 'Save card' }).click();
    await threeDSecureChallenge(page).complete.click();
    expect(await cardResult(page)).toMatchObject({ error: null, setupIntent: { status: 'succeeded' } });
    expect((await shop.setupIntent(setupIntentId)).payment_method).toMatchObject({ card: { last4: '3155' } });
  });
  test("under Stripe's recommended CSP, from js.stripe.com: the split frames are on Stripe's origin and still make one card", async ({
    page,
    context,
    pages,
    shop,
    emulator,
  }) => {
    await routeStripeToEmulator(context, emulator.url);
    const refused: string[] = [];
    page.on('console', (message) => void (/Content Security Policy|Refused to/i.test(message.text()) && refused.push(message.text())));
    const { setupIntentId } = await openCardPage(page, pages, shop, { csp: true });
    expect(page.frames().filter((f) => new URL(f.url()).origin === 'https://js.stripe.com')).toHaveLength(3);
    await typeSplitCard(page, { number: '4242424242424242' });
    await page.getByRole('button', { name: 'Save card' }).click();
    expect(await cardResult(page)).toMatchObject({ error: null, setupIntent: { status: 'succeeded' } });
    expect((await shop.setupIntent(setupIntentId)).payment_method).toMatchObject({ card: { last4: '4242', exp_month: 12, exp_year: 2034 } });
    expect(refused).toEqual([]);
  });
});

test.describe('the card element in React', () => {
  test('<CardElement> of @stripe/react-stripe-js mounts, reports change, and confirmCardSetup with elements.getElement(CardElement) saves the card', async ({
    page,
    pages,
    shop,
    emulator,
  }) => {
    // loadStripe injects https://js.stripe.com/<train>/stripe.js: answered by the emulator, as a harness browser does.
    await page.route('https://js.stripe.com/**', async (route) => {
      const asked = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${emulator.url}${asked.pathname}${asked.search}` }) });
    });
    const { id, clientSecret } = await shop.createSetupIntent({ email: shopperEmail('react-card') });
    await page.goto(pages.reactCardUrl({ pk: shop.publishableKey, secret: clientSecret }));
    await page.waitForFunction(() => window.cardCheckout?.events.some((e) => e.element === 'card' && e.type === 'ready'));
    await typeCard(page, { number: '4242424242424242' });
    await expect.poll(() => lastChange(page, 'card')).toMatchObject({ payload: { elementType: 'card', complete: true, brand: 'visa' } });
    await page.getByRole('button', { name: 'Save card' }).click();
    expect(await cardResult(page)).toMatchObject({ error: null, setupIntent: { id, status: 'succeeded' } });
    await expect(page.getByRole('alert')).toHaveText('SetupIntent succeeded');
    expect((await shop.setupIntent(id)).payment_method).toMatchObject({ card: { brand: 'visa', last4: '4242' }, billing_details: { name: 'Jenny Rosen' } });
  });
});
