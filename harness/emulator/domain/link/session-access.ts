import type { ConsumerSession } from './consumer-session.ts';
import { isVerified } from './consumer-session.ts';
import type { LinkDirectory } from './directory.ts';
import { accountLocked, sessionCredentialsInvalid, sessionNotVerified } from './errors.ts';
import type { LinkAccount } from './link-account.ts';

export interface SessionAndAccount {
  session: ConsumerSession;
  linkAccount: LinkAccount;
}

/**
 * The consumer session a client secret names and its Link account, or the 400 an unknown or
 * logged-out secret gets. `param` is where the secret was sent, for the error.
 */
export function requireSession(directory: LinkDirectory, clientSecret: string, param: string): SessionAndAccount {
  const session = directory.session(clientSecret);
  const linkAccount = session && directory.get(session.email);
  if (!session || !linkAccount) throw sessionCredentialsInvalid(param);
  return { session, linkAccount };
}

/**
 * Like {@link requireSession}, for what only a logged-in shopper may do (see funding sources, pay):
 * a locked account answers `consumer_account_locked`, an unverified session 403.
 */
export function requireVerifiedSession(directory: LinkDirectory, clientSecret: string, param: string): SessionAndAccount {
  const found = requireSession(directory, clientSecret, param);
  if (found.linkAccount.locked) throw accountLocked(param);
  if (!isVerified(found.session)) throw sessionNotVerified(param);
  return found;
}
