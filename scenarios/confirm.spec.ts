// CONFIRM-01..03 and FORM-01: the guide's "Submit the SetupIntent" and "Set up your payment form":
// confirmSetup with a return_url that the shopper's browser reaches with the SetupIntent (the
// return page may then redirect anywhere), a return page that believes the SetupIntent rather than
// the query string, confirm errors the shopper can see and recover from, and a payment page whose
// scripts and frames come safely.
import { expect, scenarioTitle, test, testCards } from '../fixtures/index.ts';
import { PaymentElement } from '../harness/drivers/index.ts';
import type { CheckoutAdapter } from '../harness/target/index.ts';
import { confirmReturnUrl, setupIntentOnPage } from './steps/setup-intent-reads.ts';
import { expectReturnUrlReached } from './steps/return-url.ts';
import { saveCard, signUpAndOpenSavePage } from './steps/save-payment-method.ts';
import { expectErrorShown, shownError } from './steps/confirm-errors.ts';
import { insecureLoads } from './steps/page-loads.ts';
import type { Page } from '@playwright/test';

test.describe.configure({ mode: 'parallel' });

test(
  ...scenarioTitle('CONFIRM-01', 'confirmSetup runs with a return_url, and a successful setup lands there with setup_intent and its client secret'),
  async ({ page, checkout, shopper, inspector }) => {
    const jenny = shopper();
    await signUpAndOpenSavePage(page, checkout, jenny);
    const si = await setupIntentOnPage(inspector, 'CONFIRM-01');
    const saved = await saveCard(page, checkout, inspector, jenny, testCards.visa, { requirement: 'CONFIRM-01' });
    expect(saved.id, `CONFIRM-01: the page must confirm its own SetupIntent ${si.id}; it confirmed ${saved.id}`).toBe(si.id);
    await expectReturnUrlReached(inspector, saved, 'CONFIRM-01');
    expect(saved.status, `CONFIRM-01: ${si.id} must have succeeded`).toBe('succeeded');
  },
);

/** Opens a URL as the shopper would (the return page may redirect any number of times) and reads the outcome the checkout shows. */
async function outcomeShownAt(page: Page, checkout: CheckoutAdapter, url: URL): Promise<string> {
  await page.goto(url.href);
  return (await checkout.readOutcome(page)).outcome;
}

test(
  ...scenarioTitle(
    'CONFIRM-02',
    'the return page shows what the SetupIntent says, not the query string: a forged redirect_status=succeeded for a declined setup is not shown as saved, and redirect_status=failed does not hide a real success',
  ),
  async ({ page, checkout, shopper, inspector }) => {
    const jenny = shopper();
    // A real success first: which return_url the page gives Stripe, and what the checkout shows for success.
    await signUpAndOpenSavePage(page, checkout, jenny);
    const saved = await saveCard(page, checkout, inspector, jenny, testCards.visa, { requirement: 'CONFIRM-02' });
    const returnUrl = await confirmReturnUrl(inspector, saved.id);
    expect(returnUrl, `CONFIRM-02: confirmSetup must run with a return_url (see CONFIRM-01); the confirm of ${saved.id} carried none`).toEqual(
      expect.any(String),
    );

    // Then a setup that is declined: the SetupIntent needs a payment method again.
    await checkout.openSavePage(page);
    const declined = await setupIntentOnPage(inspector, 'CONFIRM-02', { after: saved.id });
    await new PaymentElement(page).fillCard({ number: testCards.genericDecline.number });
    await checkout.submitSavePage(page);
    let status = '';
    await expect
      .poll(
        async () => {
          const si = await inspector.setupIntent(declined.id);
          status = si.status;
          return si.last_setup_error?.code ?? null;
        },
        { message: `CONFIRM-02: the declined card must leave ${declined.id} with a setup error` },
      )
      .toBe('card_declined');

    // Stripe appends these to the return_url; here they are forged, as anyone can type them.
    const forged = new URL(returnUrl!);
    forged.searchParams.set('setup_intent', declined.id);
    forged.searchParams.set('setup_intent_client_secret', declined.client_secret!);
    forged.searchParams.set('redirect_status', 'succeeded');
    const shownForForged = await outcomeShownAt(page, checkout, forged);
    expect(
      shownForForged,
      `CONFIRM-02: the return page must show the outcome read from the SetupIntent; for ${declined.id} (status ${status}, declined) reached with a forged redirect_status=succeeded it showed '${shownForForged}' (at ${page.url()})`,
    ).not.toBe('succeeded');
    expect((await inspector.setupIntent(declined.id)).status, `CONFIRM-02: visiting the return page must not change ${declined.id}`).toBe(
      'requires_payment_method',
    );

    const understated = new URL(returnUrl!);
    understated.searchParams.set('setup_intent', saved.id);
    understated.searchParams.set('setup_intent_client_secret', saved.client_secret!);
    understated.searchParams.set('redirect_status', 'failed');
    const shownForUnderstated = await outcomeShownAt(page, checkout, understated);
    expect(
      shownForUnderstated,
      `CONFIRM-02: the return page must show the outcome read from the SetupIntent; for ${saved.id} (succeeded) reached with redirect_status=failed it showed '${shownForUnderstated}' (at ${page.url()})`,
    ).toBe('succeeded');
  },
);

test(
  ...scenarioTitle('CONFIRM-03', 'a declined card shows the confirm error, saying what went wrong, and the same form then saves a good card'),
  async ({ page, checkout, shopper, inspector }) => {
    const jenny = shopper();
    await signUpAndOpenSavePage(page, checkout, jenny);
    const si = await setupIntentOnPage(inspector, 'CONFIRM-03');
    const payment = new PaymentElement(page);
    await payment.fillCard({ number: testCards.genericDecline.number });
    const before = await shownError(checkout, page);
    await checkout.submitSavePage(page);

    let code: string | null = null;
    await expect
      .poll(async () => (code = (await inspector.setupIntent(si.id)).last_setup_error?.code ?? null), {
        message: `CONFIRM-03: the declined card must fail the confirm of ${si.id}`,
      })
      .toBe('card_declined');
    await expectErrorShown(checkout, page, {
      requirement: 'CONFIRM-03',
      before,
      what: `the card was declined (${code})`,
      saying: /declin|refus|reject|denied|not accepted|could ?n.t|could not|unable|fail|problem|try (again|another)/i,
    });
    expect(new URL(page.url()).searchParams.get('setup_intent'), 'CONFIRM-03: a failed confirm must keep the shopper on the form').toBeNull();

    const saved = await saveCard(page, checkout, inspector, jenny, testCards.visa, { requirement: 'CONFIRM-03' });
    expect([saved.id, saved.status, saved.payment_method?.card?.last4], `CONFIRM-03: the second try must save Visa •••• 4242 on ${si.id}`).toEqual([
      si.id,
      'succeeded',
      '4242',
    ]);
  },
);

test(
  ...scenarioTitle(
    'FORM-01',
    "the payment page is served safely: every script and frame of the save page comes over https or from the page's own origin (Stripe's, or the emulator standing in for it, included)",
  ),
  async ({ page, checkout, shopper, inspector, target }) => {
    const jenny = shopper();
    await checkout.signUp(page, jenny);
    const loads = insecureLoads(page, target);
    await checkout.openSavePage(page);
    await setupIntentOnPage(inspector, 'FORM-01');
    await new PaymentElement(page).expectReady();
    const pageUrl = new URL(page.url());
    const seen = loads.seen();
    expect(seen.scriptsAndFrames, `FORM-01: the save page ${pageUrl.href} must load Stripe.js and its frames; it loaded none`).toBeGreaterThan(0);
    expect(
      seen.insecure,
      `FORM-01: every script and frame of the payment page must come over https or from its own origin (${pageUrl.origin}); these did not`,
    ).toEqual([]);
    if (pageUrl.protocol !== 'https:')
      test.info().annotations.push({
        type: 'note',
        description: `FORM-01: ${pageUrl.origin} is served over http, as the guide allows while testing; in live mode it must be https.`,
      });
  },
);
