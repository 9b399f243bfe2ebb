import { examples, type ExampleContext } from '../example.ts';
import { linkSession, seedLinkShopper } from './link-shopper.ts';

/** A SetupIntent confirmed with a 3D Secure card, waiting on its challenge: the challenge's `src_…`. */
async function pendingChallenge({ stripe }: ExampleContext): Promise<string> {
  const si = await stripe.setupIntents.create({ payment_method: 'pm_card_threeDSecure2Required', confirm: true });
  const sdk = si.next_action?.use_stripe_sdk as { source?: string } | undefined;
  if (!sdk?.source) throw new Error(`no 3D Secure challenge on ${si.id}: ${JSON.stringify(si.next_action)}`);
  return sdk.source;
}

const credentials = (secret: string) => ({ credentials: { consumer_session_client_secret: secret } });

/**
 * The Stripe-internal endpoints the emulated Stripe.js calls: the 3D Secure test page, and the
 * Link consumer API calls that `api/link-contract.ts` (the Link engineer's table) does not make.
 */
export const linkAndThreeDSecureExamples = examples([
  {
    endpoint: 'GET /v1/3ds2/challenges/:source',
    title: 'reads a pending 3D Secure challenge with its intent',
    status: 200,
    async call(ctx) {
      return ctx.browser('GET', `/v1/3ds2/challenges/${await pendingChallenge(ctx)}`);
    },
  },
  {
    endpoint: 'GET /v1/3ds2/challenges/:source',
    title: 'answers 404 for an unknown challenge',
    status: 404,
    error: { type: 'invalid_request_error' },
    call: (ctx) => ctx.browser('GET', '/v1/3ds2/challenges/src_doesnotexist'),
  },
  {
    endpoint: 'POST /v1/3ds2/challenge_complete',
    title: 'completes a challenge: the SetupIntent succeeds',
    status: 200,
    async call(ctx) {
      return ctx.browser('POST', '/v1/3ds2/challenge_complete', { source: await pendingChallenge(ctx), outcome: 'authorize' });
    },
  },
  {
    endpoint: 'POST /v1/3ds2/challenge_complete',
    title: 'fails a challenge: the SetupIntent returns to requires_payment_method',
    status: 200,
    async call(ctx) {
      return ctx.browser('POST', '/v1/3ds2/challenge_complete', { source: await pendingChallenge(ctx), outcome: 'fail' });
    },
  },
  {
    endpoint: 'POST /v1/3ds2/challenge_complete',
    title: 'refuses to answer a challenge twice',
    status: 400,
    error: { type: 'invalid_request_error' },
    async call(ctx) {
      const source = await pendingChallenge(ctx);
      await ctx.browser('POST', '/v1/3ds2/challenge_complete', { source, outcome: 'authorize' });
      return ctx.browser('POST', '/v1/3ds2/challenge_complete', { source, outcome: 'fail' });
    },
  },
  {
    endpoint: 'POST /v1/consumers/sessions/lookup',
    title: 'looks up a returning Link shopper by email',
    status: 200,
    async call(ctx) {
      await seedLinkShopper(ctx, 'returning@example.com', { phone: '+15555550123' });
      return ctx.browser('POST', '/v1/consumers/sessions/lookup', { email_address: 'returning@example.com' });
    },
  },
  {
    endpoint: 'POST /v1/consumers/sessions/start_verification',
    title: 'answers 400 for an unknown consumer session',
    status: 400,
    error: { type: 'invalid_request_error', code: 'consumer_session_credentials_invalid' },
    call: (ctx) => ctx.browser('POST', '/v1/consumers/sessions/start_verification', credentials('cs_unknown')),
  },
  {
    endpoint: 'POST /v1/consumers/sessions/confirm_verification',
    title: 'verifies a good code for a seeded returning shopper',
    status: 200,
    async call(ctx) {
      await seedLinkShopper(ctx, 'returning@example.com');
      return linkSession(ctx, 'returning@example.com');
    },
  },
  {
    endpoint: 'POST /v1/consumers/sessions/confirm_verification',
    title: 'answers 400 consumer_verification_code_invalid for 000001',
    status: 400,
    error: { type: 'invalid_request_error', code: 'consumer_verification_code_invalid' },
    async call(ctx) {
      await seedLinkShopper(ctx, 'returning@example.com');
      const found = await ctx.browser('POST', '/v1/consumers/sessions/lookup', { email_address: 'returning@example.com' });
      const secret: string = found.body.consumer_session.client_secret;
      await ctx.browser('POST', '/v1/consumers/sessions/start_verification', credentials(secret));
      return ctx.browser('POST', '/v1/consumers/sessions/confirm_verification', { ...credentials(secret), code: '000001' });
    },
  },
  {
    endpoint: 'POST /v1/consumers/sessions/log_out',
    title: 'logs a verified shopper out',
    status: 200,
    async call(ctx) {
      await seedLinkShopper(ctx, 'returning@example.com');
      return ctx.browser('POST', '/v1/consumers/sessions/log_out', credentials(await linkSession(ctx, 'returning@example.com')));
    },
  },
  {
    endpoint: 'POST /v1/consumers/accounts/sign_up',
    title: 'answers 400 consumer_account_exists for an email that has a Link account',
    status: 400,
    error: { type: 'invalid_request_error', code: 'consumer_account_exists' },
    async call(ctx) {
      await seedLinkShopper(ctx, 'returning@example.com');
      return ctx.browser('POST', '/v1/consumers/accounts/sign_up', { email_address: 'returning@example.com' });
    },
  },
]);
