import type { Account } from '../account.ts';
import { parameterMissing } from '../../core/errors.ts';
import { newConsumerSession, type ConsumerSession } from './consumer-session.ts';
import { isEmail, normalizeEmail } from './emails.ts';
import { emailInvalid } from './errors.ts';
import type { LinkAccount } from './link-account.ts';
import { linkAccountOfIntent } from './persistent-token-lookup.ts';

export interface LookupQuery {
  email_address?: string;
  intent_client_secret?: string;
}

/**
 * What a lookup found. `exists` with a `session` (unverified: send a code, or already verified by
 * a persistent token); `exists` and `locked` with no session (continue without Link); or nothing.
 */
export interface LookupResult {
  exists: boolean;
  locked: boolean;
  session: ConsumerSession | null;
  linkAccount: LinkAccount | null;
}

const notFound: LookupResult = { exists: false, locked: false, session: null, linkAccount: null };

function found(account: Account, linkAccount: LinkAccount, verifiedByToken: boolean): LookupResult {
  if (linkAccount.locked) return { exists: true, locked: true, session: null, linkAccount };
  const session = account.link.addSession(newConsumerSession(linkAccount.email, verifiedByToken ? 'PERSISTENT_TOKEN' : undefined));
  return { exists: true, locked: false, session, linkAccount };
}

/**
 * Looks a shopper up by email and/or by the persistent token an intent carries. A token that
 * names the same shopper as the email (or comes without an email) logs the shopper in with no
 * code; a token of someone else is ignored in favour of the email.
 *
 * @example
 * lookupConsumer(account, { email_address: 'jenny+multiple_funding_sources@example.com' })
 */
export function lookupConsumer(account: Account, q: LookupQuery): LookupResult {
  if (q.email_address === undefined && q.intent_client_secret === undefined) throw parameterMissing('email_address');
  if (q.email_address !== undefined && !isEmail(q.email_address)) throw emailInvalid('email_address');
  const byToken = q.intent_client_secret === undefined ? undefined : linkAccountOfIntent(account, q.intent_client_secret, 'intent_client_secret');
  if (byToken && (q.email_address === undefined || normalizeEmail(q.email_address) === byToken.email)) return found(account, byToken, true);
  if (q.email_address === undefined) return notFound;
  const byEmail = account.link.find(q.email_address);
  return byEmail ? found(account, byEmail, false) : notFound;
}
