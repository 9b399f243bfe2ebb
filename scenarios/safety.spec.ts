// SAFE-01 (guide: "Test the integration"): the checkout under test runs on test-mode keys only.
// Judged as Stripe sees the checkout: every key its pages hand Stripe.js (the browser's own
// requests to Stripe), and every call its server makes through a save and a later charge (the
// request log, where a refused live key is filed under the account it names; narrowed to the
// shopper's own calls). The harness's own refusal of live keys (emulator, `serve`, the reference
// checkout) is tested with the harness.
import { expect, scenarioTitle, test, testCards, type Inspector } from '../fixtures/index.ts';
import { notChecked } from '../harness/reporter/not-checked.ts';
import { chargeLater } from './steps/charge-later.ts';
import { MerchantResponses } from './steps/merchant-responses.ts';
import { describeCall } from './steps/link-token.ts';
import { saveCard } from './steps/save-payment-method.ts';
import { savedCustomerOf } from './steps/setup-intent-reads.ts';

/** A live publishable key in anything the merchant sent the browser. */
const livePublishableKey = /\bpk_live_[A-Za-z0-9]{3,}/g;

/**
 * Every publishable key the checkout handed the shopper's browser that is not a test-mode one,
 * redacted: the keys Stripe.js sent Stripe, and any live key in the merchant's pages, scripts and
 * JSON (Stripe.js may refuse a live key before it sends anything).
 */
async function nonTestKeysOnPages(inspector: Inspector, sent: MerchantResponses): Promise<string[]> {
  const used = inspector.browser.stripeRequests().map((r) => r.key ?? '(no key)');
  const handed = (await sent.read()).texts.flatMap(({ body }) => body.match(livePublishableKey) ?? []);
  return [...new Set([...used, ...handed])].filter((key) => !key.startsWith('pk_test_')).map((key) => `${key.slice(0, 8)}…`);
}

test(
  ...scenarioTitle(
    'SAFE-01',
    'the checkout uses test-mode keys only: every key its pages hand Stripe.js is pk_test_, and its server calls Stripe with test keys through a save and a later charge',
  ),
  async ({ page, context, checkout, shopper, inspector, request, target }) => {
    const sent = new MerchantResponses(context, target.checkout.url);
    const jenny = shopper();
    await checkout.signUp(page, jenny);
    // The page's key, as soon as Stripe.js uses it: a live key breaks the page, so it is checked
    // even when the save page never gets ready.
    const opened = await checkout.openSavePage(page).then(
      () => null,
      (err: unknown) => err,
    );
    expect(
      await nonTestKeysOnPages(inspector, sent),
      'SAFE-01: the save page must hand Stripe.js a test-mode publishable key (pk_test_…); the checkout handed it',
    ).toEqual([]);
    if (opened) throw opened;
    await expect
      .poll(() => inspector.browser.stripeRequests().length, {
        message: "SAFE-01: the save page's Stripe.js sent Stripe no request, so its key cannot be checked",
      })
      .toBeGreaterThan(0);

    const saved = await saveCard(page, checkout, inspector, jenny, testCards.visa, { requirement: 'SAFE-01' });
    const customer = savedCustomerOf(saved);
    expect(
      customer,
      `SAFE-01: ${saved.id} saved its payment method on no Customer, so no later charge can exercise the shop's charge job (see SETUP-01)`,
    ).not.toBeNull();
    await chargeLater(request, checkout, inspector, { customer: customer!, amount: 1099, currency: 'usd' }, 'SAFE-01');
    expect(
      await nonTestKeysOnPages(inspector, sent),
      'SAFE-01: every page of the checkout must hand Stripe.js a test-mode publishable key; the checkout handed it',
    ).toEqual([]);

    if (!inspector.capabilities.requestLog) {
      notChecked(
        'SAFE-01',
        "the keys of the server's own calls: live Stripe keeps no request log to read them (Stripe refuses a mix of live and test objects all the same)",
      );
      return;
    }
    // The shopper's own calls: their browser's, and the server's that name their Customer or SetupIntent.
    const ours = [...(await inspector.calls({ from: 'browser' })), ...(await inspector.calls({ involving: [customer!, saved.id] }))];
    const refused = [...new Map(ours.filter((c) => c.error?.code === 'livemode_mismatch').map((c) => [c.id, c])).values()];
    expect(refused.map(describeCall), 'SAFE-01: every call to Stripe must use a test-mode key; these were made with live keys and refused').toEqual([]);
    const server = await inspector.calls({ from: 'server' });
    expect(server.length, "SAFE-01: the shop's server made no call to Stripe with its secret key during a save and a later charge").toBeGreaterThan(0);
  },
);
