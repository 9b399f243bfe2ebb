import { describe, expect, it } from 'vitest';
import { useCheckoutHarness } from '../testing.ts';

const harness = useCheckoutHarness();

describe("the shop's other pages", () => {
  it("PRIV-01: /privacy tells shoppers about Stripe's and Link's cookies, and every page links to it", async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    const privacy = await browser.get('/privacy');
    expect(privacy.status).toBe(200);
    expect(privacy.text).toContain('https://stripe.com/privacy');
    expect(privacy.text).toContain('stripe.link.persistent_token');
    expect(privacy.text).toMatch(/cookie/i);
    for (const path of ['/', '/privacy', '/nowhere']) expect((await browser.get(path)).text).toContain('<a href="/privacy">');
    await shop.signUp(browser);
    expect((await browser.get('/account')).text).toContain('<a href="/privacy">');
  });

  it('serves the stylesheet and the page scripts, bundled for browsers', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    const css = await browser.get('/assets/checkout.css');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    for (const script of ['save-payment-method.js', 'authenticate-payment.js']) {
      const js = await browser.get(`/assets/${script}`);
      expect(js.status).toBe(200);
      expect(js.headers['content-type']).toMatch(/^application\/javascript/);
      expect(js.text).not.toMatch(/^\s*import /m);
      expect(() => new Function(js.text)).not.toThrow();
    }
    expect((await browser.get('/assets/other.js')).status).toBe(404);
  });

  it('answers /healthz with its backend, and an unknown page with a 404 page', async () => {
    const shop = await harness.shop({ faults: ['no-cookie'] });
    const health = await shop.browser().get('/healthz');
    expect(health.body).toEqual({ ok: true, backend: 'emulator', publishable_key: `pk_test_${shop.accountKey}`, faults: ['no-cookie'] });
    const missing = await shop.browser().get('/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('Page not found');
  });

  it('escapes what shoppers type', async () => {
    const shop = await harness.shop();
    const browser = shop.browser();
    const res = await browser.post('/signup').type('form').send({ email: 'x@example.com"><script>alert(1)</script>', name: '<b>n</b>' });
    expect(res.status).toBe(400);
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain('&lt;b&gt;n&lt;/b&gt;');
  });
});
