import { expect, returnedQuery, saveButton, test } from './fixtures.ts';
import { shopperEmail, type Shop } from './shop.ts';
import { fundingSourceOption, logInToLink } from '../drivers/index.ts';

/** The funding source the emulated Stripe.js confirmed with, read from the request log. */
async function confirmedPaymentDetails(shop: Shop, setupIntentId: string): Promise<unknown> {
  const confirm = (await shop.requests()).find((e) => e.method === 'POST' && e.path === `/v1/setup_intents/${setupIntentId}/confirm` && e.status === 200);
  const data = confirm?.params.payment_method_data as { link?: { payment_details_id?: string } } | undefined;
  return data?.link?.payment_details_id;
}

test.describe('a +multiple_funding_sources@ Link shopper', () => {
  for (const choice of [
    { name: 'a card that is not the default', type: 'card', label: /Mastercard.*4444/ },
    { name: 'the US bank account', type: 'bank_account', label: /STRIPE TEST BANK.*6789/ },
  ] as const) {
    test(`chooses ${choice.name} in the picker, and that source is saved`, async ({ openCheckout, shop }) => {
      const email = shopperEmail('wallet', 'multiple_funding_sources');
      const linkAccount = await shop.seedLinkShopper(email);
      const chosen = linkAccount.funding_sources.find((s) => s.type === choice.type && choice.label.test(s.label));
      expect(chosen, `the seeded wallet has ${choice.name}`).toBeDefined();
      expect(chosen?.id).not.toBe(linkAccount.default_funding_source);

      const { page, setupIntentId } = await openCheckout({ customerEmail: email });
      await logInToLink(page, email);
      const options = (await shop.linkAccount(email))!.funding_sources.length;
      expect(options).toBe(3);
      await expect(fundingSourceOption(page, /./)).toHaveCount(options);
      await expect(fundingSourceOption(page, /Visa.*4242/)).toBeChecked();
      await fundingSourceOption(page, choice.label).click();
      await expect(fundingSourceOption(page, choice.label)).toBeChecked();
      await expect(fundingSourceOption(page, /Visa.*4242/)).not.toBeChecked();

      await saveButton(page).click();
      expect((await returnedQuery(page)).get('redirect_status')).toBe('succeeded');
      const saved = await shop.setupIntent(setupIntentId);
      expect(saved.status).toBe('succeeded');
      expect(saved.payment_method).toMatchObject({ type: 'link', link: { email } });
      expect(await confirmedPaymentDetails(shop, setupIntentId)).toBe(chosen?.id);
    });
  }
});
