import { builtins } from '../../builtins.ts';
import { readJson, type FrameStorage } from './storage.ts';

/** What Link keeps in its own storage to recognise a returning shopper (Chrome-like browsers). */
export interface RememberedSession {
  client_secret: string;
  email_address: string;
}

/** One entry per publishable key: each Stripe account remembers its own shoppers. */
const keyOf = (publishableKey: string) => `link-harness.link.session.${publishableKey}`;

/**
 * The shopper Link remembers for this account in the frame origin's storage.
 *
 * @example
 * const remembered = rememberedSessions(frameStorage(), 'pk_test_shop');
 * remembered.save({ client_secret, email_address });
 */
export function rememberedSessions(storage: FrameStorage, publishableKey: string) {
  const key = keyOf(publishableKey);
  return {
    read(): RememberedSession | null {
      const value = readJson<Partial<RememberedSession>>(storage, key);
      return value && typeof value.client_secret === 'string' && typeof value.email_address === 'string'
        ? { client_secret: value.client_secret, email_address: value.email_address }
        : null;
    },
    save(session: RememberedSession): boolean {
      return storage.set(key, builtins.JSON.stringify({ client_secret: session.client_secret, email_address: session.email_address }));
    },
    forget(): void {
      storage.remove(key);
    },
  };
}

export type RememberedSessions = ReturnType<typeof rememberedSessions>;
