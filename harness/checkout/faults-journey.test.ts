// Each named fault must change exactly the behaviour it names, and nothing else: one scripted
// shopper journey is observed without faults and with each fault, and the differences compared.
import type Stripe from 'stripe';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCheckout } from './app.ts';
import { PERSISTENT_TOKEN_COOKIE } from './cookies.ts';
import { faultCatalogue, type FaultName } from './faults.ts';
import { emulatorBackend, LiveKeyError } from './stripe-backend.ts';
import { fakeEmail, setCookie, setupIntentIdOf, useCheckoutHarness } from './testing.ts';

const harness = useCheckoutHarness();

type Observations = Record<string, unknown>;
const outcomeOf = (html: string) => /data-setup-outcome="([a-z_]+)"/.exec(html)?.[1];

/** The journey: privacy page, sign-up, save with Link over https, return, next visit, a failed setup, three later charges. */
async function observe(faults: FaultName[]): Promise<Observations> {
  const o: Observations = {};
  try {
    buildCheckout({ backend: emulatorBackend({ emulatorUrl: harness.emulator.url, secretKey: 'sk_live_journey' }), faults });
    o['safe.liveKeysRefused'] = false;
  } catch (err) {
    o['safe.liveKeysRefused'] = err instanceof LiveKeyError;
  }

  const shop = await harness.shop({ faults, https: true });
  const browser = shop.browser();
  o['privacy.page'] = (await browser.get('/privacy')).status;
  o['privacy.footerLink'] = (await browser.get('/')).text.includes('href="/privacy"');

  const { customerId, email } = await shop.signUp(browser);
  const { res: page, config } = await shop.openSavePage(browser);
  const si = await shop.stripe.setupIntents.retrieve(setupIntentIdOf(config.clientSecret));
  o['setup.customer'] = si.customer === customerId ? 'the shopper' : si.customer;
  o['setup.paymentMethodTypes'] = si.payment_method_types.join(',');
  o['setup.usage'] = si.usage;
  o['page.secretKey'] = page.text.includes('sk_test_');
  o['page.publishableKey'] = /^pk_(test|live)/.exec(config.publishableKey)?.[0];
  // A script of another origin over http: the fault's analytics snippet (Stripe.js itself comes from the emulator).
  o['page.insecureScript'] = /<script src="http:\/\/[^"]*\/assets\/shop-analytics\.js"/.test(page.text);
  o['page.setupIntent'] = page.text.includes('"object":"setup_intent"');
  o['page.email'] = config.email.collect;
  o['page.returnUrl'] = config.confirm.returnUrl !== null;
  o['page.showConfirmErrors'] = config.showConfirmErrors;

  // A shopper saves with Link when the form offers it, else with a card.
  const payWith = si.payment_method_types.includes('link') ? { link: fakeEmail() } : { card: 'pm_card_visa' };
  expect((await shop.confirmInBrowser(config, payWith)).status).toBe(200);
  const landed = await shop.land(browser, config);
  o['return.outcome'] = outcomeOf(landed.text);
  const cookie = setCookie(landed, PERSISTENT_TOKEN_COOKIE);
  o['cookie.set'] = cookie !== undefined;
  o['cookie.httpOnly'] = cookie?.attributes.httponly === true;
  o['cookie.secure'] = cookie?.attributes.secure === true;
  o['cookie.sameSite'] = cookie?.attributes.samesite;
  o['cookie.maxAge'] = cookie?.attributes['max-age'];

  // The next visit, on another browser that holds a token in its cookie, whatever the first visit set.
  const savedPm = (await shop.stripe.setupIntents.retrieve(si.id, { expand: ['payment_method'] })).payment_method as Stripe.PaymentMethod;
  const returning = shop.browser();
  await returning.post('/signin').type('form').send({ email });
  const { config: next } = await shop.openSavePage(returning, '', { Cookie: `${PERSISTENT_TOKEN_COOKIE}=token-kept-by-the-browser` });
  const nextSi = await shop.stripe.setupIntents.retrieve(setupIntentIdOf(next.clientSecret));
  o['next.persistentToken'] = nextSi.payment_method_options?.link?.persistent_token === 'token-kept-by-the-browser';

  // A setup that fails, with a query string that says otherwise.
  expect((await shop.confirmInBrowser(next, { card: 'pm_card_visa_chargeDeclinedInsufficientFunds' })).status).toBe(402);
  o['return.forgedOutcome'] = outcomeOf((await shop.land(returning, next, { redirect_status: 'succeeded' })).text);

  const charge = (payment_method: string) => shop.browser().post('/charge-later').send({ customer: customerId, amount: 1099, currency: 'usd', payment_method });
  const paid = await charge(savedPm.id);
  o['charge.saved'] = `${paid.status} ${paid.body.outcome}`;
  o['charge.offSession'] = shop.requests().find((r) => r.method === 'POST' && r.path === '/v1/payment_intents')?.params.off_session ?? null;
  const threeDs = await shop.stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: customerId });
  const held = await charge(threeDs.id);
  o['charge.authRequired'] = `${held.status} ${held.body.outcome ?? held.body.error?.type}`;
  const poor = await shop.stripe.paymentMethods.attach('pm_card_visa_chargeDeclinedInsufficientFunds', { customer: customerId });
  const declined = await charge(poor.id);
  o['charge.declined'] = `${declined.status} ${declined.body.outcome} ${declined.body.decline_code ?? '-'}`;
  o['charge.declinedRecorded'] = shop.checkout.context.attempts.forCustomer(customerId).some((a) => a.payment_method === poor.id);
  o['account.charges'] = [...(await browser.get('/account')).text.matchAll(/data-outcome="([a-z_]+)"/g)].map((m) => m[1]).join(',');
  // A delivery nobody signed, saying a PaymentIntent of nobody's succeeded.
  const forged = { id: 'evt_forged', object: 'event', type: 'payment_intent.succeeded', data: { object: { id: 'pi_forged', object: 'payment_intent' } } };
  o['webhook.unsigned'] = (await shop.browser().post('/webhook').set('Content-Type', 'application/json').send(JSON.stringify(forged))).status;
  o['server.errors'] = shop.serverErrors.map((e) => (e as { code?: string }).code ?? String(e)).join(',');
  return o;
}

/** What each fault changes in the observations, and to what; anything else changing is a bug in the fault. */
const noCookie = { 'cookie.set': false, 'cookie.httpOnly': false, 'cookie.secure': false, 'cookie.sameSite': undefined, 'cookie.maxAge': undefined };
const expectedChanges: Record<FaultName, Observations> = {
  'no-customer': { 'setup.customer': null },
  // Without Link the shopper saves a card, and a card has no Link persistent token to keep.
  'setup-intent-without-link': { 'setup.paymentMethodTypes': 'card', ...noCookie },
  'leak-secret-key': { 'page.secretKey': true },
  'leak-setup-intent': { 'page.setupIntent': true },
  'on-session-usage': { 'setup.usage': 'on_session' },
  'no-email-element': { 'page.email': 'none' },
  'no-return-url': { 'page.returnUrl': false },
  'trust-query-string': { 'return.forgedOutcome': 'succeeded' },
  'swallow-errors': { 'page.showConfirmErrors': false },
  'no-cookie': noCookie,
  'cookie-not-httponly': { 'cookie.httpOnly': false },
  'cookie-not-secure': { 'cookie.secure': false },
  'cookie-no-samesite': { 'cookie.sameSite': undefined },
  'cookie-year-long': { 'cookie.maxAge': String(365 * 24 * 60 * 60) },
  'token-not-passed-back': { 'next.persistentToken': false },
  'charge-without-off-session': { 'charge.offSession': null },
  'authentication-required-500': {
    'charge.authRequired': '500 api_error',
    'account.charges': 'declined,succeeded',
    'server.errors': 'authentication_required',
  },
  'declines-not-recorded': { 'charge.declined': '200 declined -', 'charge.declinedRecorded': false, 'account.charges': 'requires_authentication,succeeded' },
  'live-publishable-key': { 'page.publishableKey': 'pk_live' },
  'script-over-http': { 'page.insecureScript': true },
  'no-privacy-page': { 'privacy.page': 404, 'privacy.footerLink': false },
  'unsigned-webhooks': { 'webhook.unsigned': 200 },
};

describe('named faults', () => {
  let baseline: Observations;
  beforeAll(async () => {
    baseline = await observe([]);
  });

  it('the journey without faults does what the guide asks', () => {
    expect(baseline).toEqual({
      'safe.liveKeysRefused': true,
      'privacy.page': 200,
      'privacy.footerLink': true,
      'setup.customer': 'the shopper',
      'setup.paymentMethodTypes': 'link,card',
      'setup.usage': 'off_session',
      'page.secretKey': false,
      'page.publishableKey': 'pk_test',
      'page.insecureScript': false,
      'page.setupIntent': false,
      'page.email': 'link-authentication-element',
      'page.returnUrl': true,
      'page.showConfirmErrors': true,
      'return.outcome': 'succeeded',
      'cookie.set': true,
      'cookie.httpOnly': true,
      'cookie.secure': true,
      'cookie.sameSite': 'Strict',
      'cookie.maxAge': String(90 * 24 * 60 * 60),
      'next.persistentToken': true,
      'return.forgedOutcome': 'failed',
      'charge.saved': '200 succeeded',
      'charge.offSession': 'true',
      'charge.authRequired': '200 requires_authentication',
      'charge.declined': '200 declined insufficient_funds',
      'charge.declinedRecorded': true,
      'account.charges': 'declined,requires_authentication,succeeded',
      'webhook.unsigned': 400,
      'server.errors': '',
    });
  });

  it('every fault in the catalogue has its expected change here', () => {
    expect(Object.keys(expectedChanges).sort()).toEqual(faultCatalogue.map((f) => f.name).sort());
  });

  it.each(faultCatalogue.map((f) => [f.name, f.requirement] as const))('%s (%s) changes exactly its behaviour', async (name) => {
    const observed = await observe([name]);
    expect(Object.keys(observed).sort()).toEqual(Object.keys(baseline).sort());
    const changed = Object.keys(baseline).filter((k) => observed[k] !== baseline[k]);
    expect(Object.fromEntries(changed.map((k) => [k, observed[k]]))).toStrictEqual(expectedChanges[name]);
  });
});
