import { confirmOutcome, expect, merchantReturnParam, returnedQuery, saveButton, test } from './fixtures.ts';
import { shopperEmail } from './shop.ts';
import { fillCard, threeDSecureChallenge } from '../drivers/index.ts';

test.describe('3D Secure on setup', () => {
  test("4000000000003220: the challenge shows, Complete redirects to return_url with the SetupIntent and the merchant's own parameter", async ({
    openCheckout,
    shop,
  }) => {
    const email = shopperEmail('threeds');
    const { page, setupIntentId, returnUrl } = await openCheckout({ layout: 'payment-only', prefill: email });
    await fillCard(page, { number: '4000000000003220' });
    await saveButton(page).click();

    const challenge = threeDSecureChallenge(page);
    await expect(challenge.lightbox).toBeVisible();
    expect((await shop.setupIntent(setupIntentId)).status).toBe('requires_action');
    await challenge.complete.click();

    const query = await returnedQuery(page);
    expect(page.url().startsWith(returnUrl.split('?')[0]!)).toBe(true);
    expect(query.get('setup_intent')).toBe(setupIntentId);
    expect(query.get('setup_intent_client_secret')).toMatch(new RegExp(`^${setupIntentId}_secret_`));
    expect(query.get('redirect_status')).toBe('succeeded');
    expect(query.get('order')).toBe(merchantReturnParam.order);
    await expect(page.getByTestId('setup-intent-status')).toHaveText('succeeded');
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'card', card: { last4: '3220' } });
  });

  test('Fail resolves {error} with setup_intent_authentication_failure, the SetupIntent needs a payment method again, and another try (4000002500003155, Complete) saves', async ({
    openCheckout,
    shop,
  }) => {
    const email = shopperEmail('threeds-fail');
    const { page, setupIntentId } = await openCheckout({ layout: 'payment-only', prefill: email });
    await fillCard(page, { number: '4000000000003220' });
    await saveButton(page).click();
    const challenge = threeDSecureChallenge(page);
    await challenge.fail.click();

    const failed = await confirmOutcome(page);
    expect(failed.error).toMatchObject({ code: 'setup_intent_authentication_failure' });
    await expect(page.locator('#error-message')).toHaveAttribute('data-code', 'setup_intent_authentication_failure');
    await expect(page.locator('#error-message')).not.toBeEmpty();
    await expect(challenge.lightbox).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe('/checkout');
    const afterFail = await shop.setupIntent(setupIntentId);
    expect(afterFail.status).toBe('requires_payment_method');
    expect(afterFail.last_setup_error).toMatchObject({ code: 'setup_intent_authentication_failure' });

    await fillCard(page, { number: '4000002500003155' });
    await saveButton(page).click();
    await threeDSecureChallenge(page).complete.click();
    expect((await returnedQuery(page)).get('redirect_status')).toBe('succeeded');
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'card', card: { last4: '3155' } });
  });
});
