// CONFIRM-01..03 and FORM-01: the guide's "Submit the SetupIntent" and "Set up your payment form":
// confirmSetup with a return_url, a return page that believes the SetupIntent rather than the
// query string, confirm errors the shopper can see and recover from, and https in live mode.
import { expect, scenarioTitle, test, testCards } from '../fixtures/index.ts';
import { PaymentElement } from '../harness/drivers/index.ts';
import { notApplicable } from '../harness/reporter/not-applicable.ts';
import { awaitConfirmCalls, setupIntentOnPage, settledSetupIntent } from './steps/setup-intent-reads.ts';
import { signUpAndOpenSavePage } from './steps/save-payment-method.ts';

test.describe.configure({ mode: 'parallel' });

test(...scenarioTitle('CONFIRM-01', 'confirmSetup runs with a return_url, and a successful setup lands there with setup_intent and its client secret'), async ({ page, checkout, shopper, inspector }) => {
  const jenny = shopper();
  await signUpAndOpenSavePage(page, checkout, jenny);
  const si = await setupIntentOnPage(inspector, jenny.email);
  await new PaymentElement(page).fillCard({ number: testCards.visa.number });
  await checkout.submitSavePage(page);
  const shown = await checkout.readOutcome(page);
  expect(shown.outcome, `CONFIRM-01: saving a Visa •••• 4242 must succeed; the page showed '${shown.outcome}'`).toBe('succeeded');

  let returnUrl: string | undefined;
  if (inspector.capabilities.requestLog) {
    const [confirm] = await awaitConfirmCalls(inspector, si.id);
    const sent = confirm!.params.return_url;
    expect(sent, `CONFIRM-01: confirmSetup must run with a return_url; the confirm call of ${si.id} carried none`).toEqual(expect.any(String));
    returnUrl = sent as string;
  }
  const landed = new URL(page.url());
  if (returnUrl) {
    const asked = new URL(returnUrl);
    expect(`${landed.origin}${landed.pathname}`, `CONFIRM-01: success must land on the return_url ${asked.href}; it landed on ${landed.href}`).toBe(`${asked.origin}${asked.pathname}`);
  }
  expect(landed.searchParams.get('setup_intent'), `CONFIRM-01: the return_url must be reached with setup_intent=${si.id}; it was ${landed.href}`).toBe(si.id);
  expect(landed.searchParams.get('setup_intent_client_secret'), `CONFIRM-01: the return_url must be reached with the SetupIntent's client secret; it was ${landed.href}`).toBe(si.client_secret);
  const saved = await settledSetupIntent(inspector, si.id);
  expect(saved.status, `CONFIRM-01: ${si.id} must have succeeded`).toBe('succeeded');
});

test(
  ...scenarioTitle('CONFIRM-02', "the return page shows what the SetupIntent says, not the query string: a forged redirect_status=succeeded for a declined setup is not shown as saved, and redirect_status=failed does not hide a real success"),
  async ({ page, checkout, shopper, inspector }) => {
    const jenny = shopper();
    const payment = new PaymentElement(page);
    // A real success first: where the checkout's return page is, and what it shows for success.
    await signUpAndOpenSavePage(page, checkout, jenny);
    const saved = await setupIntentOnPage(inspector, jenny.email);
    await payment.fillCard({ number: testCards.visa.number });
    await checkout.submitSavePage(page);
    expect((await checkout.readOutcome(page)).outcome, 'CONFIRM-02: saving a Visa •••• 4242 must succeed').toBe('succeeded');
    const returnPage = new URL(page.url());

    // Then a setup that is declined: the SetupIntent needs a payment method again.
    await checkout.openSavePage(page);
    const declined = await setupIntentOnPage(inspector, jenny.email, { after: saved.id });
    await payment.fillCard({ number: testCards.genericDecline.number });
    await checkout.submitSavePage(page);
    let status = '';
    await expect
      .poll(async () => {
        const si = await inspector.setupIntent(declined.id);
        status = si.status;
        return si.last_setup_error?.code ?? null;
      }, { message: `CONFIRM-02: the declined card must leave ${declined.id} with a setup error` })
      .toBe('card_declined');

    const forged = new URL(returnPage);
    forged.searchParams.set('setup_intent', declined.id);
    forged.searchParams.set('setup_intent_client_secret', declined.client_secret!);
    forged.searchParams.set('redirect_status', 'succeeded');
    await page.goto(forged.href);
    const shownForForged = await checkout.readOutcome(page);
    expect(
      shownForForged.outcome,
      `CONFIRM-02: the return page must show the outcome read from the SetupIntent; for ${declined.id} (status ${status}, declined) reached with a forged redirect_status=succeeded it showed '${shownForForged.outcome}'`,
    ).not.toBe('succeeded');
    if (shownForForged.setupIntentId) expect(shownForForged.setupIntentId).toBe(declined.id);
    expect((await inspector.setupIntent(declined.id)).status, `CONFIRM-02: visiting the return page must not change ${declined.id}`).toBe('requires_payment_method');

    const understated = new URL(returnPage);
    understated.searchParams.set('redirect_status', 'failed');
    await page.goto(understated.href);
    const shownForUnderstated = await checkout.readOutcome(page);
    expect(
      shownForUnderstated.outcome,
      `CONFIRM-02: the return page must show the outcome read from the SetupIntent; for ${saved.id} (succeeded) reached with redirect_status=failed it showed '${shownForUnderstated.outcome}'`,
    ).toBe('succeeded');
  },
);

test(...scenarioTitle('CONFIRM-03', 'a declined card shows the confirm error, and the same form then saves a good card'), async ({ page, checkout, shopper, inspector }) => {
  const jenny = shopper();
  await signUpAndOpenSavePage(page, checkout, jenny);
  const si = await setupIntentOnPage(inspector, jenny.email);
  const payment = new PaymentElement(page);
  await payment.fillCard({ number: testCards.genericDecline.number });
  await checkout.submitSavePage(page);

  let code: string | null = null;
  await expect
    .poll(async () => (code = (await inspector.setupIntent(si.id)).last_setup_error?.code ?? null), { message: `CONFIRM-03: the declined card must fail the confirm of ${si.id}` })
    .toBe('card_declined');
  if (inspector.capabilities.requestLog) {
    const [attempt] = await awaitConfirmCalls(inspector, si.id);
    expect(attempt!.error?.code, `CONFIRM-03: Stripe must have refused the confirm of ${si.id} as card_declined`).toBe('card_declined');
  }
  await expect(checkout.confirmError(page), `CONFIRM-03: confirm errors must be shown to the shopper; the card was declined (${code}) but the page's error area shows nothing`).toHaveText(/\S/);
  expect(new URL(page.url()).searchParams.get('setup_intent'), 'CONFIRM-03: a failed confirm must keep the shopper on the form').toBeNull();

  await payment.fillCard({ number: testCards.visa.number });
  await checkout.submitSavePage(page);
  const shown = await checkout.readOutcome(page);
  expect(shown.outcome, `CONFIRM-03: after the error the form must still save a good card; the page showed '${shown.outcome}'`).toBe('succeeded');
  const saved = await settledSetupIntent(inspector, si.id);
  expect([saved.status, saved.payment_method?.card?.last4], `CONFIRM-03: the second try must save Visa •••• 4242 on ${si.id}`).toEqual(['succeeded', '4242']);
});

test(...scenarioTitle('FORM-01', 'in live mode the payment page is served over https'), async ({ page, checkout, shopper, inspector, target }) => {
  if (target.backend.kind === 'emulator' && new URL(target.checkout.url).protocol === 'http:')
    notApplicable(`the checkout is served over http (${target.checkout.url}) against the emulator: the guide allows http while testing; FORM-01 applies in live mode, or run the checkout over https`);
  const jenny = shopper();
  await signUpAndOpenSavePage(page, checkout, jenny);
  const pageUrl = new URL(page.url());
  expect(pageUrl.protocol, `FORM-01: the payment page must be served over https; it is ${pageUrl.href}`).toBe('https:');
  await expect(new PaymentElement(page).iframe, 'FORM-01: the Payment Element must load on the https page').toBeVisible();
  const si = await setupIntentOnPage(inspector, jenny.email);
  expect(si.status, `FORM-01: the https page's SetupIntent ${si.id} must be ready for the shopper`).toBe('requires_payment_method');
});
