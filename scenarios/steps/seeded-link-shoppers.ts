import type { Inspector } from '../../fixtures/index.ts';
import { notApplicable } from '../../harness/reporter/not-applicable.ts';

/**
 * Ends the scenario as not applicable when the inspector cannot seed returning Link shoppers
 * (live Stripe test mode): OTP, funding-source and Link 3DS scenarios start from one.
 */
export function requireSeededLinkShoppers(inspector: Inspector): void {
  if (!inspector.capabilities.linkAccounts)
    notApplicable(
      'live Stripe test mode: the harness cannot seed a returning Link shopper (emulator only); sign one up through the checkout and test this by hand',
    );
}
