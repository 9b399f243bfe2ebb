import { EventEmitter } from 'node:events';
import type { BrowserContext } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { BrowserTraffic } from './browser-traffic.ts';

/** A request as Playwright hands it to `context.on('request')`, as far as the trail reads it. */
function fakeRequest(
  url: string,
  { method = 'GET', body, headers = {}, navigation = false, subframe = false } = {} as {
    method?: string;
    body?: string;
    headers?: Record<string, string>;
    navigation?: boolean;
    subframe?: boolean;
  },
) {
  return {
    url: () => url,
    method: () => method,
    postData: () => body ?? null,
    headers: () => headers,
    isNavigationRequest: () => navigation,
    frame: () => ({ parentFrame: () => (subframe ? {} : null) }),
  };
}

function fakeResponse(request: ReturnType<typeof fakeRequest>, status: number, requestId?: string) {
  return { url: request.url, status: () => status, headers: () => (requestId ? { 'request-id': requestId } : {}), request: () => request };
}

function watched() {
  const context = new EventEmitter();
  const trail = new BrowserTraffic((url) => url.origin === 'http://127.0.0.1:12111' || url.hostname === 'api.stripe.com');
  trail.watch(context as unknown as BrowserContext);
  trail.watch(context as unknown as BrowserContext);
  const send = (request: ReturnType<typeof fakeRequest>, status?: number, requestId?: string) => {
    context.emit('request', request);
    if (status !== undefined) context.emit('response', fakeResponse(request, status, requestId));
  };
  return { trail, send };
}

describe('BrowserTraffic', () => {
  it("notes Stripe API requests with decoded parameters, the key they carried and the answer's Request-Id, once per context", () => {
    const { trail, send } = watched();
    send(
      fakeRequest('http://127.0.0.1:12111/v1/setup_intents/seti_1?client_secret=seti_1_secret_a&expand[0]=payment_method', {
        headers: { authorization: 'Bearer pk_test_shop' },
      }),
      200,
      'req_1',
    );
    send(
      fakeRequest('https://api.stripe.com/v1/setup_intents/seti_1/confirm', {
        method: 'POST',
        body: 'key=pk_test_51Abc&client_secret=seti_1_secret_a&return_url=https%3A%2F%2Fshop.test%2Fdone%3Fx%3D1&payment_method_data[type]=card',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      402,
      'req_2',
    );
    send(
      fakeRequest('http://localhost:4242/api/setup', { method: 'POST', body: '{"secret":"seti_9_secret_z"}', headers: { 'content-type': 'application/json' } }),
      200,
      'req_shop',
    );

    expect(trail.stripeRequests()).toEqual([
      {
        time: expect.any(Number),
        method: 'GET',
        path: '/v1/setup_intents/seti_1',
        params: { client_secret: 'seti_1_secret_a', expand: ['payment_method'] },
        key: 'pk_test_shop',
        requestId: 'req_1',
        status: 200,
      },
      {
        time: expect.any(Number),
        method: 'POST',
        path: '/v1/setup_intents/seti_1/confirm',
        params: { key: 'pk_test_51Abc', client_secret: 'seti_1_secret_a', return_url: 'https://shop.test/done?x=1', payment_method_data: { type: 'card' } },
        key: 'pk_test_51Abc',
        requestId: 'req_2',
        status: 402,
      },
    ]);
    expect([...trail.requestIds]).toEqual(['req_1', 'req_2']);
  });

  it('finds the SetupIntents whose client secret the browser handed Stripe, and the confirms with their return_url', () => {
    const { trail, send } = watched();
    send(fakeRequest('http://127.0.0.1:12111/v1/elements/sessions?client_secret=seti_2_secret_b'), 200);
    send(fakeRequest('http://127.0.0.1:12111/v1/setup_intents/seti_2?client_secret=seti_2_secret_b'), 200);
    send(
      fakeRequest('http://127.0.0.1:12111/v1/setup_intents/seti_3/confirm', {
        method: 'POST',
        body: 'client_secret=seti_3_secret_c&return_url=http%3A%2F%2Flocalhost%2Fback',
      }),
      200,
    );
    send(fakeRequest('http://127.0.0.1:12111/v1/setup_intents/seti_4/confirm', { method: 'POST', body: 'client_secret=seti_4_secret_d' }));

    expect(trail.setupIntentsHandled()).toEqual([
      { id: 'seti_2', clientSecret: 'seti_2_secret_b', firstSeen: expect.any(Number) },
      { id: 'seti_3', clientSecret: 'seti_3_secret_c', firstSeen: expect.any(Number) },
      { id: 'seti_4', clientSecret: 'seti_4_secret_d', firstSeen: expect.any(Number) },
    ]);
    expect(trail.setupIntentConfirms()).toEqual([
      { id: 'seti_3', returnUrl: 'http://localhost/back', time: expect.any(Number), status: 200 },
      { id: 'seti_4', returnUrl: null, time: expect.any(Number), status: null },
    ]);
  });

  it('notes every main-frame navigation, redirect steps included, and no frame or fetch', () => {
    const { trail, send } = watched();
    send(fakeRequest('http://localhost:3000/wallet/done?setup_intent=seti_5', { navigation: true }), 303);
    send(fakeRequest('http://localhost:3000/wallet', { navigation: true }), 200);
    send(fakeRequest('http://127.0.0.1:12111/frames/payment', { navigation: true, subframe: true }), 200);
    send(fakeRequest('http://localhost:3000/api/orders'), 200);
    expect(trail.navigations().map((n) => n.url)).toEqual(['http://localhost:3000/wallet/done?setup_intent=seti_5', 'http://localhost:3000/wallet']);
    expect(trail.stripeRequests()).toEqual([]);
  });
});
