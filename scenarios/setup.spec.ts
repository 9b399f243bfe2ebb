// SETUP-01..04: the server side of the guide's "Create a Customer before setup" and "Create a
// SetupIntent": what the integration created at Stripe before the shopper saw the form, and what
// of it reached the shopper's browser.
import type { Response } from '@playwright/test';
import { expect, scenarioTitle, test, testCards } from '../fixtures/index.ts';
import { PaymentElement } from '../harness/drivers/index.ts';
import { customerOf, listed, setupIntentOnPage, settledSetupIntent } from './steps/setup-intent-reads.ts';
import { signUpAndOpenSavePage } from './steps/save-payment-method.ts';

test.describe.configure({ mode: 'parallel' });

test(...scenarioTitle('SETUP-01', "the shopper's Customer exists before their SetupIntent, the SetupIntent carries it, and the saved card lands on it"), async ({ page, checkout, shopper, inspector }) => {
  const jenny = shopper();
  await signUpAndOpenSavePage(page, checkout, jenny);

  const si = await setupIntentOnPage(inspector, jenny.email);
  const customerId = customerOf(si);
  expect(customerId, `SETUP-01: the SetupIntent must carry the shopper's Customer; ${si.id} has customer ${customerId}`).not.toBeNull();
  const customer = await inspector.stripe.customers.retrieve(customerId!);
  expect(customer.deleted, `SETUP-01: the SetupIntent's Customer ${customerId} must exist; it is deleted`).toBeFalsy();
  if (!customer.deleted && customer.email)
    expect(customer.email.toLowerCase(), `SETUP-01: ${si.id} must carry the shopper's own Customer; ${customerId} belongs to ${customer.email}`).toBe(jenny.email.toLowerCase());
  if (inspector.capabilities.requestLog) {
    // Carried from creation, not added later by an update.
    const creates = await inspector.calls({ method: 'POST', path: '/v1/setup_intents', keyKind: 'secret', ok: true, involving: customerId! });
    expect(creates.length, `SETUP-01: the SetupIntent must be created with customer=${customerId}; no create call named it`).toBeGreaterThan(0);
  }

  await new PaymentElement(page).fillCard({ number: testCards.visa.number });
  await checkout.submitSavePage(page);
  const shown = await checkout.readOutcome(page);
  expect(shown.outcome, `SETUP-01: saving a Visa •••• 4242 must succeed; the page showed '${shown.outcome}'`).toBe('succeeded');
  const saved = await settledSetupIntent(inspector, si.id);
  const savedOn = (await inspector.paymentMethodsOf(customerId!)).map((pm) => pm.id);
  expect(savedOn, `SETUP-01: the saved payment method ${saved.payment_method?.id} must be on the Customer ${customerId}; it has ${listed(savedOn)}`).toContain(saved.payment_method?.id);
});

test(...scenarioTitle('SETUP-02', 'the SetupIntent is created on the server with link among its payment methods, and a new shopper can save with Link'), async ({ page, checkout, shopper, inspector }) => {
  const jenny = shopper();
  await signUpAndOpenSavePage(page, checkout, jenny);

  const si = await setupIntentOnPage(inspector, jenny.email);
  const offered = [...(si.payment_method_types ?? []), ...(((si as { allowed_payment_method_types?: string[] }).allowed_payment_method_types ?? []) as string[])];
  expect(offered, `SETUP-02: the SetupIntent must list link among its payment methods; ${si.id} had ${listed(offered)}`).toContain('link');
  if (inspector.capabilities.requestLog) {
    const customerId = customerOf(si);
    const creates = await inspector.calls({ method: 'POST', path: '/v1/setup_intents', ok: true, ...(customerId ? { involving: customerId } : {}) });
    const create = creates.at(-1);
    expect(create?.keyKind, `SETUP-02: the SetupIntent must be created server-side with the secret key; its create call used ${create?.keyKind ?? 'no call'}`).toBe('secret');
    const p = create!.params as { payment_method_types?: string[]; allowed_payment_method_types?: string[]; automatic_payment_methods?: { enabled?: unknown } };
    const asked = [...(p.payment_method_types ?? []), ...(p.allowed_payment_method_types ?? [])];
    const automatic = String(p.automatic_payment_methods?.enabled) === 'true';
    expect(
      asked.includes('link') || (asked.length === 0 && automatic),
      `SETUP-02: the create call must ask for link (payment_method_types or automatic payment methods); it sent payment_method_types ${listed(asked)}, automatic_payment_methods ${JSON.stringify(p.automatic_payment_methods ?? null)}`,
    ).toBe(true);
  }

  // Shopper-visible: Link is offered to a new shopper, and what they save is a Link payment method.
  const payment = new PaymentElement(page);
  await payment.fillCard({ number: testCards.visa.number });
  await expect(payment.linkOptInLabel, "SETUP-02: the Payment Element must offer a new shopper Link (its Link opt-in); none was shown (Link also needs the shopper's email: see EMAIL-01)").toBeVisible();
  await payment.optInToLink();
  await checkout.submitSavePage(page);
  const shown = await checkout.readOutcome(page);
  expect(shown.outcome, `SETUP-02: saving with the Link opt-in must succeed; the page showed '${shown.outcome}'`).toBe('succeeded');
  const saved = await settledSetupIntent(inspector, si.id);
  expect(saved.payment_method?.type, `SETUP-02: the shopper opted in to Link, so ${si.id} must save a Link payment method; it saved ${saved.payment_method?.type}`).toBe('link');
  expect(saved.payment_method?.link?.email?.toLowerCase()).toBe(jenny.email.toLowerCase());
});

/** A response the checkout's own server sent the page (not Stripe's): where a leaked secret would be. */
const textLike = /html|javascript|json|text\/plain|ecmascript/i;

test(...scenarioTitle('SETUP-03', "only the SetupIntent's client secret reaches the browser: no secret key and no SetupIntent object in any page, script or response of the checkout"), async ({ page, checkout, shopper, inspector, target }) => {
  const merchant = new URL(target.checkout.url).origin;
  const bodies: Promise<{ url: string; body: string }>[] = [];
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (url.origin !== merchant || !textLike.test(response.headers()['content-type'] ?? '')) return;
    bodies.push(response.text().then((body) => ({ url: response.url(), body }), () => ({ url: response.url(), body: '' })));
  });
  const jenny = shopper();
  await signUpAndOpenSavePage(page, checkout, jenny);
  const si = await setupIntentOnPage(inspector, jenny.email);

  // Shopper-visible: the form works with the client secret alone, through to the saved card.
  await new PaymentElement(page).fillCard({ number: testCards.visa.number });
  await checkout.submitSavePage(page);
  expect((await checkout.readOutcome(page)).outcome, 'SETUP-03: saving a Visa •••• 4242 with the client secret must succeed').toBe('succeeded');

  const seen = [...(await Promise.all(bodies)), { url: `${page.url()} (DOM)`, body: await page.content() }];
  const leaks = seen.flatMap(({ url, body }) => inspector.secretKeyLeaks(body).map((leak) => `${leak.kind} ${leak.excerpt} in ${url}`));
  expect(leaks, `SETUP-03: only the client secret may reach the browser; found ${leaks.join('; ')}`).toEqual([]);
  const carried = seen.filter(({ body }) => body.includes(si.client_secret!)).map(({ url }) => url);
  expect(carried.length, `SETUP-03: the client secret of ${si.id} must reach the page from the checkout; no response of ${merchant} carried it`).toBeGreaterThan(0);
  if (inspector.capabilities.requestLog) {
    const loads = await inspector.calls({ from: 'browser', method: 'GET', path: `/v1/setup_intents/${si.id}` });
    expect(loads.map((c) => c.keyKind), `SETUP-03: Stripe.js must load ${si.id} with the publishable key and its client secret`).toContain('publishable');
    expect(loads.every((c) => c.params.client_secret === si.client_secret)).toBe(true);
    const secretKeyCalls = await inspector.calls({ from: 'browser', keyKind: 'secret' });
    expect(secretKeyCalls.map((c) => `${c.method} ${c.path}`), 'SETUP-03: no call from the browser may use the secret key').toEqual([]);
  }
});

test(...scenarioTitle('SETUP-04', "the SetupIntent the shopper is offered allows charging the saved card later, off-session"), async ({ page, checkout, shopper, inspector }) => {
  const jenny = shopper();
  await signUpAndOpenSavePage(page, checkout, jenny);
  await expect(new PaymentElement(page).iframe, 'SETUP-04: the save page must offer the Payment Element').toBeVisible();
  const si = await setupIntentOnPage(inspector, jenny.email);
  expect(si.usage, `SETUP-04: the SetupIntent's usage must be off_session (the default); ${si.id} has usage '${si.usage}'`).toBe('off_session');
  if (inspector.capabilities.requestLog) {
    const customerId = customerOf(si);
    const creates = await inspector.calls({ method: 'POST', path: '/v1/setup_intents', keyKind: 'secret', ok: true, ...(customerId ? { involving: customerId } : {}) });
    const sent = creates.map((c) => c.params.usage ?? '(default)');
    expect(sent.filter((u) => u !== 'off_session' && u !== '(default)'), `SETUP-04: the SetupIntent must be created for off-session use; the create call sent usage ${sent.join(', ')}`).toEqual([]);
  }
});
