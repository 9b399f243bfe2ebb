// SETUP-01..04: the server side of the guide's "Create a Customer before setup" and "Create a
// SetupIntent": what the integration created at Stripe before the shopper saw the form, and what
// of it reached the shopper's browser. The shopper's SetupIntent is the one their browser handed
// Stripe; its Customer is the one it carries.
import { expect, scenarioTitle, test, testCards, type Inspector } from '../fixtures/index.ts';
import { PaymentElement } from '../harness/drivers/index.ts';
import { setupIntentLeaks } from '../harness/inspect/index.ts';
import type { InspectedSetupIntent } from '../harness/inspect/index.ts';
import { customerOf, listed, setupIntentOnPage } from './steps/setup-intent-reads.ts';
import { notChecked } from '../harness/reporter/not-checked.ts';
import { MerchantResponses } from './steps/merchant-responses.ts';
import { saveCard, signUpAndOpenSavePage } from './steps/save-payment-method.ts';

test.describe.configure({ mode: 'parallel' });

/** The server's create call of this very SetupIntent, from the request log (emulator only). */
async function createCallOf(inspector: Inspector, si: InspectedSetupIntent) {
  const creates = await inspector.calls({ method: 'POST', path: '/v1/setup_intents', ok: true });
  return creates.find((c) => c.objectId === si.id);
}

test(
  ...scenarioTitle(
    'SETUP-01',
    "each shopper's Customer exists before their SetupIntent, is theirs alone, the SetupIntent carries it, and the saved card lands on it",
  ),
  async ({ page, checkout, shopper, inspector, visit }) => {
    const jenny = shopper();
    await signUpAndOpenSavePage(page, checkout, jenny);
    const si = await setupIntentOnPage(inspector, 'SETUP-01');
    const customerId = customerOf(si);
    expect(customerId, `SETUP-01: the SetupIntent must carry the shopper's Customer; ${si.id} has customer ${customerId}`).not.toBeNull();
    const customer = await inspector.stripe.customers.retrieve(customerId!);
    expect(customer.deleted, `SETUP-01: the SetupIntent's Customer ${customerId} must exist; it is deleted`).toBeFalsy();
    if (!customer.deleted)
      expect(
        customer.created,
        `SETUP-01: the Customer must exist before the SetupIntent; ${customerId} was created at ${customer.created}, ${si.id} at ${si.created}`,
      ).toBeLessThanOrEqual(si.created);
    if (inspector.capabilities.requestLog) {
      // Carried from creation, not added later by an update.
      const create = await createCallOf(inspector, si);
      expect(
        create?.params.customer,
        `SETUP-01: the SetupIntent must be created with customer=${customerId}; its create call sent ${JSON.stringify(create?.params ?? 'nothing')}`,
      ).toBe(customerId);
    }

    // Another shopper, in their own browser, must get a Customer of their own.
    const other = await visit.anotherShopper();
    await signUpAndOpenSavePage(other, checkout, shopper());
    const othersSi = await setupIntentOnPage(inspector, 'SETUP-01', { after: si.id });
    expect(
      customerOf(othersSi),
      `SETUP-01: every shopper must have a Customer of their own; two shoppers' SetupIntents (${si.id}, ${othersSi.id}) both carry ${customerId}`,
    ).not.toBe(customerId);
    await other.close();

    const saved = await saveCard(page, checkout, inspector, jenny, testCards.visa, { requirement: 'SETUP-01' });
    expect(saved.id, `SETUP-01: the shopper's page must confirm the SetupIntent it was given (${si.id}); it confirmed ${saved.id}`).toBe(si.id);
    const savedOn = (await inspector.paymentMethodsOf(customerId!)).map((pm) => pm.id);
    expect(
      savedOn,
      `SETUP-01: the saved payment method ${saved.payment_method?.id} must be on the Customer ${customerId}; it has ${listed(savedOn)}`,
    ).toContain(saved.payment_method?.id);
  },
);

test(
  ...scenarioTitle('SETUP-02', 'the SetupIntent is created on the server with link among its payment methods, and a new shopper can save with Link'),
  async ({ page, checkout, shopper, inspector }) => {
    const jenny = shopper();
    await signUpAndOpenSavePage(page, checkout, jenny);

    const si = await setupIntentOnPage(inspector, 'SETUP-02');
    const offered = [
      ...(si.payment_method_types ?? []),
      ...(((si as { allowed_payment_method_types?: string[] }).allowed_payment_method_types ?? []) as string[]),
    ];
    expect(offered, `SETUP-02: the SetupIntent must list link among its payment methods; ${si.id} had ${listed(offered)}`).toContain('link');
    if (inspector.capabilities.requestLog) {
      const create = await createCallOf(inspector, si);
      expect(
        create?.keyKind,
        `SETUP-02: the SetupIntent must be created server-side with the secret key; its create call used ${create?.keyKind ?? 'no call the log shows'}`,
      ).toBe('secret');
      const p = create!.params as {
        payment_method_types?: string[];
        allowed_payment_method_types?: string[];
        automatic_payment_methods?: { enabled?: unknown };
      };
      const asked = [...(p.payment_method_types ?? []), ...(p.allowed_payment_method_types ?? [])];
      const automatic = String(p.automatic_payment_methods?.enabled) === 'true';
      expect(
        asked.includes('link') || (asked.length === 0 && automatic),
        `SETUP-02: the create call must ask for link (payment_method_types or automatic payment methods); it sent payment_method_types ${listed(asked)}, automatic_payment_methods ${JSON.stringify(p.automatic_payment_methods ?? null)}`,
      ).toBe(true);
    }

    // Shopper-visible: Link is offered to a new shopper, and what they save is a Link payment method.
    const saved = await saveCard(page, checkout, inspector, jenny, testCards.visa, { requirement: 'SETUP-02', linkOptIn: true });
    expect(
      saved.payment_method?.type,
      `SETUP-02: the shopper opted in to Link, so ${saved.id} must save a Link payment method; it saved ${saved.payment_method?.type}`,
    ).toBe('link');
    expect(saved.payment_method?.link?.email?.toLowerCase(), `SETUP-02: the Link payment method must be the shopper's (${jenny.email})`).toBe(
      jenny.email.toLowerCase(),
    );
  },
);

test(
  ...scenarioTitle(
    'SETUP-03',
    "only the SetupIntent's client secret reaches the browser: no secret key, and no SetupIntent (in any shape) in any page, script or response of the checkout",
  ),
  async ({ page, context, checkout, shopper, inspector, target }) => {
    const merchant = new URL(target.checkout.url).origin;
    const sent = new MerchantResponses(context, target.checkout.url);
    const jenny = shopper();
    await signUpAndOpenSavePage(page, checkout, jenny);
    const si = await setupIntentOnPage(inspector, 'SETUP-03');
    const savePage = { url: `${page.url()} (DOM)`, body: await page.content() };

    // Shopper-visible: the form works with the client secret alone, through to the saved card.
    await saveCard(page, checkout, inspector, jenny, testCards.visa, { requirement: 'SETUP-03' });

    const { texts, unread } = await sent.read();
    if (unread.length > 0)
      notChecked('SETUP-03', `the bodies of ${unread.join(', ')}: the page never read them whole, so they could not be searched for secrets`);
    const seen = [...texts, savePage, { url: `${page.url()} (DOM)`, body: await page.content() }];
    const known = { id: si.id, customer: customerOf(si) };
    const leaks = seen.flatMap(({ url, body }) =>
      [...inspector.secretKeyLeaks(body), ...setupIntentLeaks(body, known)].map((leak) => `${leak.kind} ${leak.excerpt} in ${url}`),
    );
    expect(leaks, `SETUP-03: only the client secret may reach the browser; found ${leaks.join('; ')}`).toEqual([]);
    const carried = seen.filter(({ body }) => body.includes(si.client_secret!)).map(({ url }) => url);
    expect(
      carried.length,
      `SETUP-03: the client secret of ${si.id} must reach the page from the checkout; no response of ${merchant} carried it`,
    ).toBeGreaterThan(0);
    const keys = [...new Set(inspector.browser.stripeRequests().map((r) => r.key ?? 'none'))];
    expect(
      keys.filter((k) => !k.startsWith('pk_')),
      `SETUP-03: Stripe.js may only use the publishable key in the browser; it sent ${listed(keys.map((k) => `${k.slice(0, 8)}…`))}`,
    ).toEqual([]);
  },
);

test(
  ...scenarioTitle('SETUP-04', 'the SetupIntent the shopper is offered allows charging the saved card later, off-session'),
  async ({ page, checkout, shopper, inspector }) => {
    const jenny = shopper();
    await signUpAndOpenSavePage(page, checkout, jenny);
    await expect(new PaymentElement(page).iframe, 'SETUP-04: the save page must offer the Payment Element').toBeVisible();
    const si = await setupIntentOnPage(inspector, 'SETUP-04');
    expect(si.usage, `SETUP-04: the SetupIntent's usage must be off_session (the default); ${si.id} has usage '${si.usage}'`).toBe('off_session');
    if (inspector.capabilities.requestLog) {
      const create = await createCallOf(inspector, si);
      const sent = create?.params.usage ?? '(default)';
      expect(sent, `SETUP-04: the SetupIntent must be created for off-session use; its create call sent usage ${String(sent)}`).toMatch(
        /^(off_session|\(default\))$/,
      );
    }
  },
);
