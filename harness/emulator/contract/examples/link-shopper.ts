import type { RecordedAccount } from '../recorder.ts';

/**
 * Seeds a returning Link shopper through the control API (not recorded: it is not Stripe's API).
 *
 * @example
 * await seedLinkShopper(ctx, 'returning@example.com', { phone: '+15555550123' });
 */
export async function seedLinkShopper(ctx: RecordedAccount, email: string, seed: Record<string, unknown> = {}): Promise<void> {
  const res = await fetch(`${ctx.baseUrl}/_harness/accounts/${ctx.secretKey}/link-accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, ...seed }),
  });
  if (!res.ok) throw new Error(`seeding the Link shopper ${email} failed: ${res.status} ${await res.text()}`);
}

/**
 * Logs a Link shopper in as Stripe.js does (look-up, code sent, good code), each call recorded.
 * Resolves with the verified consumer session's client secret.
 *
 * @example
 * const secret = await linkSession(ctx, 'returning@example.com');
 */
export async function linkSession(ctx: RecordedAccount, email: string): Promise<string> {
  const found = await ctx.browser('POST', '/v1/consumers/sessions/lookup', { email_address: email });
  const secret = (found.body as { consumer_session?: { client_secret?: string } }).consumer_session?.client_secret;
  if (!secret) throw new Error(`no Link account for ${email}: ${JSON.stringify(found.body)}`);
  const credentials = { consumer_session_client_secret: secret };
  await ctx.browser('POST', '/v1/consumers/sessions/start_verification', { credentials, type: 'SMS' });
  const confirmed = await ctx.browser('POST', '/v1/consumers/sessions/confirm_verification', { credentials, code: '424242' });
  if (confirmed.status !== 200) throw new Error(`Link verification failed: ${JSON.stringify(confirmed.body)}`);
  return secret;
}
