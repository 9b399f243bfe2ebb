import { confirmOutcome, expect, returnedQuery, saveButton, test } from './fixtures.ts';
import { shopperEmail } from './shop.ts';
import { fillCard, linkAuthenticationElement, paymentElement, stripeDom, typeEmail } from '../drivers/index.ts';

test.describe('a new shopper saves a card', () => {
  test('with the Link opt-in: redirected to return_url, a Link payment method saved, and a Link account exists afterwards', async ({ openCheckout, shop }) => {
    const email = shopperEmail('new');
    const { page, setupIntentId } = await openCheckout({ customerEmail: email });
    await typeEmail(page, email);
    const optIn = paymentElement(page).locator(stripeDom.linkOptIn);
    await expect(optIn).toBeAttached();
    await fillCard(page, { number: '4242424242424242' });
    await paymentElement(page).locator(stripeDom.linkOptInLabel).click();
    await expect(optIn).toBeChecked();
    expect(await shop.linkAccount(email)).toBeUndefined();
    await saveButton(page).click();

    const query = await returnedQuery(page);
    expect(query.get('setup_intent')).toBe(setupIntentId);
    expect(query.get('redirect_status')).toBe('succeeded');
    await expect(page.getByTestId('setup-intent-status')).toHaveText('succeeded');
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'link', link: { email } });
    const linkAccount = await shop.linkAccount(email);
    expect(linkAccount?.funding_sources).toEqual([expect.objectContaining({ type: 'card', card: expect.objectContaining({ last4: '4242' }) })]);
  });

  test('card validation: an incomplete number and a past expiry are shown next to the fields, nothing is confirmed, and the corrected card saves', async ({
    openCheckout,
    shop,
  }) => {
    const email = shopperEmail('typo');
    const { page, setupIntentId } = await openCheckout({ customerEmail: email });
    await typeEmail(page, email);
    const payment = paymentElement(page);

    await fillCard(page, { number: '42424242' });
    await saveButton(page).click();
    const incomplete = await confirmOutcome(page, 1);
    expect(incomplete.error).toMatchObject({ type: 'validation_error', code: 'incomplete_number' });
    await expect(payment.getByText(/number is incomplete/i)).toBeVisible();

    await fillCard(page, { number: '4242424242424242', expiry: '1220' });
    await saveButton(page).click();
    const pastExpiry = await confirmOutcome(page, 2);
    expect(pastExpiry.error).toMatchObject({ type: 'validation_error', code: expect.stringMatching(/^invalid_expiry_(year|month)_past$/) });
    await expect(payment.getByText(/expiration .*(past|invalid)/i)).toBeVisible();
    await expect(payment.getByText(/number is incomplete/i)).toHaveCount(0);

    expect((await shop.requestedPaths()).filter((p) => p.endsWith('/confirm'))).toEqual([]);
    expect((await shop.setupIntent(setupIntentId)).status).toBe('requires_payment_method');

    await fillCard(page, { number: '4242424242424242', expiry: '1234' });
    await saveButton(page).click();
    expect((await returnedQuery(page)).get('redirect_status')).toBe('succeeded');
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'card', card: { last4: '4242' } });
  });

  test('a declined card (4000000000000002) is shown, the form stays usable, and another card then saves', async ({ openCheckout, shop }) => {
    const email = shopperEmail('second-card');
    const { page, setupIntentId } = await openCheckout({ customerEmail: email });
    await typeEmail(page, email);
    await fillCard(page, { number: '4000000000000002' });
    await saveButton(page).click();

    const declined = await confirmOutcome(page);
    expect(declined.error).toMatchObject({ type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' });
    await expect(page.locator('#error-message')).toHaveText(/declined/i);
    await expect(paymentElement(page).getByText(/declined/i)).toBeVisible();
    const afterDecline = await shop.setupIntent(setupIntentId);
    expect(afterDecline.status).toBe('requires_payment_method');
    expect(afterDecline.last_setup_error).toMatchObject({ code: 'card_declined', decline_code: 'generic_decline' });
    await expect(linkAuthenticationElement(page).locator(stripeDom.email)).toHaveValue(email);

    await fillCard(page, { number: '4242424242424242' });
    await expect(saveButton(page)).toBeEnabled();
    await saveButton(page).click();
    expect((await returnedQuery(page)).get('setup_intent')).toBe(setupIntentId);
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'card', card: { last4: '4242' } });
  });
});
