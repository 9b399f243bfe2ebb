import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { fakeEmail, setCookie, useCheckoutHarness } from '../testing.ts';

const harness = useCheckoutHarness();

describe('shopper accounts', () => {
  it('SETUP-01: sign-up creates the Stripe Customer with the email and name, and starts a session (HttpOnly, SameSite=Lax)', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    const email = fakeEmail();
    const res = await browser.post('/signup').type('form').send({ email: email.toUpperCase(), name: 'Grace Example' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account');
    const session = setCookie(res, 'shop_session');
    expect(session?.value).toMatch(/^[\w-]{32}$/);
    expect(session?.attributes).toMatchObject({ httponly: true, samesite: 'Lax', path: '/' });
    expect(session?.attributes).not.toHaveProperty('secure');
    const shopper = shop.checkout.context.shoppers.find(email)!;
    const customer = (await shop.stripe.customers.retrieve(shopper.customerId)) as Stripe.Customer;
    expect(customer).toMatchObject({ email, name: 'Grace Example' });
    const account = await browser.get('/account');
    expect(account.status).toBe(200);
    expect(account.text).toContain(`Grace Example (${email})`);
  });

  it('refuses a bad email (400) and a taken one (409), creating no Customer', async () => {
    const shop = await harness.shop();
    const email = fakeEmail();
    expect((await shop.browser().post('/signup').type('form').send({ email: 'not-an-email' })).status).toBe(400);
    expect((await shop.browser().post('/signup').type('form').send({ email })).status).toBe(303);
    const taken = await shop.browser().post('/signup').type('form').send({ email });
    expect(taken.status).toBe(409);
    expect(taken.text).toContain('Sign in instead');
    expect(shop.requests().filter((r) => r.method === 'POST' && r.path === '/v1/customers')).toHaveLength(1);
  });

  it('signs a known shopper in on a new browser, refuses an unknown email, and signs out', async () => {
    const shop = await harness.shop();
    const { email } = await shop.signUp(shop.browser());
    const laptop = shop.browser();
    expect((await laptop.post('/signin').type('form').send({ email: 'nobody@example.com' })).status).toBe(404);
    const signedIn = await laptop.post('/signin').type('form').send({ email });
    expect(signedIn.headers.location).toBe('/account');
    expect((await laptop.get('/')).headers.location).toBe('/account');
    expect((await laptop.get('/account')).status).toBe(200);
    const out = await laptop.post('/signout');
    expect(out.headers.location).toBe('/');
    expect(setCookie(out, 'shop_session')?.value).toBe('');
    expect((await laptop.get('/account')).status).toBe(303);
  });

  it('sends a visitor to sign in, and only ever back to a path on this site', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    expect((await browser.get('/account')).headers.location).toBe('/?next=%2Faccount');
    const home = await browser.get('/?next=/account/payment-methods/new');
    expect(home.text).toContain('name="next" value="/account/payment-methods/new"');
    const offsite = await browser.post('/signup').type('form').send({ email: fakeEmail(), next: '//evil.example/' });
    expect(offsite.headers.location).toBe('/account');
  });

  it('ignores a forged session cookie', async () => {
    const shop = await harness.shop();
    const res = await shop.browser().get('/account').set('Cookie', 'shop_session=forged');
    expect(res.status).toBe(303);
  });
});
