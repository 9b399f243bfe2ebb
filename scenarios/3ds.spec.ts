// 3DS-01, 3DS-02: the guide's "Card authentication and 3D Secure". The 3DS test card challenges
// the shopper; "Complete" finishes the setup at the return_url, "Fail" leaves the SetupIntent
// needing a payment method again, and the shopper can try once more on the same form.
import { expect, scenarioTitle, test, testCards } from '../fixtures/index.ts';
import { PaymentElement, ThreeDSecureChallenge } from '../harness/drivers/index.ts';
import { expectErrorShown, shownError } from './steps/confirm-errors.ts';
import { expectReturnUrlReached } from './steps/return-url.ts';
import { saveCard, signUpAndOpenSavePage } from './steps/save-payment-method.ts';
import { setupIntentOnPage, settledSetupIntent } from './steps/setup-intent-reads.ts';

test.describe.configure({ mode: 'parallel' });

const threeDSCard = testCards.threeDSecureRequired;

test(
  ...scenarioTitle(
    '3DS-01',
    `a new shopper saves the 3DS test card ${threeDSCard.number} with Link: the challenge is shown, Complete finishes the setup at the return_url`,
  ),
  async ({ page, checkout, shopper, inspector }) => {
    const jenny = shopper();
    await signUpAndOpenSavePage(page, checkout, jenny);
    const si = await setupIntentOnPage(inspector, '3DS-01');
    const payment = new PaymentElement(page);
    await payment.fillCard({ number: threeDSCard.number });
    await expect(
      payment.linkOptInLabel,
      '3DS-01: the Payment Element must offer a new shopper Link (its Link opt-in); none was shown (see SETUP-02 and EMAIL-01)',
    ).toBeVisible();
    await payment.optInToLink();
    await checkout.submitSavePage(page);

    const challenge = new ThreeDSecureChallenge(page);
    await expect(challenge.lightbox, '3DS-01: the 3DS test card must show the authentication challenge').toBeVisible();
    expect((await inspector.setupIntent(si.id)).status, `3DS-01: while the challenge is open, ${si.id} must wait for the shopper`).toBe('requires_action');
    await challenge.complete();

    const shown = await checkout.readOutcome(page);
    expect(shown.outcome, `3DS-01: after Complete the setup must succeed; the page showed '${shown.outcome}'`).toBe('succeeded');
    const saved = await settledSetupIntent(inspector, si.id);
    await expectReturnUrlReached(inspector, saved, '3DS-01');
    expect(
      [saved.status, saved.payment_method?.type],
      `3DS-01: ${si.id} must save the authenticated card through Link; it is ${saved.status} with a ${saved.payment_method?.type ?? 'missing'} payment method`,
    ).toEqual(['succeeded', 'link']);
  },
);

test(
  ...scenarioTitle(
    '3DS-02',
    `Fail on the challenge of ${threeDSCard.number} shows an error saying so, the SetupIntent needs a payment method again, and another try saves`,
  ),
  async ({ page, checkout, shopper, inspector }) => {
    const jenny = shopper();
    await signUpAndOpenSavePage(page, checkout, jenny);
    const si = await setupIntentOnPage(inspector, '3DS-02');
    const payment = new PaymentElement(page);
    await payment.fillCard({ number: threeDSCard.number });
    const before = await shownError(checkout, page);
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
    await expectErrorShown(checkout, page, {
      requirement: '3DS-02',
      before,
      what: "the shopper failed the bank's authentication (setup_intent_authentication_failure)",
      saying: /authenticat|verif|3-?d ?secure|declin|refus|could ?n.t|could not|unable|fail|problem|try (again|another)/i,
    });
    expect(new URL(page.url()).searchParams.get('setup_intent'), '3DS-02: a failed authentication must keep the shopper on the form').toBeNull();

    const saved = await saveCard(page, checkout, inspector, jenny, testCards.visa, { requirement: '3DS-02' });
    expect([saved.id, saved.status, saved.payment_method?.card?.last4], `3DS-02: the second try must save Visa •••• 4242 on ${si.id}`).toEqual([
      si.id,
      'succeeded',
      '4242',
    ]);
  },
);
