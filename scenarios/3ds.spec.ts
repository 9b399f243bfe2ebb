// 3DS-01, 3DS-02: the guide's "Card authentication and 3D Secure". The 3DS test card challenges
// the shopper; "Complete" finishes the setup at the return_url, "Fail" leaves the SetupIntent
// needing a payment method again, and the shopper can try once more on the same form.
import { expect, scenarioTitle, test, testCards } from '../fixtures/index.ts';
import { PaymentElement, ThreeDSecureChallenge } from '../harness/drivers/index.ts';
import { awaitConfirmCalls, setupIntentOnPage, settledSetupIntent } from './steps/setup-intent-reads.ts';
import { signUpAndOpenSavePage } from './steps/save-payment-method.ts';

test.describe.configure({ mode: 'parallel' });

const threeDSCard = testCards.threeDSecureRequired;

test(...scenarioTitle('3DS-01', `a new shopper saves the 3DS test card ${threeDSCard.number} with Link: the challenge is shown, Complete finishes the setup at the return_url`), async ({ page, checkout, shopper, inspector }) => {
  const jenny = shopper();
  await signUpAndOpenSavePage(page, checkout, jenny);
  const si = await setupIntentOnPage(inspector, jenny.email);
  const payment = new PaymentElement(page);
  await payment.fillCard({ number: threeDSCard.number });
  await expect(payment.linkOptInLabel, "3DS-01: the Payment Element must offer a new shopper Link (its Link opt-in); none was shown (see SETUP-02 and EMAIL-01)").toBeVisible();
  await payment.optInToLink();
  await checkout.submitSavePage(page);

  const challenge = new ThreeDSecureChallenge(page);
  await expect(challenge.lightbox, `3DS-01: the 3DS test card must show the authentication challenge`).toBeVisible();
  expect((await inspector.setupIntent(si.id)).status, `3DS-01: while the challenge is open, ${si.id} must wait for the shopper`).toBe('requires_action');
  await challenge.complete();

  const shown = await checkout.readOutcome(page);
  expect(shown.outcome, `3DS-01: after Complete the setup must succeed; the page showed '${shown.outcome}'`).toBe('succeeded');
  const landed = new URL(page.url());
  expect(landed.searchParams.get('setup_intent'), `3DS-01: Complete must land on the return_url with setup_intent=${si.id}; it landed on ${landed.href}`).toBe(si.id);
  if (inspector.capabilities.requestLog) {
    const returnUrl = (await awaitConfirmCalls(inspector, si.id))[0]!.params.return_url;
    expect(returnUrl, `3DS-01: Complete must land on the return_url, but confirmSetup ran without one (see CONFIRM-01); it landed on ${landed.href}`).toEqual(expect.any(String));
    const asked = new URL(returnUrl as string);
    expect(`${landed.origin}${landed.pathname}`, `3DS-01: Complete must land on the return_url ${asked.href}; it landed on ${landed.href}`).toBe(`${asked.origin}${asked.pathname}`);
  }
  const saved = await settledSetupIntent(inspector, si.id);
  expect(
    [saved.status, saved.payment_method?.type],
    `3DS-01: ${si.id} must save the authenticated card through Link; it is ${saved.status} with a ${saved.payment_method?.type ?? 'missing'} payment method`,
  ).toEqual(['succeeded', 'link']);
});

test(...scenarioTitle('3DS-02', `Fail on the challenge of ${threeDSCard.number} shows an error, the SetupIntent needs a payment method again, and another try saves`), async ({ page, checkout, shopper, inspector }) => {
  const jenny = shopper();
  await signUpAndOpenSavePage(page, checkout, jenny);
  const si = await setupIntentOnPage(inspector, jenny.email);
  const payment = new PaymentElement(page);
  await payment.fillCard({ number: threeDSCard.number });
  await checkout.submitSavePage(page);

  const challenge = new ThreeDSecureChallenge(page);
  await expect(challenge.lightbox, `3DS-02: the 3DS test card must show the authentication challenge`).toBeVisible();
  await challenge.fail();
  await challenge.expectClosed();
  let failed = await inspector.setupIntent(si.id);
  await expect
    .poll(async () => (failed = await inspector.setupIntent(si.id)).last_setup_error?.code ?? failed.status, {
      message: `3DS-02: a failed authentication must leave ${si.id} with the error setup_intent_authentication_failure`,
    })
    .toBe('setup_intent_authentication_failure');
  expect(failed.status, `3DS-02: after Fail, ${si.id} must need a payment method again; it is ${failed.status}`).toBe('requires_payment_method');
  await expect(checkout.confirmError(page), `3DS-02: the failed authentication must be shown to the shopper; the page's error area shows nothing`).toHaveText(/\S/);
  expect(new URL(page.url()).searchParams.get('setup_intent'), '3DS-02: a failed authentication must keep the shopper on the form').toBeNull();

  await payment.fillCard({ number: testCards.visa.number });
  await checkout.submitSavePage(page);
  const shown = await checkout.readOutcome(page);
  expect(shown.outcome, `3DS-02: another try after the failed authentication must save; the page showed '${shown.outcome}'`).toBe('succeeded');
  const saved = await settledSetupIntent(inspector, si.id);
  expect([saved.status, saved.payment_method?.card?.last4], `3DS-02: the second try must save Visa •••• 4242 on ${si.id}`).toEqual(['succeeded', '4242']);
});
