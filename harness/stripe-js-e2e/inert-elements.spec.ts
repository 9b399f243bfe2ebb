import { knownElementTypes } from '../emulator/browser/element-types.ts';
import { expect, test } from './fixtures.ts';
import { pageElementsReady, pageEvents } from './element-page-helpers.ts';
import { paymentElement } from '../drivers/index.ts';

/** The types the emulator shows as frames that load and say ready (the others have their own specs). */
const inertTypes = knownElementTypes.filter(
  (t) => !['payment', 'linkAuthentication', 'address', 'expressCheckout', 'card', 'cardNumber', 'cardExpiry', 'cardCvc'].includes(t),
);

interface ElementLike {
  mount(el: Element | string): void;
  unmount(): void;
  destroy(): void;
  update(o: object): void;
  on(e: string, h: () => void): void;
  off(e: string, h?: () => void): void;
}

test.describe('every other element type Stripe.js knows', () => {
  test('mounts a frame that says ready, titled as Stripe titles it', async ({ page, pages, shop }) => {
    const { clientSecret } = await shop.createSetupIntent({ email: 'inert@example.com' });
    await page.goto(pages.elementsPageUrl({ pk: shop.publishableKey, secret: clientSecret, return: pages.returnUrl({}), mount: inertTypes.join(',') }));
    await pageElementsReady(page, [...inertTypes]);
    for (const type of inertTypes) expect((await pageEvents(page, type, 'ready'))[0]?.payload, type).toEqual({ elementType: type });
    await expect(page.locator('iframe[title="Secure IBAN input frame"]')).toHaveCount(1);
    await expect(page.locator('iframe[title="Secure payment method messaging frame"]')).toHaveCount(1);
    expect(await page.locator('iframe[name^="__privateStripeFrame"][title]').count()).toBeGreaterThanOrEqual(inertTypes.length);
  });

  test('on, off, update, unmount, mount again and destroy work; a second of a type and an unknown type throw IntegrationError', async ({
    page,
    pages,
    shop,
  }) => {
    const { clientSecret } = await shop.createSetupIntent({ email: 'inert@example.com' });
    await page.goto(pages.elementsPageUrl({ pk: shop.publishableKey, secret: clientSecret, return: pages.returnUrl({}), mount: 'iban' }));
    await pageElementsReady(page, ['iban']);
    const thrown = await page.evaluate(() => {
      const attempt = (f: () => unknown) => {
        try {
          f();
          return null;
        } catch (err) {
          return `${(err as Error).name}: ${(err as Error).message}`;
        }
      };
      const group = window.page.elements as unknown as { create(t: string, o?: object): unknown };
      return { again: attempt(() => group.create('iban')), unknown: attempt(() => group.create('cardElement')) };
    });
    expect(thrown.again).toBe('IntegrationError: Can only create one Element of type iban.');
    expect(thrown.unknown).toMatch(/^IntegrationError: A valid Element name must be provided\. Valid Elements are: .*iban.*; you passed: cardElement\.$/);

    await page.evaluate(() => {
      const iban = window.page.created.iban as ElementLike;
      const noisy = () => window.page.events.push({ element: 'iban', type: 'noisy', payload: {} });
      iban.on('ready', noisy);
      iban.off('ready', noisy);
      iban.update({ placeholderCountry: 'DE' });
      iban.unmount();
    });
    await expect(page.locator('#element-iban iframe')).toHaveCount(0);
    await page.evaluate(() => (window.page.created.iban as ElementLike).mount('#element-iban'));
    await expect.poll(async () => (await pageEvents(page, 'iban', 'ready')).length).toBe(2);
    expect(await pageEvents(page, 'iban', 'noisy')).toEqual([]);
    const recreated = await page.evaluate(() => {
      (window.page.created.iban as ElementLike).destroy();
      const group = window.page.elements as unknown as { create(t: string): unknown; getElement(t: string): unknown };
      const fresh = group.create('iban');
      return group.getElement('iban') === fresh;
    });
    expect(recreated).toBe(true);
    await expect(page.locator('#element-iban iframe')).toHaveCount(0);
  });

  test('the Payment and Express Checkout Elements need an intent (or a mode) on the group, as in Stripe.js', async ({ page, pages, shop }) => {
    const { clientSecret } = await shop.createSetupIntent({ email: 'inert@example.com' });
    await page.goto(pages.elementsPageUrl({ pk: shop.publishableKey, secret: clientSecret, return: pages.returnUrl({}), mount: 'iban' }));
    await pageElementsReady(page, ['iban']);
    const thrown = await page.evaluate(() => {
      const bare = window.page.stripe.elements() as unknown as { create(t: string, o?: object): unknown };
      const attempt = (t: string) => {
        try {
          bare.create(t);
          return null;
        } catch (err) {
          return (err as Error).name;
        }
      };
      return {
        expressCheckout: attempt('expressCheckout'),
        payment: attempt('payment'),
        iban: attempt('iban'),
        address: (() => (bare.create('address', { mode: 'billing' }), 'created'))(),
      };
    });
    expect(thrown).toEqual({ expressCheckout: 'IntegrationError', payment: 'IntegrationError', iban: null, address: 'created' });
  });

  test('loaderstart with the loader on (not with loader: never); update-end after elements.update(); documented options accepted', async ({
    page,
    pages,
    shop,
  }) => {
    const { clientSecret } = await shop.createSetupIntent({ email: 'options@example.com' });
    const paymentOptions = {
      fields: { billingDetails: { email: 'never' } },
      wallets: { applePay: 'never', googlePay: 'never' },
      terms: { card: 'never' },
      paymentMethodOrder: ['link', 'card'],
      business: { name: 'Thimble & Twine' },
      readOnly: true,
    };
    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({}),
        mount: 'payment,address:billing',
        options: JSON.stringify({ payment: paymentOptions }),
        group: JSON.stringify({ loader: 'always', appearance: { theme: 'stripe', rules: { '.Input': { borderColor: 'rgb(255, 0, 0)' } } } }),
      }),
    );
    await pageElementsReady(page, ['payment', 'address:billing']);
    expect(await pageEvents(page, 'payment', 'loaderstart')).toEqual([{ element: 'payment', type: 'loaderstart', payload: { elementType: 'payment' } }]);
    expect((await pageEvents(page, 'address:billing', 'loaderstart')).length).toBe(1);
    // appearance.rules reach the frames' fields; readOnly holds the card fields until it is updated off.
    const number = paymentElement(page).locator('input[name="number"]');
    await expect(number).toHaveCSS('border-top-color', 'rgb(255, 0, 0)');
    await expect(number).toBeDisabled();
    await page.evaluate(() => (window.page.created.payment as { update(o: object): void }).update({ readOnly: false }));
    await expect(number).toBeEnabled();
    await page.evaluate(() => window.page.elements.update({ appearance: { theme: 'night' } }));
    expect(await page.evaluate(() => window.page.updateEnds)).toBe(1);
    await expect(number).not.toHaveCSS('border-top-color', 'rgb(255, 0, 0)');

    await page.goto(
      pages.elementsPageUrl({
        pk: shop.publishableKey,
        secret: clientSecret,
        return: pages.returnUrl({}),
        mount: 'payment',
        group: JSON.stringify({ loader: 'never' }),
      }),
    );
    await pageElementsReady(page, ['payment']);
    expect(await pageEvents(page, 'payment', 'loaderstart')).toEqual([]);
  });

  test("the Payment Element's wallets: {link: 'never'} keeps Link out of it: no lookup of the shopper's email", async ({ page, pages, shop }) => {
    const email = 'returning-wallets@example.com';
    await shop.seedLinkShopper(email);
    const { clientSecret } = await shop.createSetupIntent({ email });
    const open = async (payment: object) => {
      const since = Date.now();
      await page.goto(
        pages.elementsPageUrl({
          pk: shop.publishableKey,
          secret: clientSecret,
          return: pages.returnUrl({}),
          mount: 'payment',
          options: JSON.stringify({ payment }),
        }),
      );
      await pageElementsReady(page, ['payment']);
      return (await shop.requestedPaths(since)).filter((p) => p.includes('/v1/consumers/'));
    };
    const prefill = { defaultValues: { billingDetails: { email } } };
    expect(await open(prefill)).toContain('POST /v1/consumers/sessions/lookup');
    expect(await open({ ...prefill, wallets: { link: 'never' } })).toEqual([]);
    await expect(paymentElement(page).locator('input[name="number"]')).toBeVisible();
  });
});
