import { confirmOutcome, elementEvents, expect, returnedQuery, saveButton, test } from './fixtures.ts';
import { shopperEmail } from './shop.ts';
import { fillCard, linkAuthenticationElement, stripeDom, threeDSecureChallenge, typeEmail } from '../drivers/index.ts';

test.describe('confirmSetup and element events', () => {
  test("redirect: 'if_required' resolves {setupIntent} on the page, without leaving it", async ({ openCheckout, shop }) => {
    const email = shopperEmail('stay');
    const { page, setupIntentId } = await openCheckout({ customerEmail: email, redirect: 'if_required' });
    await typeEmail(page, email);
    await fillCard(page, { number: '4242424242424242' });
    await saveButton(page).click();

    const outcome = await confirmOutcome(page);
    expect(outcome.error).toBeNull();
    expect(outcome.setupIntent).toMatchObject({ id: setupIntentId, status: 'succeeded' });
    await expect(page.locator('#result')).toHaveText('SetupIntent succeeded');
    expect(new URL(page.url()).pathname).toBe('/checkout');
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'card', card: { last4: '4242' } });
  });

  test("ready, focus and change events carry Stripe's payloads, and the card they describe saves", async ({ openCheckout, shop }) => {
    const { page, setupIntentId } = await openCheckout();
    const ready = (await elementEvents(page)).filter((e) => e.type === 'ready');
    expect(ready.map((e) => e.payload)).toEqual(expect.arrayContaining([{ elementType: 'linkAuthentication' }, { elementType: 'payment' }]));

    const email = shopperEmail('events');
    await linkAuthenticationElement(page).locator(stripeDom.email).click();
    await page.waitForFunction(() => window.checkout.events.some((e) => e.element === 'linkAuthentication' && e.type === 'focus'));
    await typeEmail(page, email.split('@')[0]!);
    await page.waitForFunction(() => window.checkout.events.some((e) => e.element === 'linkAuthentication' && e.type === 'change'));
    const partial = (await elementEvents(page)).filter((e) => e.element === 'linkAuthentication' && e.type === 'change').at(-1);
    expect(partial?.payload).toMatchObject({ elementType: 'linkAuthentication', complete: false });

    await typeEmail(page, email);
    await page.waitForFunction(
      (typed) =>
        window.checkout.events.some(
          (e) => e.type === 'change' && (e.payload.value as { email?: string } | undefined)?.email === typed && e.payload.complete === true,
        ),
      email,
    );
    const complete = (await elementEvents(page)).filter((e) => e.element === 'linkAuthentication' && e.type === 'change').at(-1);
    expect(complete?.payload).toMatchObject({ elementType: 'linkAuthentication', empty: false, complete: true, value: { email } });

    await fillCard(page, { number: '4242424242424242' });
    await page.waitForFunction(() => window.checkout.events.some((e) => e.element === 'payment' && e.type === 'change' && e.payload.complete === true));
    const payment = (await elementEvents(page)).filter((e) => e.element === 'payment' && e.type === 'change').at(-1);
    expect(payment?.payload).toMatchObject({ elementType: 'payment', complete: true, empty: false, value: { type: 'card' } });

    await saveButton(page).click();
    expect((await returnedQuery(page)).get('setup_intent')).toBe(setupIntentId);
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'card', card: { last4: '4242' } });
  });

  test('a merchant page that replaces fetch, JSON.stringify and postMessage after loading /v3 still completes a 3DS setup', async ({ openCheckout, shop }) => {
    const email = shopperEmail('patched');
    const { page, setupIntentId } = await openCheckout({ customerEmail: email, patchGlobals: true });
    expect(
      await page.evaluate(() =>
        window.fetch('/').then(
          () => 'fetched',
          (e: Error) => e.message,
        ),
      ),
    ).toMatch(/replaced by the merchant/);
    await typeEmail(page, email);
    await fillCard(page, { number: '4000000000003220' });
    await saveButton(page).click();
    await threeDSecureChallenge(page).complete.click();
    expect((await returnedQuery(page)).get('redirect_status')).toBe('succeeded');
    const saved = await shop.setupIntent(setupIntentId);
    expect(saved.status).toBe('succeeded');
    expect(saved.payment_method).toMatchObject({ type: 'card', card: { last4: '3220' } });
  });
});
