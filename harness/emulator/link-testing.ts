import type { EmulatorFixture } from './testing.ts';

/** An answer of the raw client: status and parsed JSON body. */
export type RawAnswer = Awaited<ReturnType<EmulatorFixture['raw']>>;

/**
 * A test client for the Link consumer endpoints, calling them the way the emulated Stripe.js
 * does: form-encoded, with the account's publishable key. Test-only.
 *
 * @example
 * const link = linkConsumer(em);
 * const secret = await link.logIn('returning@example.com');
 */
export function linkConsumer(em: EmulatorFixture, accountKey = em.newAccountKey()) {
  const call = (path: string, params: Record<string, string>, key = `pk_test_${accountKey}`): Promise<RawAnswer> =>
    em.raw('POST', `/v1/consumers/${path}`, { key, body: new URLSearchParams(params).toString() });
  const cred = (secret: string) => ({ 'credentials[consumer_session_client_secret]': secret });
  const client = {
    accountKey,
    call,
    lookup: (params: Record<string, string>) => call('sessions/lookup', params),
    lookupEmail: (email: string) => call('sessions/lookup', { email_address: email }),
    signUp: (params: Record<string, string>) => call('accounts/sign_up', params),
    startVerification: (secret: string, type = 'SMS') => call('sessions/start_verification', { ...cred(secret), type }),
    confirmVerification: (secret: string, code: string, type?: string) =>
      call('sessions/confirm_verification', { ...cred(secret), code, ...(type ? { type } : {}) }),
    paymentDetails: (secret: string, types: string[] = []) =>
      call('payment_details/list', { ...cred(secret), ...Object.fromEntries(types.map((t, i) => [`types[${i}]`, t])) }),
    logOut: (secret: string) => call('sessions/log_out', cred(secret)),
    /** Looks an existing shopper up and sends a code: the unverified session's secret. */
    async startLogIn(email: string): Promise<string> {
      const found = await client.lookupEmail(email);
      if (found.status !== 200 || !found.body.exists) throw new Error(`linkConsumer: no Link account for ${email}: ${JSON.stringify(found.body)}`);
      const secret: string = found.body.consumer_session.client_secret;
      const started = await client.startVerification(secret);
      if (started.status !== 200) throw new Error(`linkConsumer: start_verification failed: ${JSON.stringify(started.body)}`);
      return secret;
    },
    /** Looks an existing shopper up and verifies with a good code: the verified session's secret. */
    async logIn(email: string): Promise<string> {
      const secret = await client.startLogIn(email);
      const confirmed = await client.confirmVerification(secret, '424242');
      if (confirmed.status !== 200) throw new Error(`linkConsumer: confirm_verification failed: ${JSON.stringify(confirmed.body)}`);
      return secret;
    },
  };
  return client;
}
