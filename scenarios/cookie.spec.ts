// Guide: "Merchant domain cookie". After a confirm attempt the server reads the Link persistent
// token and keeps it in a first-party cookie (COOKIE-01) with safe attributes (COOKIE-02), passes
// it back on the next SetupIntent (COOKIE-03), and a returning shopper is then logged in to Link
// without a code: by the merchant's cookie in a Safari-like browser (COOKIE-04), by Link's own
// storage in a Chrome-like one (COOKIE-05). COOKIE-04/05 carry a browser-model tag and run in
// that project only (playwright.config.ts).
//
// `Secure` (COOKIE-02) needs https. An https CHECKOUT_URL is checked as it is. When the harness
// can start the checkout under test over https itself (the embedded reference checkout: the
// `secureCheckout` fixture runs `link-harness serve --https` on a free port, same emulator and
// account, same LINK_HARNESS_FAULTS), the cookie is checked there. Another checkout on http cannot
// show `Secure`: the scenario checks the other attributes and reports Secure as not checked.
import type { Page } from '@playwright/test';
import { isMerchantCookie } from '../fixtures/browser-visit.ts';
import { expect, scenarioTitle, test, testCards, type CheckoutAdapter, type Inspector } from '../fixtures/index.ts';
import type { RequirementId } from '../harness/requirements/requirements.ts';
import { describeSetCookie, isStrictOrLax, lifetimeMs } from '../fixtures/set-cookie.ts';
import { LinkAuthenticationElement, PaymentElement, stripeFrameStorage } from '../harness/drivers/index.ts';
import { notChecked } from '../harness/reporter/not-checked.ts';
import { describeCall, linkPersistentToken, persistentTokenParam } from './steps/link-token.ts';
import { cookieHolds, SetCookieWatch } from './steps/merchant-cookies.ts';
import { signUpAndSaveWithLink } from './steps/save-payment-method.ts';
import { awaitConfirmCalls } from './steps/setup-intent-reads.ts';

test.describe.configure({ mode: 'parallel' });

const DAY_MS = 24 * 60 * 60 * 1000;
/** "At most about 90 days": 90 days and a day of slack for clocks and rounding. */
const MAX_LIFETIME_MS = 91 * DAY_MS;

/** A scenario title and its tags: the requirement's, plus a browser model's when it depends on one. */
function titled(id: RequirementId, detail: string, ...tags: string[]): [string, { tag: string[] }] {
  const [title, { tag }] = scenarioTitle(id, detail);
  return [title, { tag: [tag, ...tags] }];
}

/** The SetupIntent calls (create, update, confirm) the checkout's server made since a time; `involving` narrows to one shopper's. */
const serverSetupIntentCalls = (inspector: Inspector, since: number, involving?: string) =>
  inspector.calls({ from: 'server', method: 'POST', path: /^\/v1\/setup_intents(\/[^/]+(\/confirm)?)?$/, since, ...(involving ? { involving } : {}) });

/**
 * Opens the save page on a return visit and waits until Link has decided: the wallet of a
 * recognised shopper, or a one-time-code entry (in the Link Authentication Element, or in the
 * Payment Element when it was given the email). Resolves with which one shows.
 */
async function linkOnReturn(page: Page, checkout: CheckoutAdapter, requirement: RequirementId): Promise<'wallet' | 'code asked'> {
  await checkout.openSavePage(page);
  const payment = new PaymentElement(page);
  const codeEntries = [new LinkAuthenticationElement(page).otp.input, payment.otp.input];
  const decided = async () =>
    (await payment.wallet.isVisible()) ? 'wallet' : (await Promise.all(codeEntries.map((c) => c.isVisible()))).includes(true) ? 'code asked' : 'undecided';
  await expect.poll(decided, { message: `${requirement}: on the return visit Link showed neither its wallet nor a one-time-code entry` }).not.toBe('undecided');
  return (await decided()) as 'wallet' | 'code asked';
}

test(
  ...titled('COOKIE-01', 'after the confirm attempt the server reads the Link persistent token and keeps it in a first-party cookie'),
  async ({ page, context, checkout, shopper, inspector, target }) => {
    const cookies = new SetCookieWatch(context, target.checkout.url);
    const saved = await signUpAndSaveWithLink(page, checkout, inspector, shopper(), testCards.visa, 'COOKIE-01');
    const { token, paymentMethod } = linkPersistentToken(saved, 'COOKIE-01');

    // The server read the token: with its secret key, after Stripe.js confirmed (both as Stripe saw them).
    const [confirm] = await awaitConfirmCalls(inspector, saved.id);
    const reads = await inspector.calls({ from: 'server', method: 'GET', involving: [saved.id, paymentMethod], since: confirm!.time });
    expect(
      reads.length,
      `COOKIE-01: after the confirm attempt the server should retrieve ${saved.id} (expand payment_method) or ${paymentMethod} to read the persistent token; it made no such call`,
    ).toBeGreaterThan(0);

    // …and kept it in a cookie of its own site, set by its own response.
    const merchantHost = new URL(target.checkout.url).hostname;
    const sent = await cookies.holding(token);
    const allSent = (await cookies.sent()).map((c) => c.cookie.name);
    expect(
      sent,
      `COOKIE-01: no response of ${target.checkout.url} set a cookie holding the Link persistent token after the confirm; it set [${allSent.join(', ')}]`,
    ).toBeDefined();
    const kept = (await context.cookies()).filter((c) => cookieHolds(c.value, token));
    expect(kept.length, `COOKIE-01: the browser kept no cookie holding the token (it was sent as: ${describeSetCookie(sent!.cookie)})`).toBeGreaterThan(0);
    expect(
      kept.every((c) => isMerchantCookie(c, merchantHost)),
      `COOKIE-01: the token cookie must be first-party, on ${merchantHost}; it is on [${kept.map((c) => c.domain).join(', ')}]`,
    ).toBe(true);
  },
);

test(
  ...titled(
    'COOKIE-02',
    'the token cookie is HttpOnly, Secure over https, SameSite Strict or Lax, lives at most about 90 days, and page script cannot read it',
  ),
  async ({ browser, page, checkout, shopper, inspector, target, secureCheckout }) => {
    // Secure needs https: a checkout on http is started once more over https when the harness knows how (see the top of this file).
    const relaunch = new URL(target.checkout.url).protocol !== 'https:' && secureCheckout !== undefined;
    // Starting a second checkout (a process, a TLS certificate) comes on top of the usual flow.
    test.slow(relaunch, 'starts the checkout once more over https');
    const https = relaunch ? await secureCheckout() : undefined;
    const context = https ? await browser.newContext({ baseURL: https.url, ignoreHTTPSErrors: true }) : page.context();
    try {
      inspector.watchBrowser(context);
      const shopperPage = https ? await context.newPage() : page;
      const checkoutUrl = https?.url ?? target.checkout.url;
      const cookies = new SetCookieWatch(context, checkoutUrl);
      const saved = await signUpAndSaveWithLink(shopperPage, checkout, inspector, shopper(), testCards.visa, 'COOKIE-02');
      const { token } = linkPersistentToken(saved, 'COOKIE-02');
      const sent = await cookies.holding(token);
      expect(
        sent,
        `COOKIE-02: no response of ${checkoutUrl} set a cookie holding the Link persistent token, so it has no attributes to check (COOKIE-01)`,
      ).toBeDefined();
      const { cookie, sentAt } = sent!;
      const seen = describeSetCookie(cookie);

      expect.soft(cookie.httpOnly, `COOKIE-02: the token cookie must be HttpOnly; it was sent as: ${seen}`).toBe(true);
      if (new URL(checkoutUrl).protocol === 'https:')
        expect.soft(cookie.secure, `COOKIE-02: over https the token cookie must be Secure; ${sent!.url} sent: ${seen}`).toBe(true);
      else notChecked('COOKIE-02', `Secure not checked: ${checkoutUrl} is served over http; set CHECKOUT_URL to its https address to check it`);
      expect.soft(isStrictOrLax(cookie.sameSite), `COOKIE-02: the token cookie must say SameSite=Strict or Lax; it was sent as: ${seen}`).toBe(true);
      const lifetime = lifetimeMs(cookie, sentAt);
      expect
        .soft(
          lifetime ?? 0,
          `COOKIE-02: the token cookie must live at most about 90 days; it lives ${lifetime === undefined ? '-' : (lifetime / DAY_MS).toFixed(1)} days (${seen})`,
        )
        .toBeLessThanOrEqual(MAX_LIFETIME_MS);
      // The shopper's page, as any script on it would see the cookies.
      const scriptSees = await shopperPage.evaluate(() => document.cookie);
      expect
        .soft(cookieHolds(scriptSees, token), `COOKIE-02: page script must not read the token cookie; document.cookie on ${shopperPage.url()} holds it`)
        .toBe(false);
    } finally {
      if (https) {
        await context.close();
        await https.close();
      }
    }
  },
);

test(
  ...titled('COOKIE-03', 'the next SetupIntent is created (or updated) with payment_method_options[link][persistent_token] from the cookie'),
  async ({ page, checkout, shopper, inspector }) => {
    const saved = await signUpAndSaveWithLink(page, checkout, inspector, shopper(), testCards.visa, 'COOKIE-03');
    const { token, customer } = linkPersistentToken(saved, 'COOKIE-03');

    const since = Date.now();
    const shown = await linkOnReturn(page, checkout, 'COOKIE-03');
    // Other tests share the account: a call counts when it carries this shopper's token.
    const carrying = (await serverSetupIntentCalls(inspector, since)).filter((c) => persistentTokenParam(c) === token);
    const shoppers = customer ? await serverSetupIntentCalls(inspector, since, customer) : [];
    expect(
      carrying.length,
      `COOKIE-03: the save page's SetupIntent should be created (or updated) with payment_method_options[link][persistent_token] = the cookie's token; the server's SetupIntent calls for ${customer ?? 'the shopper'} were: ${shoppers.map(describeCall).join(' | ') || 'none'}`,
    ).toBeGreaterThan(0);
    expect(shown, 'COOKIE-03: with the token on the SetupIntent, Link should recognise the shopper and show the wallet; it asked for a one-time code').toBe(
      'wallet',
    );
  },
);

test(
  ...titled('COOKIE-04', 'Safari-like browser: a returning shopper with only the merchant cookie is logged in to Link without a one-time code', '@safari-like'),
  async ({ page, checkout, shopper, inspector, visit }) => {
    expect(visit.browserModel, 'COOKIE-04 runs in the safari-like project (--project safari-like)').toBe('safari-like');
    const saved = await signUpAndSaveWithLink(page, checkout, inspector, shopper(), testCards.visa, 'COOKIE-04');
    linkPersistentToken(saved, 'COOKIE-04');

    // A later browser session: a fresh context that kept the merchant's cookies and nothing of Stripe's.
    const back = await visit.returnVisit();
    const since = Date.now();
    const shown = await linkOnReturn(back, checkout, 'COOKIE-04');
    const verifications = await inspector.calls({ from: 'browser', path: /verification/, since });
    expect(
      shown,
      'COOKIE-04: the returning shopper should see the Link wallet without a code; Link asked for a one-time code (no usable persistent token on the SetupIntent?)',
    ).toBe('wallet');
    expect(verifications.map(describeCall), 'COOKIE-04: the return visit should need no Link verification calls').toEqual([]);
  },
);

test(
  ...titled('COOKIE-05', "Chrome-like browser: a returning shopper is remembered by Link's own storage, even without the merchant cookie", '@chrome-like'),
  async ({ page, context, checkout, shopper, inspector, visit }) => {
    expect(visit.browserModel, 'COOKIE-05 runs in the chrome-like project (--project chrome-like)').toBe('chrome-like');
    const saved = await signUpAndSaveWithLink(page, checkout, inspector, shopper(), testCards.visa, 'COOKIE-05');
    const { token } = linkPersistentToken(saved, 'COOKIE-05');

    // Take the merchant's cookie away: only Link's own storage can remember the shopper now.
    for (const cookie of (await context.cookies()).filter((c) => cookieHolds(c.value, token)))
      await context.clearCookies({ name: cookie.name, domain: cookie.domain, path: cookie.path });

    const back = await visit.returnVisit();
    const since = Date.now();
    const shown = await linkOnReturn(back, checkout, 'COOKIE-05');
    const stored = await stripeFrameStorage(back);
    expect(
      stored,
      `COOKIE-05: Link's frame should keep the shopper in its own storage in a Chrome-like browser; its storage ${'error' in stored ? `threw ${stored.error}` : 'is empty'}`,
    ).toEqual({
      keys: expect.arrayContaining([expect.any(String)]),
    });
    expect(shown, "COOKIE-05: the returning shopper should see the Link wallet without a code, from Link's own storage; Link asked for a one-time code").toBe(
      'wallet',
    );
    const verifications = await inspector.calls({ from: 'browser', path: /verification/, since });
    expect(verifications.map(describeCall), 'COOKIE-05: the return visit should need no Link verification calls').toEqual([]);
    const tokenCalls = (await serverSetupIntentCalls(inspector, since)).filter((c) => persistentTokenParam(c) === token);
    expect(
      tokenCalls.map(describeCall),
      "COOKIE-05: with the merchant cookie cleared the shopper's persistent token should not reach the SetupIntent (else the cookie, not Link, remembered the shopper)",
    ).toEqual([]);
  },
);
